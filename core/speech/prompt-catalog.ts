import { jalaliMonthName } from '../calendar/jalali-month-names.js';
import { weekdayName, WEEKDAYS } from '../calendar/weekday.js';

/**
 * Recorded prompts are named `<group>/<key>`, ASCII only, usable as Asterisk sound names under the
 * language folder (`sounds/fa/number/20.wav`):
 * - `number/<value>`: a cardinal word, for 0–19, the tens 20–90, the hundreds 100–900, 1000,
 *   1000000 and 1000000000 (`number/200` is «دویست»);
 * - `number/and`: the conjunction «و», spoken between the parts of a number;
 * - `number/minus`: «منفی»;
 * - `ordinal/<value>`: the ordinal of the same words except 0 (`ordinal/3` is «سوم»); only the last
 *   word of a number is ordinal («بیست و سوم»);
 * - `month/<name>`: the Jalali months (`month/aban`); `weekday/<name>`: the days (`weekday/saturday`).
 */
export interface Prompt {
  readonly name: string;
  /** What the speaker reads when recording it. */
  readonly text: string;
}

export const NUMBER_WORDS: ReadonlyMap<number, string> = new Map([
  [0, 'صفر'], [1, 'یک'], [2, 'دو'], [3, 'سه'], [4, 'چهار'], [5, 'پنج'], [6, 'شش'], [7, 'هفت'], [8, 'هشت'], [9, 'نه'],
  [10, 'ده'], [11, 'یازده'], [12, 'دوازده'], [13, 'سیزده'], [14, 'چهارده'], [15, 'پانزده'], [16, 'شانزده'], [17, 'هفده'],
  [18, 'هجده'], [19, 'نوزده'], [20, 'بیست'], [30, 'سی'], [40, 'چهل'], [50, 'پنجاه'], [60, 'شصت'], [70, 'هفتاد'], [80, 'هشتاد'],
  [90, 'نود'], [100, 'صد'], [200, 'دویست'], [300, 'سیصد'], [400, 'چهارصد'], [500, 'پانصد'], [600, 'ششصد'], [700, 'هفتصد'],
  [800, 'هشتصد'], [900, 'نهصد'], [1000, 'هزار'], [1_000_000, 'میلیون'], [1_000_000_000, 'میلیارد'],
]);

/** Ordinals add «م» to the cardinal word, except «سوم» (not «سه‌م») and «سی‌ام». */
function ordinalWord(value: number, cardinal: string): string {
  if (value === 3) return 'سوم';
  if (value === 30) return 'سی\u200cام';
  return `${cardinal}م`;
}

export const numberPrompt = (value: number) => `number/${value}`;
export const ordinalPrompt = (value: number) => `ordinal/${value}`;
export const AND_PROMPT = 'number/and';
export const MINUS_PROMPT = 'number/minus';
export const monthPrompt = (month: number) => `month/${jalaliMonthName(month, 'en').toLowerCase()}`;
export const weekdayPrompt = (weekday: string) => `weekday/${weekday}`;

/** Every prompt the speech functions can ask for, for the recording script. */
export const PROMPTS: readonly Prompt[] = [
  ...[...NUMBER_WORDS].map(([value, text]) => ({ name: numberPrompt(value), text })),
  { name: AND_PROMPT, text: 'و' },
  { name: MINUS_PROMPT, text: 'منفی' },
  ...[...NUMBER_WORDS].filter(([value]) => value > 0).map(([value, text]) => ({ name: ordinalPrompt(value), text: ordinalWord(value, text) })),
  ...Array.from({ length: 12 }, (_, index) => ({ name: monthPrompt(index + 1), text: jalaliMonthName(index + 1) })),
  ...WEEKDAYS.map((weekday) => ({ name: weekdayPrompt(weekday), text: weekdayName(weekday) })),
];

export const PROMPT_NAMES: readonly string[] = PROMPTS.map((prompt) => prompt.name);
