import * as z from 'zod/mini';
import { ContactSchema, HttpsUrlSchema } from './contact-schema';
import { LocalizedTextSchema } from './language-schema';

/** What sort of door a service is; the UI labels by it. */
export const ServiceKindSchema = z.enum([
  'emergency',
  'out-of-hours',
  'helpline',
  'municipal',
  'primary-care',
  'specialist',
  'online',
  'next-of-kin',
  'private',
  'admin',
]);

const age = z.int().check(z.gte(0, 'age must be 0 or more'), z.lte(130, 'age must be 130 or less'));

/** Who a service is for. Ages are of the person who needs help, in whole years, inclusive. */
export const ServiceAudienceSchema = z
  .object({
    minAge: z.optional(age),
    maxAge: z.optional(age),
    /** Who may get in touch: the person themselves, or someone worried about them. Absent: both. */
    forWhom: z.optional(z.array(z.enum(['self', 'someone-else'])).check(z.minLength(1))),
  })
  .check(
    z.refine((a) => a.minAge === undefined || a.maxAge === undefined || a.minAge <= a.maxAge, {
      message: 'minAge must not be above maxAge',
      path: ['minAge'],
    }),
  );

/** Norway's four regional health authorities (helseforetak sit under them). */
export const HealthRegionSchema = z.enum(['helse-sor-ost', 'helse-vest', 'helse-midt-norge', 'helse-nord']);

/** Where a service applies. */
export const AreaSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('national') }),
  /** Each municipality runs its own: contact your own municipality. */
  z.object({ type: z.literal('every-municipality') }),
  /** Offered by some municipalities only; the host's local services say where. */
  z.object({ type: z.literal('some-municipalities') }),
  z.object({
    type: z.literal('municipalities'),
    numbers: z.array(z.string().check(z.regex(/^\d{4}$/))).check(z.minLength(1)),
  }),
  z.object({ type: z.literal('health-regions'), regions: z.array(HealthRegionSchema).check(z.minLength(1)) }),
]);

export const SourceSchema = z.object({
  /** An https address, or a seed document as `seed:<file name>`. */
  url: z.union([HttpsUrlSchema, z.string().check(z.regex(/^seed:[a-z0-9-]+\.txt$/))]),
  title: z.string().check(z.minLength(1)),
});

export const ServiceSchema = z.object({
  /** Stable id from the project's list of facts. Others link to it: never rename. */
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id must be kebab-case')),
  kind: ServiceKindSchema,
  name: LocalizedTextSchema,
  description: LocalizedTextSchema,
  contacts: z.array(ContactSchema),
  audience: ServiceAudienceSchema,
  cost: z.enum(['free', 'user-fee', 'private', 'unknown']),
  access: z.enum(['no-referral', 'gp-referral', 'referral']),
  area: AreaSchema,
  sources: z.array(SourceSchema).check(z.minLength(1, 'every service cites at least one source')),
  /** The date the contact facts were checked (ISO date). */
  verified: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'verified must be a date, e.g. "2026-11-22"')),
});
export type Service = z.output<typeof ServiceSchema>;
export type ServiceKind = z.output<typeof ServiceKindSchema>;
export type ServiceAudience = z.output<typeof ServiceAudienceSchema>;
export type Area = z.output<typeof AreaSchema>;
export type HealthRegion = z.output<typeof HealthRegionSchema>;

export const CatalogueSchema = z.array(ServiceSchema).check(
  z.superRefine((services, ctx) => {
    const seen = new Set<string>();
    for (const [i, s] of services.entries()) {
      if (seen.has(s.id))
        ctx.addIssue({ code: 'custom', message: `duplicate service id "${s.id}"`, path: [i, 'id'], input: s.id });
      seen.add(s.id);
    }
  }),
);
export type Catalogue = z.output<typeof CatalogueSchema>;
