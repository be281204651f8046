import * as z from 'zod/mini';
import { FALLBACK_LANGUAGE, type Language, LANGUAGES, localize } from './languages';

export { type Language, LANGUAGES, localize };

export const LanguageSchema = z.lazy(() => z.enum(LANGUAGES));

const text = () => z.string().check(z.minLength(1, 'text must not be empty'));

/**
 * A host's text in any of the languages, Bokmål required: a language it does not give reads the Bokmål. So a
 * host's file keeps validating when a language is added, and may give only some.
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
