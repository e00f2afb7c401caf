// FEEL writes a zoned date-time as `2026-01-01T10:00:00@Asia/Tehran`; Java as `…+03:30[Asia/Tehran]`.
const pattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?(?:\[([^\]]+)\]|@([A-Za-z][A-Za-z0-9_+/-]*))?$/;

function zoneOffsetMs(zone: string, epochMs: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(epochMs));
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return asUtc - Math.floor(epochMs / 1000) * 1000;
}

/**
 * Parses an ISO 8601 date-time with an offset (`2026-01-01T10:00:00+03:30`, `…Z`) or a zone id
 * (`2026-01-01T10:00:00[Asia/Tehran]`, `…+03:30[Asia/Tehran]`, FEEL's `…@Asia/Tehran`); undefined when it has neither or is not one.
 */
export function parseIsoDateTime(text: string): number | undefined {
  const match = pattern.exec(text.trim());
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second, fraction, offset, bracketZone, atZone] = match;
  const zone = bracketZone ?? atZone;
  const milliseconds = Number((fraction ?? '0').padEnd(3, '0').slice(0, 3));
  const wall = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second ?? 0), milliseconds);
  if (Number.isNaN(wall)) return undefined;
  if (offset) {
    if (offset === 'Z') return wall;
    const digits = offset.replace(':', '');
    const sign = digits.startsWith('-') ? -1 : 1;
    return wall - sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5))) * 60_000;
  }
  if (zone) {
    try {
      const guess = wall - zoneOffsetMs(zone, wall);
      return wall - zoneOffsetMs(zone, guess);
    } catch {
      return undefined;
    }
  }
  return undefined;
}
