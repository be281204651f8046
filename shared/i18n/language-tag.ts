import { LANGUAGE_FACTS, type Language, LANGUAGES } from '../schema/languages';

/**
 * A BCP 47 language tag as one of our languages by its primary subtag (`no`, `nb-NO` → nb; `nn-NO` → nn;
 * `en-GB` → en; ISO 639-2 codes too, see LANGUAGE_FACTS); anything else undefined. Used by the widget for the
 * page's `lang` and by the extension for the browser's languages.
 */
export function languageFromTag(tag: string): Language | undefined {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return LANGUAGES.find((lang) => LANGUAGE_FACTS[lang].tags.includes(primary));
}
