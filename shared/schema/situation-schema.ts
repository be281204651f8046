import { z } from 'zod';

export const CONCERNS = [
  'suicidal-thoughts',
  'self-harm',
  'psychosis',
  'depression',
  'anxiety',
  'panic',
  'stress',
  'sleep',
  'alcohol-drugs',
  'violence-abuse',
  'sexual-abuse',
  'bereaved-by-suicide',
  'loneliness',
  'other',
] as const;
export const ConcernSchema = z.enum(CONCERNS);
export type Concern = z.output<typeof ConcernSchema>;

/**
 * What the person has told us. Every field is optional: the guide may be skipped at any point, and
 * routing must still give the right doors for what is known.
 */
export const SituationSchema = z.object({
  /** A life may be in danger now. */
  danger: z.boolean().optional(),
  /** Who needs help: the person using the guide, or someone they are worried about. */
  forWhom: z.enum(['self', 'someone-else']).optional(),
  /** Age in whole years of the person who needs help. */
  age: z.number().int().min(0).max(130).optional(),
  concerns: z.array(ConcernSchema).optional(),
  urgency: z.enum(['now', 'days', 'weeks']).optional(),
  severity: z.enum(['mild', 'moderate', 'severe']).optional(),
  duration: z.enum(['recent', 'long-lasting']).optional(),
  /** Already referred to or treated by DPS, BUP or hospital. */
  inSpecialistCare: z.boolean().optional(),
  /** 4-digit municipality number (kommunenummer). */
  municipality: z
    .string()
    .regex(/^\d{4}$/, 'municipality must be a 4-digit municipality number')
    .optional(),
});
export type Situation = z.output<typeof SituationSchema>;
