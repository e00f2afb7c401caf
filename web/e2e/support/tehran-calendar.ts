const DAY_MS = 86_400_000;

/** Today's date in Tehran as ISO `YYYY-MM-DD`, plus `days`, computed independently of the app. */
export function tehranIsoDate(days = 0, now = new Date()): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tehran', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  return new Date(Date.parse(`${today}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** An ISO date written the way the Persian date field shows it: Jalali, Persian digits, e.g. ۱۴۰۵/۰۹/۰۲. */
export function persianDateText(isoDate: string): string {
  return new Intl.DateTimeFormat('fa-IR-u-ca-persian-nu-arabext', { timeZone: 'UTC', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

/** The current Jalali year in Persian digits, e.g. ۱۴۰۵. */
export function persianYearNow(now = new Date()): string {
  return new Intl.DateTimeFormat('fa-IR-u-ca-persian-nu-arabext', { timeZone: 'Asia/Tehran', year: 'numeric' }).format(now).replace(/[^۰-۹]/g, '');
}
