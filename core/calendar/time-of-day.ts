import { toLatinDigits } from '../text/to-latin-digits.js';

const PATTERN = /^(\d{1,2}):(\d{2})$/;

/**
 * Reads `08:00` as minutes since midnight (480). `24:00` (1440) is accepted so that an interval can
 * run to the end of the day; `24:30` and `25:00` are not. Returns null for anything else.
 */
export function parseTimeOfDay(text: string): number | null {
  const match = PATTERN.exec(toLatinDigits(text.trim()));
  if (match === null) return null;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  if (minute > 59 || hour > 24 || (hour === 24 && minute !== 0)) return null;
  return hour * 60 + minute;
}

export function formatTimeOfDay(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
