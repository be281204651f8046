import { z } from 'zod';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export const WeekdaySchema = z.number().int().min(1).max(7);

/**
 * One opening period, in Europe/Oslo wall-clock time. `to` earlier than `from` means the period runs past
 * midnight into the next day; `to: '24:00'` means until midnight.
 */
export const OpeningPeriodSchema = z.object({
  days: z.array(WeekdaySchema).min(1),
  from: z.string().regex(TIME, 'time must be HH:MM'),
  to: z.string().regex(TIME, 'time must be HH:MM'),
});

/**
 * When a contact point answers. `unknown` is the honest default: FACTS.md lets us ship hours only where they
 * are confirmed, and the UI then says "see the website for opening hours".
 */
export const OpeningHoursSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('always') }),
  z.object({
    type: z.literal('weekly'),
    periods: z.array(OpeningPeriodSchema).min(1),
    /** What happens on Norway's public holidays. Unless a source says, we do not know. */
    publicHolidays: z.enum(['closed', 'open', 'unknown']).default('unknown'),
  }),
  z.object({ type: z.literal('unknown') }),
]);
export type OpeningHours = z.output<typeof OpeningHoursSchema>;
export type OpeningPeriod = z.output<typeof OpeningPeriodSchema>;
