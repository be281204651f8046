import type { Language } from '../schema/language-schema';

/**
 * Each language in its own name, as a language menu shows it: a person finds their own language whatever the
 * page is written in. Rendered with lang set to the language itself.
 */
export const LANGUAGE_NAMES: Record<Language, string> = {
  nb: 'Bokmål',
  nn: 'Nynorsk',
  en: 'English',
  uk: 'Українська',
  pl: 'Polski',
  ar: 'العربية',
};

/** The writing direction of a language's text: Arabic reads right to left. */
export function direction(lang: Language): 'ltr' | 'rtl' {
  return lang === 'ar' ? 'rtl' : 'ltr';
}
