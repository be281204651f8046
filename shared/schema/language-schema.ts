import { z } from 'zod';

/** The three written languages every text ships in. */
export const LANGUAGES = ['nb', 'nn', 'en'] as const;
export const LanguageSchema = z.enum(LANGUAGES);
export type Language = z.output<typeof LanguageSchema>;

/** A text in Bokmål, Nynorsk and English. All three are required, so a missing one fails the type check. */
export const LocalizedTextSchema = z.object({
  nb: z.string().min(1),
  nn: z.string().min(1),
  en: z.string().min(1),
});
export type LocalizedText = z.output<typeof LocalizedTextSchema>;
