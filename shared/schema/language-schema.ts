import * as z from 'zod/mini';

/**
 * Every language the guide speaks, written once: the type, the widget's warning, the language menu and the
 * tests all come from this list. The widget carries all of them; the extension opens with nb and en and loads
 * the others on demand (extension/i18n/messages.ts).
 */
export const LANGUAGES = ['nb', 'nn', 'en', 'uk', 'pl', 'ar'] as const;
export const LanguageSchema = z.lazy(() => z.enum(LANGUAGES));
export type Language = z.output<typeof LanguageSchema>;

const text = () => z.string().check(z.minLength(1, 'text must not be empty'));

/**
 * A text in Bokmål and any of the other languages. Bokmål is required and is the fallback for a language not
 * given, so a host's local-services file keeps validating when a language is added. The catalogue's own names
 * are complete in every language: the language folders type them per service (shared/i18n/<lang>/).
 */
export const LocalizedTextSchema = z.lazy(() => {
  const anyLanguage = Object.fromEntries(LANGUAGES.map((lang) => [lang, z.optional(text())])) as Record<
    Language,
    z.ZodMiniOptional<ReturnType<typeof text>>
  >;
  return z.object({ ...anyLanguage, nb: text() });
});
export type LocalizedText = z.output<typeof LocalizedTextSchema>;
