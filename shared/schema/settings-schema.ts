import * as z from 'zod/mini';
import { AUDIENCES } from './choices';
import { LanguageSchema } from './language-schema';

export const AudienceSchema = z.enum(AUDIENCES);

/**
 * The shape's version in storage. Bump it together with a migration in SETTINGS_MIGRATIONS, keyed by the
 * version it migrates to, whenever a stored field changes meaning or shape.
 */
export const SETTINGS_VERSION = 1;

/** Version → function from the previous version's value. Version 1 is the first shape: nothing to migrate. */
export const SETTINGS_MIGRATIONS: Record<number, (previous: unknown) => unknown> = {};

// Four digits here; whether they name a municipality is the catalogue's to say (see parseSettings).
const municipalityNumber = () => z.string().check(z.regex(/^\d{4}$/));

/**
 * What the extension remembers, in this browser's storage.local and nowhere else. Every field falls back on
 * its own, so a stored value that is corrupt, from a newer version or edited by hand costs only the bad field,
 * and reading settings never throws.
 */
export const SettingsSchema = z.catch(
  z.object({
    /** Kommunenummer, four digits ("0301"). Absent: no municipality chosen. */
    municipality: z.catch(z.optional(municipalityNumber()), undefined),
    /** Absent: follow the browser's language. */
    language: z.catch(z.optional(LanguageSchema), undefined),
    /** Absent: the guide asks each time. */
    audience: z.catch(z.optional(AudienceSchema), undefined),
    /** The first-use questions were answered or skipped. */
    firstRunDone: z.catch(z.boolean(), false),
  }),
  () => ({ firstRunDone: false }),
);
export type Settings = z.output<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = Object.freeze({ firstRunDone: false });

/**
 * Settings from whatever storage holds; never throws. A municipality number stored today may name no
 * municipality after a reform (the numbers changed in 2020 and 2024): `municipalityExists` (the catalogue's
 * lookup, passed in by the extension) drops such a number.
 */
export function parseSettings(stored: unknown, municipalityExists: (number: string) => boolean): Settings {
  const parsed = SettingsSchema.parse(stored);
  const { language, audience, firstRunDone } = parsed;
  const municipality =
    parsed.municipality !== undefined && municipalityExists(parsed.municipality) ? parsed.municipality : undefined;
  // Absent fields stay absent, so what is stored is exactly what the privacy statement lists.
  return {
    ...(municipality === undefined ? {} : { municipality }),
    ...(language === undefined ? {} : { language }),
    ...(audience === undefined ? {} : { audience }),
    firstRunDone,
  };
}
