import { fromJalaliWallClock } from '../jalali-wall-clock.js';
import { parseJalaliDate } from '../parse-jalali-date.js';

/** `atTehran('1403/08/26 10:00')`: an instant written as Iranians read it, for tests. */
export function atTehran(text: string): Date {
  const [datePart = '', timePart = '00:00'] = text.trim().split(/\s+/);
  const date = parseJalaliDate(datePart);
  const [hour, minute, second] = timePart.split(':').map(Number);
  if (date === null || hour === undefined || minute === undefined) throw new RangeError(`not a Tehran time: ${text}`);
  return fromJalaliWallClock({ ...date, hour, minute, second: second ?? 0 });
}
