import * as z from 'zod/mini';

const TIME = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;
const time = () => z.string().check(z.regex(TIME, 'time must be HH:MM, e.g. "09:00"'));

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export const WeekdaySchema = z
  .int()
  .check(z.gte(1, 'weekday is 1 (Monday) to 7 (Sunday)'), z.lte(7, 'weekday is 1 (Monday) to 7 (Sunday)'));

/**
 * One opening period, in Europe/Oslo wall-clock time. `to` earlier than `from` means the period runs past
 * midnight into the next day; `to: '24:00'` means until midnight.
 */
export const OpeningPeriodSchema = z.object({
  days: z.array(WeekdaySchema).check(z.minLength(1, 'list at least one day')),
  from: time(),
  to: time(),
});

/**
 * When a contact point answers. `unknown` is the honest default: the project's confirmed facts let us ship hours only where they
 * are confirmed, and the UI then says "see the website for opening hours".
 */
export const OpeningHoursSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('always') }),
  z.object({
    type: z.literal('weekly'),
    periods: z.array(OpeningPeriodSchema).check(z.minLength(1, 'list at least one period')),
    /** What happens on Norway's public holidays. Unless a source says, we do not know. */
    publicHolidays: z.enum(['closed', 'open', 'unknown']),
  }),
  z.object({ type: z.literal('unknown') }),
]);
export type OpeningHours = z.output<typeof OpeningHoursSchema>;
export type OpeningPeriod = z.output<typeof OpeningPeriodSchema>;
