export interface IsoDuration {
  readonly negative: boolean;
  readonly years: number;
  readonly months: number;
  readonly weeks: number;
  readonly days: number;
  readonly hours: number;
  readonly minutes: number;
  readonly seconds: number;
}

const pattern = /^(-)?P(?:(\d+(?:[.,]\d+)?)Y)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)W)?(?:(\d+(?:[.,]\d+)?)D)?(?:T(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/;

/** Parses an ISO 8601 duration such as `P14DT1H30M` or `-PT5M`; undefined when it is not one. */
export function parseIsoDuration(text: string): IsoDuration | undefined {
  const match = pattern.exec(text.trim());
  if (!match || text.trim() === 'P' || text.trim().endsWith('T')) return undefined;
  const number = (index: number) => Number((match[index] ?? '0').replace(',', '.'));
  return {
    negative: match[1] === '-',
    years: number(2),
    months: number(3),
    weeks: number(4),
    days: number(5),
    hours: number(6),
    minutes: number(7),
    seconds: number(8),
  };
}

/** Adds a duration to an instant: years, months and days on the UTC calendar, the rest as elapsed time. */
export function addIsoDuration(epochMs: number, duration: IsoDuration): number {
  const sign = duration.negative ? -1 : 1;
  const date = new Date(epochMs);
  if (duration.years || duration.months) {
    const day = date.getUTCDate();
    date.setUTCDate(1);
    date.setUTCMonth(date.getUTCMonth() + sign * (duration.years * 12 + duration.months));
    const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
    date.setUTCDate(Math.min(day, lastDay));
  }
  if (duration.weeks || duration.days) date.setUTCDate(date.getUTCDate() + sign * (duration.weeks * 7 + duration.days));
  const elapsed = ((duration.hours * 60 + duration.minutes) * 60 + duration.seconds) * 1000;
  return date.getTime() + sign * Math.round(elapsed);
}
