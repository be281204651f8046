import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openState } from '../../../shared/routing/opening-hours';
import { osloDateTime, osloWallClock } from '../../../shared/routing/oslo-time';
import type { OpeningHours } from '../../../shared/schema/opening-hours-schema';

// Node re-reads its time zone whenever process.env.TZ is assigned, so stubbing it here really moves this worker
// to another zone (the first test in each block proves it). The cases are ones where the local date or the local
// clock change differs from Oslo's, which is where reading the process's own zone would show.
describe.each([
  ['America/Los_Angeles', 480], // UTC−8 in January
  ['Pacific/Kiritimati', -840], // UTC+14, already tomorrow
])('in a process whose time zone is %s', (zone, januaryOffset) => {
  beforeAll(() => {
    vi.stubEnv('TZ', zone);
  });
  afterAll(() => {
    vi.unstubAllEnvs();
  });

  it('really runs in that zone', () => {
    expect(new Date('2026-01-15T12:00Z').getTimezoneOffset()).toBe(januaryOffset);
    expect(new Date(0).getTimezoneOffset()).not.toBe(0);
  });

  it.each([
    ['2026-03-29T01:30:00Z', { year: 2026, month: 3, day: 29, weekday: 7, minutes: 3 * 60 + 30 }],
    ['2026-10-25T00:30:00Z', { year: 2026, month: 10, day: 25, weekday: 7, minutes: 2 * 60 + 30 }],
    ['2026-10-25T01:30:00Z', { year: 2026, month: 10, day: 25, weekday: 7, minutes: 2 * 60 + 30 }],
    ['2026-12-31T23:00:00Z', { year: 2027, month: 1, day: 1, weekday: 5, minutes: 0 }],
  ])('reads %s on an Oslo clock as %o', (iso, expected) => {
    expect(osloWallClock(new Date(iso))).toEqual(expected);
  });

  it.each([
    [2026, 3, 29, 2 * 60 + 30, '2026-03-29T01:00:00.000Z'],
    [2026, 10, 25, 2 * 60 + 30, '2026-10-25T00:30:00.000Z'],
    [2026, 7, 1, 0, '2026-06-30T22:00:00.000Z'],
  ])('places %i-%i-%i + %i min at %s', (year, month, day, minutes, iso) => {
    expect(osloDateTime(year, month, day, minutes).toISOString()).toBe(iso);
  });

  it('finds the opening after Easter for a weekday line closed on holidays', () => {
    const hours: OpeningHours = {
      type: 'weekly',
      periods: [{ days: [1, 2, 3, 4, 5], from: '09:00', to: '15:00' }],
      publicHolidays: 'closed',
    };
    expect(openState(hours, new Date('2026-04-03T10:00+02:00'))).toEqual({
      status: 'closed',
      opensAt: new Date('2026-04-07T09:00+02:00'),
    });
  });
});
