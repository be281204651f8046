/** What a clock on the wall in Norway shows at some instant. */
export interface OsloWallClock {
  year: number;
  /** 1 = January … 12 = December. */
  month: number;
  day: number;
  /** ISO weekday: 1 = Monday … 7 = Sunday, as in the opening-hours schema. */
  weekday: number;
  /** Whole minutes since local midnight, 0 … 1439. */
  minutes: number;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

let formatter: Intl.DateTimeFormat | undefined;

// Built on first use rather than at import: the widget and the popup load this module whether or not they ever
// ask what time it is in Oslo, and a formatter with a time zone is one of the costlier Intl objects to make.
function osloFormatter(): Intl.DateTimeFormat {
  formatter ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Oslo',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    // h23, not hour12: false: some engines render midnight as "24" under hour12: false.
    hourCycle: 'h23',
  });
  return formatter;
}

/** The Oslo wall-clock reading of `time`, written as if it were a UTC instant, in whole minutes. */
function wallClockAsUtc(time: number): number {
  let year = 0;
  let month = 0;
  let day = 0;
  let hour = 0;
  let minute = 0;
  for (const part of osloFormatter().formatToParts(time)) {
    const value = Number(part.value);
    if (part.type === 'year') year = value;
    else if (part.type === 'month') month = value;
    else if (part.type === 'day') day = value;
    else if (part.type === 'hour') hour = value;
    else if (part.type === 'minute') minute = value;
  }
  return Date.UTC(year, month - 1, day, hour, minute);
}

/** Oslo's offset from UTC at `time`, in milliseconds (one hour in winter, two in summer). */
function osloOffset(time: number): number {
  return wallClockAsUtc(time) - Math.floor(time / MINUTE_MS) * MINUTE_MS;
}

/**
 * The calendar date, weekday and time of day in Europe/Oslo at `date`, whatever time zone this process or
 * browser runs in. Throws a RangeError for an invalid Date.
 */
export function osloWallClock(date: Date): OsloWallClock {
  const time = date.getTime();
  if (Number.isNaN(time)) throw new RangeError('osloWallClock needs a valid Date');
  // Read back through getUTC* so that the process's own time zone never enters the calculation.
  const wall = new Date(wallClockAsUtc(time));
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    weekday: ((wall.getUTCDay() + 6) % 7) + 1,
    minutes: wall.getUTCHours() * 60 + wall.getUTCMinutes(),
  };
}

/**
 * The instant at which Oslo's wall clock shows `minutes` past midnight on the given date. `minutes` may run
 * past 1439 into the following days, so `24:00` (1440) is the next midnight.
 *
 * Around the clock changes a wall time is not always one instant, and we pick the one that opening hours need:
 * - in the spring-forward gap (02:00–03:00 on the last Sunday of March) the time never shows, so we return the
 *   instant the clock jumps, 03:00 summer time: a line "open from 02:30" opens then, and one "open until 02:30"
 *   closes then, rather than an hour late;
 * - in the autumn hour that shows twice (02:00–03:00 on the last Sunday of October), the first occurrence.
 */
export function osloDateTime(year: number, month: number, day: number, minutes: number): Date {
  // The wall time read as if it were UTC; the real instant is that minus Oslo's offset at the instant.
  const naive = Date.UTC(year, month - 1, day, 0, minutes);
  if (Number.isNaN(naive)) throw new RangeError('osloDateTime needs finite numbers');

  // A day either side is far enough to see past any clock change near this wall time, and Oslo never changes
  // its clock twice in two days.
  const offsetBefore = osloOffset(naive - DAY_MS);
  const offsetAfter = osloOffset(naive + DAY_MS);
  if (offsetBefore === offsetAfter) return new Date(naive - offsetBefore);

  const candidates = [naive - offsetBefore, naive - offsetAfter].sort((a, b) => a - b);
  const [early = naive, late = naive] = candidates;
  if (wallClockAsUtc(early) === naive) return new Date(early);
  if (wallClockAsUtc(late) === naive) return new Date(late);

  // In the gap: the clock reads before `naive` at `early` and after it at `late`. Find, to the minute, the first
  // instant at which it reads `naive` or later, which is the moment of the jump.
  let before = early;
  let after = late;
  while (after - before > MINUTE_MS) {
    const middle = before + Math.floor((after - before) / 2 / MINUTE_MS) * MINUTE_MS;
    if (wallClockAsUtc(middle) >= naive) after = middle;
    else before = middle;
  }
  return new Date(after);
}
