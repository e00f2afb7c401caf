/**
 * The Damm algorithm's totally anti-symmetric quasigroup of order 10 (Damm, 2004). A check digit
 * computed with it catches every single-digit error and every swap of two adjacent digits, which
 * are the usual mistakes when a code is read out or keyed on a phone.
 */
const TABLE: readonly (readonly number[])[] = [
  [0, 3, 1, 7, 5, 9, 8, 6, 4, 2],
  [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
  [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
  [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
  [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
  [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
  [5, 8, 6, 9, 7, 2, 0, 1, 3, 4],
  [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
  [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
  [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
];

function interim(digits: string): number {
  let state = 0;
  for (const digit of digits) {
    const value = digit.charCodeAt(0) - 48;
    if (value < 0 || value > 9) throw new RangeError(`not a digit: ${digit}`);
    state = (TABLE[state] as readonly number[])[value] as number;
  }
  return state;
}

/** The digit to append to `digits` (ASCII). */
export function dammCheckDigit(digits: string): string {
  return String(interim(digits));
}

/** Whether `digits` ends with its correct check digit. */
export function hasValidDammCheckDigit(digits: string): boolean {
  return digits.length > 0 && /^\d+$/.test(digits) && interim(digits) === 0;
}
