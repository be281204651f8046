import * as z from 'zod/mini';
import { FALLBACK_LANGUAGE, type Language, LANGUAGES, localize } from './languages';

export { type Language, LANGUAGES, localize };

export const LanguageSchema = z.enum(LANGUAGES);

const text = () => z.string().check(z.minLength(1, 'text must not be empty'));

/**
 * A host's text in any of the languages, Bokmål required: a language it does not give reads the Bokmål. So a
 * host's file keeps validating when a language is added, and may give only some.
 * The one z.lazy kept: without it the popup's opening grows by 0.3 KB gzip (41,000 B against 40,667 B, over
 * its 40 KB budget), and the module would run `filter`/`map` as it loads (see "A broken built-in" in README).
 */
export const LocalizedTextSchema = z.lazy(() =>
  z.object({
    [FALLBACK_LANGUAGE]: text(),
    ...(Object.fromEntries(LANGUAGES.filter((l) => l !== FALLBACK_LANGUAGE).map((l) => [l, z.optional(text())])) as {
      [L in Exclude<Language, typeof FALLBACK_LANGUAGE>]: z.ZodMiniOptional<ReturnType<typeof text>>;
    }),
  }),
);
export type LocalizedText = z.output<typeof LocalizedTextSchema>;
