import { describe, expect, it } from 'vitest';
import { osloDateTime, osloWallClock } from '../../../shared/routing/oslo-time';

describe('osloWallClock', () => {
  it.each([
    ['2026-01-15T12:00:00Z', { year: 2026, month: 1, day: 15, weekday: 4, minutes: 13 * 60 }, 'winter time, UTC+1'],
    ['2026-07-01T12:00:00Z', { year: 2026, month: 7, day: 1, weekday: 3, minutes: 14 * 60 }, 'summer time, UTC+2'],
    [
      '2026-03-29T00:59:59Z',
      { year: 2026, month: 3, day: 29, weekday: 7, minutes: 1 * 60 + 59 },
      'just before spring forward',
    ],
    [
      '2026-03-29T01:30:00Z',
      { year: 2026, month: 3, day: 29, weekday: 7, minutes: 3 * 60 + 30 },
      'just after spring forward',
    ],
    [
      '2026-10-25T00:30:00Z',
      { year: 2026, month: 10, day: 25, weekday: 7, minutes: 2 * 60 + 30 },
      'the first 02:30 of autumn',
    ],
    [
      '2026-10-25T01:30:00Z',
      { year: 2026, month: 10, day: 25, weekday: 7, minutes: 2 * 60 + 30 },
      'the second 02:30 of autumn',
    ],
    [
      '2026-12-31T23:00:00Z',
      { year: 2027, month: 1, day: 1, weekday: 5, minutes: 0 },
      'midnight, already next year in Oslo',
    ],
    [
      '2026-05-16T22:00:00Z',
      { year: 2026, month: 5, day: 17, weekday: 7, minutes: 0 },
      'midnight reads 00:00, not 24:00',
    ],
  ])('reads %s as %o (%s)', (iso, expected) => {
    expect(osloWallClock(new Date(iso))).toEqual(expected);
  });

  it('refuses an invalid Date', () => {
    expect(() => osloWallClock(new Date(Number.NaN))).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: osloWallClock needs a valid Date]`,
    );
  });
});

describe('osloDateTime', () => {
  it.each([
    [2026, 1, 15, 13 * 60, '2026-01-15T12:00:00.000Z', 'winter time'],
    [2026, 7, 1, 14 * 60, '2026-07-01T12:00:00.000Z', 'summer time'],
    [2026, 3, 29, 1 * 60 + 30, '2026-03-29T00:30:00.000Z', 'before the spring-forward gap'],
    [2026, 3, 29, 2 * 60 + 30, '2026-03-29T01:00:00.000Z', 'in the gap: the instant the clock jumps to 03:00'],
    [2026, 3, 29, 2 * 60, '2026-03-29T01:00:00.000Z', 'at the start of the gap: also the jump'],
    [2026, 3, 29, 3 * 60, '2026-03-29T01:00:00.000Z', 'at the end of the gap: 03:00 summer time'],
    [2026, 10, 25, 2 * 60 + 30, '2026-10-25T00:30:00.000Z', 'in the hour that shows twice: the first time'],
    [2026, 10, 25, 3 * 60, '2026-10-25T02:00:00.000Z', 'after the hour that shows twice'],
    [2026, 5, 16, 1440, '2026-05-16T22:00:00.000Z', "24:00 is the next day's midnight"],
    [2026, 12, 31, 1440 + 60, '2027-01-01T00:00:00.000Z', 'minutes past a day run into the next year'],
  ])('places %i-%i-%i + %i min at %s (%s)', (year, month, day, minutes, iso) => {
    expect(osloDateTime(year, month, day, minutes).toISOString()).toBe(iso);
  });

  it('round-trips every quarter hour of a year, except the second pass through the autumn hour', () => {
    const comesBackEarly: string[] = [];
    for (let time = Date.UTC(2026, 0, 1); time < Date.UTC(2027, 0, 1); time += 15 * 60_000) {
      const { year, month, day, minutes } = osloWallClock(new Date(time));
      const back = osloDateTime(year, month, day, minutes).getTime();
      if (back !== time) comesBackEarly.push(`${new Date(time).toISOString()} -> ${new Date(back).toISOString()}`);
    }
    // 02:00–02:59 shows twice on 25 October; those wall times name their first occurrence, an hour earlier.
    expect(comesBackEarly).toEqual([
      '2026-10-25T01:00:00.000Z -> 2026-10-25T00:00:00.000Z',
      '2026-10-25T01:15:00.000Z -> 2026-10-25T00:15:00.000Z',
      '2026-10-25T01:30:00.000Z -> 2026-10-25T00:30:00.000Z',
      '2026-10-25T01:45:00.000Z -> 2026-10-25T00:45:00.000Z',
    ]);
  });
});
