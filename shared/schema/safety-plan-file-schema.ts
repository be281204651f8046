import * as z from 'zod/mini';
import { isoDate, SafetyPlanSchema } from './safety-plan-schema';

/** What an exported plan file says it is, so that importing any other JSON file is refused plainly. */
export const SAFETY_PLAN_FILE_KIND = 'get-help-now/safety-plan';

/**
 * An exported plan: the plan with its version, and when it was exported. Not encrypted: the page says so.
 * Importing reads `plan` through readSafetyPlan, so a file from an older version is migrated like storage.
 */
export const SafetyPlanFileSchema = z.object({
  $schema: z.optional(z.string()),
  kind: z.literal(SAFETY_PLAN_FILE_KIND),
  exported: isoDate(),
  plan: SafetyPlanSchema,
});
export type SafetyPlanFile = z.output<typeof SafetyPlanFileSchema>;
