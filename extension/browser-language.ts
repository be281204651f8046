import type { Language } from '../shared/schema/language-schema';

/**
 * The guide's language from the browser's preferred languages, best first (`navigator.languages`): the first
 * Norwegian or English one decides; "no" is Norwegian without a written form, read as Bokmål. Anything else,
 * or nothing, gives English: a visitor who reads no Norwegian is likelier to read English.
 */
export function languageFromBrowser(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    if (primary === 'nn') return 'nn';
    if (primary === 'nb' || primary === 'no') return 'nb';
    if (primary === 'en') return 'en';
  }
  return 'en';
}
