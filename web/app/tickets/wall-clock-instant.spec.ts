import { wallClockInstant } from './wall-clock-instant';

describe('wallClockInstant', () => {
  it('given a Tehran wall-clock time, when converted, then it is three and a half hours ahead of UTC', () => {
    expect(wallClockInstant('2026-12-31', '08:00', 'Asia/Tehran')).toBe('2026-12-31T04:30:00.000Z');
    expect(wallClockInstant('2026-12-31', '2:15', 'Asia/Tehran')).toBe('2026-12-30T22:45:00.000Z');
  });

  it('given a summer date in a zone with daylight saving, when converted, then the summer offset applies', () => {
    expect(wallClockInstant('2026-07-01', '12:00', 'Europe/Berlin')).toBe('2026-07-01T10:00:00.000Z');
    expect(wallClockInstant('2026-01-01', '12:00', 'Europe/Berlin')).toBe('2026-01-01T11:00:00.000Z');
  });

  it('given a time or date that is not one, when converted, then null', () => {
    expect(wallClockInstant('2026-12-31', '24:00', 'Asia/Tehran')).toBeNull();
    expect(wallClockInstant('2026-12-31', 'noon', 'Asia/Tehran')).toBeNull();
    expect(wallClockInstant('1405/10/10', '08:00', 'Asia/Tehran')).toBeNull();
  });
});
