import * as z from 'zod/mini';
import { ContactSchema } from './contact-schema';
import { LocalizedTextSchema } from './language-schema';

/**
 * The catalogue services a host may give its own local entry for. Emergency numbers, helplines and the GP are
 * not among them: a host adds to the national doors, it never replaces or outranks 113.
 */
export const LOCAL_STANDS_FOR = [
  'rask-psykisk-helsehjelp',
  'kommunepsykolog',
  'kommunal-psykisk-helsetjeneste',
  'oppsokende-team',
  'frisklivssentral',
  'skolehelsetjenesten',
  'parorende',
  'other',
] as const;

/** A text for every language at once, or per language. */
const TextSchema = z.union([z.string().check(z.minLength(1, 'text must not be empty')), LocalizedTextSchema]);
const age = () => z.int().check(z.gte(0, 'age must be 0 or more'), z.lte(130, 'age must be 130 or less'));

/** One of the host's own services, e.g. their Rask psykisk helsehjelp team with its phone and hours. */
export const LocalServiceSchema = z.object({
  /** Which catalogue door this is the local one for; `other` for anything else worth showing. */
  standsFor: z.enum(LOCAL_STANDS_FOR, { error: `standsFor must be one of: ${LOCAL_STANDS_FOR.join(', ')}` }),
  name: TextSchema,
  description: z.optional(TextSchema),
  contacts: z.array(ContactSchema).check(z.minLength(1, 'give at least one contact point')),
  /** Age limits of this local service, e.g. 18 where Rask psykisk helsehjelp starts at 18. */
  minAge: z.optional(age()),
  maxAge: z.optional(age()),
  /** The municipality it serves (4 digits). Absent: the municipality the guide is set to. */
  municipality: z.optional(z.string().check(z.regex(/^\d{4}$/, 'municipality must be a 4-digit municipality number'))),
});
export type LocalService = z.output<typeof LocalServiceSchema>;

/**
 * The most services a host's data may list; the widget uses the first this many and warns about the rest. A
 * municipality has a handful; a hostile or broken file of 500 blocked the host page for seconds while drawing.
 */
export const MAX_LOCAL_SERVICES = 50;
/**
 * The largest local-services data the widget reads, in bytes of UTF-8 (100 KiB): fifty services with long
 * descriptions in three languages fit in a fraction of it. Larger data is not parsed at all.
 */
export const MAX_LOCAL_SERVICES_BYTES = 100 * 1024;

/** What a host writes: `{ "services": [ … ] }`, in a `<script type="application/json">` or at a URL. */
export const LocalServicesSchema = z.object({
  $schema: z.optional(z.string()),
  services: z
    .array(LocalServiceSchema)
    .check(z.maxLength(MAX_LOCAL_SERVICES, `list at most ${MAX_LOCAL_SERVICES} services`)),
});
export type LocalServices = z.output<typeof LocalServicesSchema>;
