import { describe, expect, it } from 'vitest';
import { easterSunday, isNorwegianPublicHoliday, norwegianPublicHolidays } from '../../../shared/routing/holidays';

describe('easterSunday', () => {
  it.each([
    [2024, 3, 31],
    [2025, 4, 20],
    [2026, 4, 5],
    [2027, 3, 28],
    [2038, 4, 25], // the latest Easter can fall
    [2285, 3, 22], // the earliest Easter can fall
  ])('puts Easter %i on %i/%i', (year, month, day) => {
    expect(easterSunday(year)).toEqual({ month, day });
  });

  it.each([2026.5, 1582, Number.NaN])('refuses %s, which the Gregorian computus does not cover', (year) => {
    expect(() => easterSunday(year)).toThrow(RangeError);
  });
});

describe('norwegianPublicHolidays', () => {
  it('lists the twelve holidays of 2026 in date order', () => {
    expect(norwegianPublicHolidays(2026)).toEqual([
      { month: 1, day: 1, name: 'nyttårsdag' },
      { month: 4, day: 2, name: 'skjærtorsdag' },
      { month: 4, day: 3, name: 'langfredag' },
      { month: 4, day: 5, name: 'første påskedag' },
      { month: 4, day: 6, name: 'andre påskedag' },
      { month: 5, day: 1, name: 'offentlig høytidsdag' },
      { month: 5, day: 14, name: 'Kristi himmelfartsdag' },
      { month: 5, day: 17, name: 'grunnlovsdag' },
      { month: 5, day: 24, name: 'første pinsedag' },
      { month: 5, day: 25, name: 'andre pinsedag' },
      { month: 12, day: 25, name: 'første juledag' },
      { month: 12, day: 26, name: 'andre juledag' },
    ]);
  });

  it('keeps Kristi himmelfartsdag in date order when it comes before 1 May', () => {
    // Easter 2285 is 22 March, so Ascension is 30 April.
    const dates = norwegianPublicHolidays(2285).map(({ month, day }) => `${month}/${day}`);
    expect(dates).toEqual([
      '1/1',
      '3/19',
      '3/20',
      '3/22',
      '3/23',
      '4/30',
      '5/1',
      '5/10',
      '5/11',
      '5/17',
      '12/25',
      '12/26',
    ]);
  });

  it('lists both holidays when two fall on one date', () => {
    // Easter 2008 was 23 March: Kristi himmelfartsdag fell on 1 May.
    const firstOfMay = norwegianPublicHolidays(2008).filter(({ month, day }) => month === 5 && day === 1);
    expect(firstOfMay.map(({ name }) => name)).toEqual(['offentlig høytidsdag', 'Kristi himmelfartsdag']);
  });
});

describe('isNorwegianPublicHoliday', () => {
  it.each([
    [2026, 5, 17, true, 'Constitution Day'],
    [2026, 12, 26, true, 'the second day of Christmas'],
    [2026, 4, 6, true, 'Easter Monday'],
    [2027, 3, 25, true, 'Maundy Thursday in a year with an early Easter'],
    [2026, 12, 24, false, 'Christmas Eve, when many close early but the law does not make it a holiday'],
    [2026, 12, 31, false, "New Year's Eve"],
    [2026, 4, 12, false, 'an ordinary Sunday, which weekly periods already describe'],
    [2026, 4, 7, false, 'the Tuesday after Easter'],
  ])('says %i-%i-%i is a holiday: %s (%s)', (year, month, day, expected) => {
    expect(isNorwegianPublicHoliday(year, month, day)).toBe(expected);
  });

  it('gives the same answer when asked again, from its memo', () => {
    expect(isNorwegianPublicHoliday(2031, 4, 11)).toBe(true); // langfredag 2031 (Easter 13 April)
    expect(isNorwegianPublicHoliday(2031, 4, 11)).toBe(true);
    expect(isNorwegianPublicHoliday(2031, 4, 10)).toBe(true);
    expect(isNorwegianPublicHoliday(2031, 4, 9)).toBe(false);
  });
});
