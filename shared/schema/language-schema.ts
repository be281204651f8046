import * as z from 'zod/mini';

/** The three written languages every text ships in. */
export const LANGUAGES = ['nb', 'nn', 'en'] as const;
export const LanguageSchema = z.lazy(() => z.enum(LANGUAGES));
export type Language = z.output<typeof LanguageSchema>;

const text = () => z.string().check(z.minLength(1, 'text must not be empty'));

/** A text in Bokmål, Nynorsk and English. All three are required, so a missing one fails the type check. */
export const LocalizedTextSchema = z.lazy(() => z.object({ nb: text(), nn: text(), en: text() }));
export type LocalizedText = z.output<typeof LocalizedTextSchema>;
