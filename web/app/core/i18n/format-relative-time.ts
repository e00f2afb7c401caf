import { LANGUAGES, type Language } from './language';

const formatters = new Map<Language, Intl.RelativeTimeFormat>();

const STEPS: ReadonlyArray<{ readonly unit: Intl.RelativeTimeFormatUnit; readonly seconds: number; readonly below: number }> = [
  { unit: 'second', seconds: 1, below: 45 },
  { unit: 'minute', seconds: 60, below: 45 * 60 },
  { unit: 'hour', seconds: 3_600, below: 22 * 3_600 },
  { unit: 'day', seconds: 86_400, below: 26 * 86_400 },
  { unit: 'month', seconds: 30 * 86_400, below: 320 * 86_400 },
  { unit: 'year', seconds: 365 * 86_400, below: Number.POSITIVE_INFINITY },
];

/** How long ago (or how soon) `instant` is from `now`: «۳ دقیقه پیش», "in 2 hours", «اکنون». */
export function formatRelativeTime(instant: Date | number, now: Date | number, language: Language): string {
  let formatter = formatters.get(language);
  if (!formatter) {
    formatter = new Intl.RelativeTimeFormat(LANGUAGES[language].numberLocale, { numeric: 'auto' });
    formatters.set(language, formatter);
  }
  const seconds = (Number(instant) - Number(now)) / 1000;
  const step = STEPS.find((candidate) => Math.abs(seconds) < candidate.below) ?? STEPS[STEPS.length - 1]!;
  // Anything under 45 seconds reads as "now"; rounding towards zero keeps "1 minute ago" from appearing early.
  const amount = step.unit === 'second' ? 0 : Math.trunc(seconds / step.seconds) || Math.sign(seconds);
  return formatter.format(amount, step.unit);
}
