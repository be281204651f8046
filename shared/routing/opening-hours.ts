import type { OpeningHours } from '../schema/opening-hours-schema';
import { isNorwegianPublicHoliday } from './holidays';
import { osloDateTime, osloWallClock } from './oslo-time';

/**
 * Whether a contact point answers at some instant.
 *
 * `closesAt` is the instant it is next known to close, `opensAt` the instant it next opens, within the next
 * 8 days. Each is left out when we cannot say: 'always' never closes, a line open round the clock may not close
 * within 8 days, and on a public holiday whose hours are unknown we cannot promise either.
 */
export type OpenState =
  { status: 'open'; closesAt?: Date } | { status: 'closed'; opensAt?: Date } | { status: 'unknown' };

type Status = OpenState['status'];
type WeeklyHours = Extract<OpeningHours, { type: 'weekly' }>;

/** A stretch of time, [start, end) in epoch milliseconds. */
interface Span {
  start: number;
  end: number;
}

interface Timeline {
  /** When the weekly periods of ordinary days (and holidays kept as ordinary) have it open. */
  open: Span[];
  /** Holidays with unknown hours, and their periods running past midnight. */
  unknown: Span[];
}

const DAY_MS = 86_400_000;

// A week and a day: far enough to reach the same weekday next week from any moment, so a weekly line always
// shows when it opens again unless holidays take that day too. Further out, "opens in ten days" helps nobody
// looking for help now.
const HORIZON_DAYS = 8;

/** 'HH:MM' (or '24:00') as minutes since midnight; the schema has already checked the form. */
function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/**
 * Every opening of `hours` that starts from the day before `today` (its periods may run into today) to
 * `lastDay` days after it, as real instants. A period belongs to the day it starts on, so what a holiday does to
 * a period that runs past midnight is decided by the day it started.
 */
function weeklyTimeline(
  hours: WeeklyHours,
  today: { year: number; month: number; day: number },
  lastDay: number,
): Timeline {
  const timeline: Timeline = { open: [], unknown: [] };
  for (let offset = -1; offset <= lastDay; offset++) {
    const date = new Date(Date.UTC(today.year, today.month - 1, today.day + offset));
    const year = date.getUTCFullYear();
    const month = date.getUTCMonth() + 1;
    const day = date.getUTCDate();
    const weekday = ((date.getUTCDay() + 6) % 7) + 1;

    let target = timeline.open;
    if (isNorwegianPublicHoliday(year, month, day) && hours.publicHolidays !== 'open') {
      if (hours.publicHolidays === 'closed') continue;
      // We know nothing of the day: it may keep its usual hours, be closed or have hours of its own.
      timeline.unknown.push({
        start: osloDateTime(year, month, day, 0).getTime(),
        end: osloDateTime(year, month, day, 1440).getTime(),
      });
      target = timeline.unknown;
    }

    for (const period of hours.periods) {
      if (!period.days.includes(weekday)) continue;
      const from = minutesOf(period.from);
      const to = minutesOf(period.to);
      // The schema gives no meaning to from === to, so such a period is never open rather than always open:
      // sending someone to a line that is shut is the worse mistake.
      if (from === to) continue;
      const start = osloDateTime(year, month, day, from).getTime();
      const end = osloDateTime(year, month, day, to < from ? to + 1440 : to).getTime();
      // A period wholly inside the spring-forward gap never happens.
      if (start < end) target.push({ start, end });
    }
  }
  return timeline;
}

function covers(spans: Span[], time: number): boolean {
  return spans.some((span) => span.start <= time && time < span.end);
}

// Known hours win over unknown ones: a period that began on an ordinary evening is open into a holiday night.
function statusAt(timeline: Timeline, time: number): Status {
  if (covers(timeline.open, time)) return 'open';
  if (covers(timeline.unknown, time)) return 'unknown';
  return 'closed';
}

function weeklyOpenState(hours: WeeklyHours, now: Date): OpenState {
  const time = now.getTime();
  // One day past the horizon, which a spring-forward night can push into the next calendar day.
  const timeline = weeklyTimeline(hours, osloWallClock(now), HORIZON_DAYS + 1);
  const status = statusAt(timeline, time);
  if (status === 'unknown') return { status };

  // The status can only change where a span starts or ends, so walk those moments in order until it does.
  const horizon = time + HORIZON_DAYS * DAY_MS;
  const changes = [...timeline.open, ...timeline.unknown]
    .flatMap((span) => [span.start, span.end])
    .filter((moment) => moment > time && moment <= horizon)
    .sort((a, b) => a - b);
  for (const moment of changes) {
    const next = statusAt(timeline, moment);
    if (next === status) continue;
    // Moving into unknown hours is not a closing or an opening we can promise.
    if (status === 'open') return next === 'closed' ? { status, closesAt: new Date(moment) } : { status };
    return next === 'open' ? { status, opensAt: new Date(moment) } : { status };
  }
  return { status };
}

/**
 * Whether `hours` has the line open at `now`, and when that next changes. Weekly periods are Europe/Oslo wall
 * time; on a Norwegian public holiday `publicHolidays` decides: 'closed' shuts the day, 'open' keeps its usual
 * periods, 'unknown' makes the day unknown. `now` is passed in so that callers and tests choose the moment.
 *
 * @example openState({ type: 'always' }, now) // { status: 'open' }
 * @example openState(monToFri9to15, new Date('2026-04-03T10:00+02:00')) // Good Friday, holidays 'closed':
 *   // { status: 'closed', opensAt: 2026-04-07T09:00+02:00 }, since Easter Monday is skipped too
 */
export function openState(hours: OpeningHours, now: Date): OpenState {
  switch (hours.type) {
    case 'always':
      return { status: 'open' };
    case 'unknown':
      return { status: 'unknown' };
    case 'weekly':
      return weeklyOpenState(hours, now);
  }
}

/** Whether the line is known to be open at `now`; unknown hours count as not open. */
export function isOpenNow(hours: OpeningHours, now: Date): boolean {
  if (hours.type !== 'weekly') return hours.type === 'always';
  // recommend() asks this of every contact on every render, and only today matters for the answer, so skip the
  // week ahead that openState reads to find closesAt and opensAt.
  return statusAt(weeklyTimeline(hours, osloWallClock(now), 0), now.getTime()) === 'open';
}
