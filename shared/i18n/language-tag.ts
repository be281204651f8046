import { type Language, LANGUAGES } from '../schema/language-schema';

/** Codes other than our own for our languages: "no" (Norwegian, read as Bokmål) and the ISO 639-2 codes. */
const OTHER_CODES: Record<string, Language> = {
  no: 'nb',
  nob: 'nb',
  nor: 'nb',
  nno: 'nn',
  eng: 'en',
  ukr: 'uk',
  pol: 'pl',
  ara: 'ar',
};

/**
 * A BCP 47 language tag as one of our languages: `no`, `nb-NO` → nb; `nn-NO` → nn; `en-GB` → en; `uk-UA` → uk;
 * `pl-PL` → pl; `ar`, `ar-SY`, `ar-IQ` → ar (ISO 639-2 codes too); anything else undefined. "no" is Norwegian
 * without a written form, read as Bokmål. Used by the widget for the page's `lang` and by the extension for the
 * browser's languages.
 */
export function languageFromTag(tag: string): Language | undefined {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if ((LANGUAGES as readonly string[]).includes(primary)) return primary as Language;
  return Object.hasOwn(OTHER_CODES, primary) ? OTHER_CODES[primary] : undefined;
}
