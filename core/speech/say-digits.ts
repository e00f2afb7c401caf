import { toLatinDigits } from '../text/to-latin-digits.js';
import { numberPrompt } from './prompt-catalog.js';

/** Digit by digit, as tracking codes and phone numbers are read out: «یک، دو، سه، …». */
export function sayDigits(digits: string): string[] {
  const latin = toLatinDigits(digits);
  if (!/^\d+$/.test(latin)) throw new RangeError(`only digits can be spoken digit by digit, not ${digits}`);
  return [...latin].map((digit) => numberPrompt(Number(digit)));
}
