/**
 * Formats a time the way ARI does (`ast_json_timeval`): local time of the server with milliseconds and a
 * `±hhmm` offset, e.g. `2026-11-23T07:22:10.168+0000`.
 */
export function asteriskTimestamp(at: Date, utcOffsetMinutes = 0): string {
  const shifted = new Date(at.getTime() + utcOffsetMinutes * 60_000);
  const sign = utcOffsetMinutes < 0 ? '-' : '+';
  const offset = Math.abs(utcOffsetMinutes);
  const hhmm = `${pad(Math.floor(offset / 60), 2)}${pad(offset % 60, 2)}`;
  return `${shifted.toISOString().slice(0, 23)}${sign}${hhmm}`;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
