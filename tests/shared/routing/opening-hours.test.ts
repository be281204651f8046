import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { norwegianPublicHolidays } from '../../../shared/routing/holidays';
import { isOpenNow, type OpenState, openState } from '../../../shared/routing/opening-hours';
import { osloDateTime } from '../../../shared/routing/oslo-time';
import { type OpeningHours, OpeningHoursSchema, type OpeningPeriod } from '../../../shared/schema/opening-hours-schema';

type PublicHolidays = 'closed' | 'open' | 'unknown';

function weekly(periods: OpeningPeriod[], publicHolidays: PublicHolidays = 'closed'): OpeningHours {
  return { type: 'weekly', periods, publicHolidays };
}

const WEEKDAYS = [1, 2, 3, 4, 5];
const ALL_WEEK = [1, 2, 3, 4, 5, 6, 7];

// Instants are written as Oslo wall time with its offset (+01:00 winter, +02:00 summer) so a row reads as a clock.
const at = (iso: string) => new Date(iso);
const open = (closesAt?: string): OpenState =>
  closesAt ? { status: 'open', closesAt: at(closesAt) } : { status: 'open' };
const closed = (opensAt?: string): OpenState =>
  opensAt ? { status: 'closed', opensAt: at(opensAt) } : { status: 'closed' };
const unknown: OpenState = { status: 'unknown' };

describe('openState', () => {
  it.each([
    [{ type: 'always' }, open()],
    [{ type: 'unknown' }, unknown],
  ] as [OpeningHours, OpenState][])('gives %o the state %o at any moment', (hours, expected) => {
    expect(openState(hours, at('2026-04-03T03:00+02:00'))).toEqual(expected);
  });

  describe('a weekday line, Monday to Friday 09:00–15:00', () => {
    const officeHours = weekly([{ days: WEEKDAYS, from: '09:00', to: '15:00' }]);

    it.each([
      ['Wednesday 10:00', '2026-03-04T10:00+01:00', open('2026-03-04T15:00+01:00')],
      ['Wednesday 09:00 exactly', '2026-03-04T09:00+01:00', open('2026-03-04T15:00+01:00')],
      ['Wednesday 08:59', '2026-03-04T08:59+01:00', closed('2026-03-04T09:00+01:00')],
      ['Friday 15:00 exactly', '2026-03-06T15:00+01:00', closed('2026-03-09T09:00+01:00')],
      ['Saturday noon', '2026-03-07T12:00+01:00', closed('2026-03-09T09:00+01:00')],
      [
        'Friday before summer time, opening Monday in summer time',
        '2026-03-27T15:00+01:00',
        closed('2026-03-30T09:00+02:00'),
      ],
      [
        'Friday before winter time, opening Monday in winter time',
        '2026-10-23T16:00+02:00',
        closed('2026-10-26T09:00+01:00'),
      ],
    ])('is %s: %o', (_moment, now, expected) => {
      expect(openState(officeHours, at(now))).toEqual(expected);
    });

    it.each([
      ['closed', 'Good Friday 10:00', '2026-04-03T10:00+02:00', closed('2026-04-07T09:00+02:00')],
      ['unknown', 'Good Friday 10:00', '2026-04-03T10:00+02:00', unknown],
      [
        'unknown',
        'Good Friday 07:00, since holiday hours may differ from the usual ones',
        '2026-04-03T07:00+02:00',
        unknown,
      ],
      ['open', 'Good Friday 10:00', '2026-04-03T10:00+02:00', open('2026-04-03T15:00+02:00')],
      [
        'closed',
        'the Wednesday before Easter, after hours',
        '2026-04-01T16:00+02:00',
        closed('2026-04-07T09:00+02:00'),
      ],
      ['unknown', 'the Wednesday before Easter, after hours', '2026-04-01T16:00+02:00', closed()],
      [
        'closed',
        'Christmas Eve morning, an ordinary day by law',
        '2026-12-24T10:00+01:00',
        open('2026-12-24T15:00+01:00'),
      ],
    ] as [PublicHolidays, string, string, OpenState][])(
      'with holidays %s, is on %s: %o',
      (publicHolidays, _moment, now, expected) => {
        const hours = weekly([{ days: WEEKDAYS, from: '09:00', to: '15:00' }], publicHolidays);
        expect(openState(hours, at(now))).toEqual(expected);
      },
    );

    it('says nothing of an opening more than 8 days away', () => {
      // Monday only: from the Tuesday before Easter the next Monday is Easter Monday, so the next opening is 13 April.
      const mondays = weekly([{ days: [1], from: '09:00', to: '15:00' }], 'closed');
      expect(openState(mondays, at('2026-03-31T10:00+02:00'))).toEqual(closed());
    });
  });

  describe('an evening line, 16:15–22:45 daily and 16:15–23:45 on Saturdays', () => {
    const evenings = weekly([
      { days: [1, 2, 3, 4, 5, 7], from: '16:15', to: '22:45' },
      { days: [6], from: '16:15', to: '23:45' },
    ]);

    it.each([
      ['Saturday 23:30', '2026-03-07T23:30+01:00', open('2026-03-07T23:45+01:00')],
      ['Sunday 23:30', '2026-03-08T23:30+01:00', closed('2026-03-09T16:15+01:00')],
      ['Sunday 22:45 exactly', '2026-03-08T22:45+01:00', closed('2026-03-09T16:15+01:00')],
      ['Monday 16:15 exactly', '2026-03-09T16:15+01:00', open('2026-03-09T22:45+01:00')],
    ])('is %s: %o', (_moment, now, expected) => {
      expect(openState(evenings, at(now))).toEqual(expected);
    });
  });

  describe('a period running past midnight belongs to the day it starts', () => {
    const saturdayNights = (publicHolidays: PublicHolidays) =>
      weekly([{ days: [6], from: '16:15', to: '00:30' }], publicHolidays);

    it.each([
      ['closed', 'after an ordinary Saturday', '2026-03-08T00:10+01:00', open('2026-03-08T00:30+01:00')],
      ['closed', 'after Saturday 26 December, a holiday', '2026-12-27T00:10+01:00', closed('2027-01-02T16:15+01:00')],
      ['open', 'after Saturday 26 December, a holiday', '2026-12-27T00:10+01:00', open('2026-12-27T00:30+01:00')],
      ['unknown', 'after Saturday 26 December, a holiday', '2026-12-27T00:10+01:00', unknown],
      [
        'closed',
        'after an ordinary Saturday, at 00:30 exactly',
        '2026-03-08T00:30+01:00',
        closed('2026-03-14T16:15+01:00'),
      ],
    ] as [PublicHolidays, string, string, OpenState][])(
      'with holidays %s, Sunday 00:10 %s: %o',
      (publicHolidays, _moment, now, expected) => {
        expect(openState(saturdayNights(publicHolidays), at(now))).toEqual(expected);
      },
    );

    it('keeps an ordinary evening open into a holiday night', () => {
      // Thursday 24 December is an ordinary day; 25 December is a holiday, but the night began on the 24th.
      const thursdayNights = weekly([{ days: [4], from: '20:00', to: '02:00' }], 'closed');
      expect(openState(thursdayNights, at('2026-12-25T01:00+01:00'))).toEqual(open('2026-12-25T02:00+01:00'));
    });

    it('closes at the real instant when the night is an hour longer in autumn', () => {
      const saturdayLate = weekly([{ days: [6], from: '22:00', to: '04:00' }]);
      expect(openState(saturdayLate, at('2026-10-25T01:00+02:00'))).toEqual(open('2026-10-25T04:00+01:00'));
    });

    it('opens when the clock jumps if the opening time is in the spring-forward gap', () => {
      const sundayEarly = weekly([{ days: [7], from: '02:30', to: '05:00' }]);
      expect(openState(sundayEarly, at('2026-03-29T01:30+01:00'))).toEqual(closed('2026-03-29T03:00+02:00'));
      expect(openState(sundayEarly, at('2026-03-29T03:00+02:00'))).toEqual(open('2026-03-29T05:00+02:00'));
    });
  });

  describe('lines open round the clock or back to back', () => {
    it('closes when the last of back-to-back periods ends', () => {
      const overnight = weekly([
        { days: [1], from: '16:00', to: '24:00' },
        { days: [2], from: '00:00', to: '08:00' },
      ]);
      expect(openState(overnight, at('2026-03-02T20:00+01:00'))).toEqual(open('2026-03-03T08:00+01:00'));
    });

    it.each([
      ['open', 'an ordinary week', '2026-03-04T12:00+01:00', open()],
      ['closed', 'Christmas Eve, shutting for Christmas Day', '2026-12-24T12:00+01:00', open('2026-12-25T00:00+01:00')],
      ['unknown', 'Christmas Eve, before a Christmas Day of unknown hours', '2026-12-24T12:00+01:00', open()],
      ['closed', 'Christmas Day', '2026-12-25T12:00+01:00', closed('2026-12-27T00:00+01:00')],
    ] as [PublicHolidays, string, string, OpenState][])(
      'with holidays %s, every day 00:00–24:00 is on %s: %o',
      (publicHolidays, _moment, now, expected) => {
        const roundTheClock = weekly([{ days: ALL_WEEK, from: '00:00', to: '24:00' }], publicHolidays);
        expect(openState(roundTheClock, at(now))).toEqual(expected);
      },
    );

    it('treats a period that starts and ends at the same time as never open', () => {
      const empty = weekly([{ days: ALL_WEEK, from: '09:00', to: '09:00' }]);
      expect(openState(empty, at('2026-03-04T09:00+01:00'))).toEqual(closed());
    });
  });
});

describe('isOpenNow', () => {
  const now = at('2026-04-03T10:00+02:00'); // Good Friday
  it.each([
    [{ type: 'always' }, true],
    [{ type: 'unknown' }, false],
    [weekly([{ days: [5], from: '09:00', to: '15:00' }], 'open'), true],
    [weekly([{ days: [5], from: '09:00', to: '15:00' }], 'unknown'), false],
    [weekly([{ days: [5], from: '09:00', to: '15:00' }], 'closed'), false],
  ] as [OpeningHours, boolean][])('is true only when %o is known to be open', (hours, expected) => {
    expect(isOpenNow(hours, now)).toBe(expected);
  });
});

describe('openState, for any weekly hours and any moment in 2020–2040', () => {
  const clockTime = fc
    .integer({ min: 0, max: 1440 })
    .map((minutes) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`);
  const hours = fc
    .record({
      type: fc.constant('weekly' as const),
      periods: fc.array(
        fc.record({
          days: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
          from: clockTime,
          to: clockTime,
        }),
        { minLength: 1, maxLength: 4 },
      ),
      publicHolidays: fc.constantFrom('closed' as const, 'open' as const, 'unknown' as const),
    })
    // Only hours the schema accepts, as they are when they reach openState.
    .map((raw) => OpeningHoursSchema.parse(raw));

  const year = fc.integer({ min: 2020, max: 2040 });
  // Uniform instants rarely land on a clock change or a holiday, so half the moments are aimed at them.
  const moment = fc.oneof(
    fc.date({ min: new Date('2020-01-01T00:00Z'), max: new Date('2040-12-31T23:59Z'), noInvalidDate: true }),
    fc
      .record({
        year,
        month: fc.constantFrom(3, 10),
        day: fc.integer({ min: 25, max: 31 }),
        minutes: fc.integer({ min: 0, max: 1439 }),
      })
      .map(({ year, month, day, minutes }) => osloDateTime(year, month, day, minutes)),
    fc
      .record({
        year,
        holiday: fc.integer({ min: 0, max: 11 }),
        minutes: fc.integer({ min: -2 * 1440, max: 2 * 1440 }),
      })
      .map(({ year, holiday, minutes }) => {
        const { month, day } = norwegianPublicHolidays(year)[holiday] ?? { month: 1, day: 1 };
        return osloDateTime(year, month, day, minutes);
      }),
  );

  it('answers without throwing, looks only forward, and agrees with isOpenNow', () => {
    fc.assert(
      fc.property(hours, moment, (hours, now) => {
        const state = openState(hours, now);
        if (state.status === 'open' && state.closesAt) expect(state.closesAt.getTime()).toBeGreaterThan(now.getTime());
        if (state.status === 'closed' && state.opensAt) expect(state.opensAt.getTime()).toBeGreaterThan(now.getTime());
        expect(isOpenNow(hours, now)).toBe(state.status === 'open');
      }),
      { numRuns: 300 },
    );
  });

  it('is closed at closesAt and open at opensAt', () => {
    fc.assert(
      fc.property(hours, moment, (hours, now) => {
        const state = openState(hours, now);
        if (state.status === 'open' && state.closesAt) expect(openState(hours, state.closesAt).status).toBe('closed');
        if (state.status === 'closed' && state.opensAt) expect(openState(hours, state.opensAt).status).toBe('open');
      }),
      { numRuns: 300 },
    );
  });
});
