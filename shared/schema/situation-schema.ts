import * as z from 'zod/mini';
import { CONCERNS } from './concerns';

export const ConcernSchema = z.enum(CONCERNS);
export type Concern = z.output<typeof ConcernSchema>;

/**
 * What the person has told us. Every field is optional: the guide may be skipped at any point, and
 * routing must still give the right doors for what is known.
 */
/** Who needs help, how soon and how much it weighs: the guide's choices, in the order it offers them. */
export const FOR_WHOM = ['self', 'someone-else'] as const;
export const URGENCIES = ['now', 'days', 'weeks'] as const;
export const SEVERITIES = ['mild', 'moderate', 'severe'] as const;

export const SituationSchema = z.strictObject({
  /** A life may be in danger now. */
  danger: z.optional(z.boolean({ error: 'danger must be true or false' })),
  /** Who needs help: the person using the guide, or someone they are worried about. */
  forWhom: z.optional(z.enum(FOR_WHOM, { error: 'forWhom must be "self" or "someone-else"' })),
  /** Age in whole years of the person who needs help. */
  age: z.optional(
    z
      .int({ error: 'age must be a whole number of years' })
      .check(z.gte(0, 'age must be 0 or more'), z.lte(130, 'age must be 130 or less')),
  ),
  concerns: z.optional(z.array(z.enum(CONCERNS, { error: `each concern must be one of: ${CONCERNS.join(', ')}` }))),
  urgency: z.optional(z.enum(URGENCIES, { error: 'urgency must be "now", "days" or "weeks"' })),
  severity: z.optional(z.enum(SEVERITIES, { error: 'severity must be "mild", "moderate" or "severe"' })),
  duration: z.optional(z.enum(['recent', 'long-lasting'], { error: 'duration must be "recent" or "long-lasting"' })),
  /** Already referred to or treated by DPS, BUP or hospital. */
  inSpecialistCare: z.optional(z.boolean({ error: 'inSpecialistCare must be true or false' })),
  /** 4-digit municipality number (kommunenummer). */
  municipality: z.optional(
    z.string().check(z.regex(/^\d{4}$/, 'municipality must be a 4-digit municipality number, e.g. "4601"')),
  ),
});
export type Situation = z.output<typeof SituationSchema>;
