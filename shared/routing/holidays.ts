/** A calendar date in a year: month 1 = January … 12 = December. */
export interface MonthDay {
  month: number;
  day: number;
}

export interface NorwegianPublicHoliday extends MonthDay {
  /** The holiday's Norwegian (bokmål) name, for logs and tests; the UI takes its words from shared/i18n. */
  name: string;
}

/**
 * Easter Sunday in the Gregorian calendar, by the anonymous Gregorian algorithm (Meeus/Jones/Butcher, published
 * in Nature in 1876). Throws a RangeError for years it does not cover: not whole, or before the Gregorian reform.
 */
export function easterSunday(year: number): MonthDay {
  if (!Number.isInteger(year) || year < 1583) {
    throw new RangeError(`easterSunday needs a whole Gregorian year (1583 or later), got ${year}`);
  }
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { month, day };
}

function daysAfter(year: number, { month, day }: MonthDay, days: number): MonthDay {
  const date = new Date(Date.UTC(year, month - 1, day + days));
  return { month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/**
 * Norway's public holidays in `year`, in date order. The list is the one in lov om helligdager og helligdagsfred
 * (LOV-1995-02-24-12) § 2, plus the two days in lov om 1. og 17. mai som høgtidsdager (LOV-1947-04-26-1).
 *
 * § 2 also makes every Sunday a helligdag; ordinary Sundays are left out on purpose, because opening hours
 * describe Sundays in their weekly periods, and `publicHolidays` is about the days that break the weekly pattern.
 * Christmas Eve and New Year's Eve are not public holidays, however many places close early.
 *
 * Two holidays can fall on one date (Kristi himmelfartsdag on 1 or 17 May, pinse on 17 May); both are listed.
 */
export function norwegianPublicHolidays(year: number): NorwegianPublicHoliday[] {
  const easter = easterSunday(year);
  const fromEaster = (days: number, name: string) => ({ ...daysAfter(year, easter, days), name });
  const holidays: NorwegianPublicHoliday[] = [
    { month: 1, day: 1, name: 'nyttårsdag' },
    fromEaster(-3, 'skjærtorsdag'),
    fromEaster(-2, 'langfredag'),
    fromEaster(0, 'første påskedag'),
    fromEaster(1, 'andre påskedag'),
    { month: 5, day: 1, name: 'offentlig høytidsdag' },
    { month: 5, day: 17, name: 'grunnlovsdag' },
    fromEaster(39, 'Kristi himmelfartsdag'),
    fromEaster(49, 'første pinsedag'),
    fromEaster(50, 'andre pinsedag'),
    { month: 12, day: 25, name: 'første juledag' },
    { month: 12, day: 26, name: 'andre juledag' },
  ];
  // Kristi himmelfartsdag moves between 30 April and 3 June, so it does not keep its place among the May days.
  return holidays.sort((x, y) => x.month - y.month || x.day - y.day);
}

// Opening-hours checks ask about the same few years again and again (every service, every render), so each
// year's dates are worked out once. Keys are month * 100 + day.
const holidaysByYear = new Map<number, ReadonlySet<number>>();

/** Whether the given date (month 1 = January) is a Norwegian public holiday; ordinary Sundays are not. */
export function isNorwegianPublicHoliday(year: number, month: number, day: number): boolean {
  let dates = holidaysByYear.get(year);
  if (!dates) {
    dates = new Set(norwegianPublicHolidays(year).map((holiday) => holiday.month * 100 + holiday.day));
    holidaysByYear.set(year, dates);
  }
  return dates.has(month * 100 + day);
}
