/**
 * The languages the faces speak: the one list. To add a language, add its code here with its facts below, then
 * its folder of texts, shared/i18n/<code>/ (copy nb's: guide.ts, services.ts, index.ts) and
 * extension/i18n/<code>/; the type check names every text still missing. Nothing else lists languages.
 */
export const LANGUAGES = ['nb', 'nn', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The language every text falls back to: the one a host's own text must give, and the reference dictionary. */
export const FALLBACK_LANGUAGE = 'nb' satisfies Language;

export interface LanguageFacts {
  /** The writing direction, for the `dir` attribute beside `lang`. */
  dir: 'ltr' | 'rtl';
  /** Primary subtags (ISO 639-1 and -2) read as this language; "no" is Norwegian without a written form. */
  tags: readonly string[];
}

export const LANGUAGE_FACTS: Record<Language, LanguageFacts> = {
  nb: { dir: 'ltr', tags: ['nb', 'no', 'nob', 'nor'] },
  nn: { dir: 'ltr', tags: ['nn', 'nno'] },
  en: { dir: 'ltr', tags: ['en', 'eng'] },
};

/** A text in Bokmål and perhaps other languages, as a host gives its own (LocalizedTextSchema validates it). */
export type Texts = { [FALLBACK_LANGUAGE]: string } & Partial<Record<Language, string>>;

/** `text` in `lang`, or in Bokmål where none was given in `lang`. */
export function localize(text: Texts, lang: Language): string {
  return text[lang] ?? text[FALLBACK_LANGUAGE];
}
