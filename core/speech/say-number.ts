import { numberSegments } from './number-segments.js';
import { AND_PROMPT, MINUS_PROMPT, numberPrompt, ordinalPrompt } from './prompt-catalog.js';

function join(segments: string[][]): string[] {
  return segments.flatMap((segment, index) => (index === 0 ? segment : [AND_PROMPT, ...segment]));
}

/** A whole number as prompts: 1234 → number/1000, and, number/200, and, number/30, and, number/4. */
export function sayNumber(value: number): string[] {
  if (value < 0) return [MINUS_PROMPT, ...sayNumber(-value)];
  return join(numberSegments(value).map((segment) => segment.map(numberPrompt)));
}

/** An ordinal from 1 as prompts, only the last word ordinal: 23 → number/20, and, ordinal/3 («بیست و سوم»). */
export function sayOrdinal(value: number): string[] {
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`there is no ordinal for ${value}`);
  const segments = numberSegments(value);
  const isLast = (s: number, w: number) => s === segments.length - 1 && w === (segments[s] as number[]).length - 1;
  return join(segments.map((segment, s) => segment.map((word, w) => (isLast(s, w) ? ordinalPrompt(word) : numberPrompt(word)))));
}
