import { languageFromTag } from '../shared/i18n/language-tag';
import type { Language } from '../shared/schema/language-schema';

/**
 * The guide's language from the browser's preferred languages, best first (`navigator.languages`): the first
 * one the guide speaks decides (Norwegian, English, Ukrainian, Polish or Arabic). Anything else, or nothing, gives English: a visitor who reads no
 * Norwegian is likelier to read English.
 */
export function languageFromBrowser(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const language = languageFromTag(tag);
    if (language) return language;
  }
  return 'en';
}
