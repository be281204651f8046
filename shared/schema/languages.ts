/**
 * The languages the faces speak: the one list. To add a language, add its code here with its facts below, then
 * its folder of texts, shared/i18n/<code>/ (copy nb's: guide.ts, services.ts, index.ts) and
 * extension/i18n/<code>/; the type check names every text still missing. Nothing else lists languages.
 */
export const LANGUAGES = ['nb', 'nn', 'en', 'uk', 'pl', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The language every text falls back to: the one a host's own text must give, and the reference dictionary. */
export const FALLBACK_LANGUAGE = 'nb' satisfies Language;

export interface LanguageFacts {
  /** The language's name in itself, as the language menu shows it: a person finds their own on any page. */
  name: string;
  /** The writing direction, for the `dir` attribute beside `lang`. */
  dir: 'ltr' | 'rtl';
  /** Primary subtags (ISO 639-1 and -2) read as this language; "no" is Norwegian without a written form. */
  tags: readonly string[];
}

export const LANGUAGE_FACTS: Record<Language, LanguageFacts> = {
  nb: { name: 'Bokmål', dir: 'ltr', tags: ['nb', 'no', 'nob', 'nor'] },
  nn: { name: 'Nynorsk', dir: 'ltr', tags: ['nn', 'nno'] },
  en: { name: 'English', dir: 'ltr', tags: ['en', 'eng'] },
  uk: { name: 'Українська', dir: 'ltr', tags: ['uk', 'ukr'] },
  pl: { name: 'Polski', dir: 'ltr', tags: ['pl', 'pol'] },
  ar: { name: 'العربية', dir: 'rtl', tags: ['ar', 'ara'] },
};

/** A text in Bokmål and perhaps other languages, as a host gives its own (LocalizedTextSchema validates it). */
export type Texts = { [FALLBACK_LANGUAGE]: string } & Partial<Record<Language, string>>;

/** `text` in `lang`, or in Bokmål where none was given in `lang`. */
export function localize(text: Texts, lang: Language): string {
  return text[lang] ?? text[FALLBACK_LANGUAGE];
}

/** A text with the language it is actually in, which a face puts in `lang` where it differs from the page's. */
export interface TextIn {
  text: string;
  lang: Language;
}

/** `localize`, telling which language the text is in: `lang`, or Bokmål where it fell back. */
export function localizeIn(text: Texts, lang: Language): TextIn {
  const own = text[lang];
  return own === undefined ? { text: text[FALLBACK_LANGUAGE], lang: FALLBACK_LANGUAGE } : { text: own, lang };
}
