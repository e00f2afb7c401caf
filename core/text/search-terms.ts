import { normalizeForSearch } from './normalize-for-search.js';

/** The distinct words of a text after `normalizeForSearch`, in order; punctuation separates words. */
export function searchTerms(text: string): string[] {
  const words = normalizeForSearch(text).split(/[^\p{L}\p{M}\p{N}]+/u);
  return [...new Set(words.filter((word) => word !== ''))];
}
