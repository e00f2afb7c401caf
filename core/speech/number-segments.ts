/** The largest number spoken: just under a thousand milliard. */
export const MAX_SPOKEN_NUMBER = 999_999_999_999;

/** 1–999 as its words: 234 → [200, 30, 4], 15 → [15], 100 → [100]. */
function groupWords(group: number): number[] {
  const words: number[] = [];
  const hundreds = Math.floor(group / 100) * 100;
  const rest = group % 100;
  if (hundreds > 0) words.push(hundreds);
  if (rest >= 20) {
    words.push(Math.floor(rest / 10) * 10);
    if (rest % 10 > 0) words.push(rest % 10);
  } else if (rest > 0) words.push(rest);
  return words;
}

/**
 * A non-negative whole number as the word values of its spoken Persian form, in segments that are
 * joined by «و». A scale word follows its count without «و» («دو هزار»), so it shares a segment with
 * the count's last word. 1000 alone is «هزار», not «یک هزار», while a million is «یک میلیون».
 * 1234 → [[1000], [200], [30], [4]]: «هزار و دویست و سی و چهار»;
 * 120000 → [[100], [20, 1000]]: «صد و بیست هزار».
 */
export function numberSegments(value: number): number[][] {
  if (!Number.isInteger(value) || value < 0 || value > MAX_SPOKEN_NUMBER) {
    throw new RangeError(`cannot speak ${value}: whole numbers from 0 to ${MAX_SPOKEN_NUMBER} only`);
  }
  if (value === 0) return [[0]];
  const segments: number[][] = [];
  for (const scale of [1_000_000_000, 1_000_000, 1000, 1]) {
    const group = Math.floor(value / scale) % 1000;
    if (group === 0) continue;
    if (scale === 1000 && group === 1) {
      segments.push([1000]);
      continue;
    }
    const words = groupWords(group);
    const last = words.pop() as number;
    segments.push(...words.map((word) => [word]), scale === 1 ? [last] : [last, scale]);
  }
  return segments;
}
