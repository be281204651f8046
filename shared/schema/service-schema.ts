import { z } from 'zod';
import { ContactSchema } from './contact-schema';
import { LocalizedTextSchema } from './language-schema';

/** What sort of door a service is; the UI groups and labels by it. */
export const ServiceKindSchema = z.enum([
  'emergency',
  'out-of-hours',
  'helpline',
  'municipal',
  'primary-care',
  'specialist',
  'online',
  'next-of-kin',
  'admin',
]);

/** Who a service is for. Ages are of the person who needs help, in whole years, inclusive. */
export const AudienceSchema = z
  .object({
    minAge: z.number().int().min(0).optional(),
    maxAge: z.number().int().min(0).optional(),
    /** Who may get in touch: the person themselves, or someone worried about them (next of kin, a friend). */
    forWhom: z
      .array(z.enum(['self', 'someone-else']))
      .min(1)
      .default(['self', 'someone-else']),
  })
  .refine((a) => a.minAge === undefined || a.maxAge === undefined || a.minAge <= a.maxAge, {
    message: 'minAge must not be above maxAge',
    path: ['minAge'],
  });

/** Where a service applies. `every-municipality`: each municipality runs its own (contact your own). */
export const AreaSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('national') }),
  z.object({ type: z.literal('every-municipality') }),
  /** Offered by some municipalities only; the host's local services say where. */
  z.object({ type: z.literal('some-municipalities') }),
  z.object({ type: z.literal('municipalities'), numbers: z.array(z.string().regex(/^\d{4}$/)).min(1) }),
  z.object({ type: z.literal('health-regions'), regions: z.array(z.string().min(1)).min(1) }),
]);

export const SourceSchema = z.object({
  /** An https address, or a seed document as `seed:<file name>`. */
  url: z.union([z.url({ protocol: /^https$/ }), z.string().regex(/^seed:[a-z0-9-]+\.txt$/)]),
  title: z.string().min(1),
});

export const ServiceSchema = z.object({
  /** Stable id from FACTS.md. Others link to it: never rename. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  kind: ServiceKindSchema,
  name: LocalizedTextSchema,
  description: LocalizedTextSchema,
  contacts: z.array(ContactSchema).default([]),
  audience: AudienceSchema.default({ forWhom: ['self', 'someone-else'] }),
  cost: z.enum(['free', 'user-fee', 'private', 'unknown']),
  access: z.enum(['no-referral', 'gp-referral', 'referral']),
  area: AreaSchema,
  sources: z.array(SourceSchema).min(1),
  /** The date the contact facts were checked (ISO date). */
  verified: z.iso.date(),
});
export type Service = z.output<typeof ServiceSchema>;
export type ServiceInput = z.input<typeof ServiceSchema>;
export type ServiceKind = z.output<typeof ServiceKindSchema>;
export type Audience = z.output<typeof AudienceSchema>;

export const CatalogueSchema = z.array(ServiceSchema).superRefine((services, ctx) => {
  const seen = new Set<string>();
  for (const [i, s] of services.entries()) {
    if (seen.has(s.id)) ctx.addIssue({ code: 'custom', message: `duplicate service id "${s.id}"`, path: [i, 'id'] });
    seen.add(s.id);
  }
});
export type Catalogue = z.output<typeof CatalogueSchema>;
