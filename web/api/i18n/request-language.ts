import type { Request } from 'express';
import type { Language } from '../../../core/i18n/language.js';

/**
 * The language to answer in, from `Accept-Language` (`fa-IR,fa;q=0.9`, `en-US,en;q=0.8`): the
 * supported language with the highest weight; Persian when the header names neither.
 */
export function requestLanguage(request: Request): Language {
  const header = request.headers['accept-language'];
  if (typeof header !== 'string') return 'fa';
  let best: { language: Language; weight: number } | undefined;
  for (const part of header.split(',')) {
    const [tag = '', ...parameters] = part.trim().split(';');
    const primary = tag.trim().toLowerCase().split('-')[0];
    if (primary !== 'fa' && primary !== 'en') continue;
    const q = parameters.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    if (!Number.isFinite(weight) || weight <= 0) continue;
    if (best === undefined || weight > best.weight) best = { language: primary, weight };
  }
  return best?.language ?? 'fa';
}
