import type { Language } from '../schema/language-schema';

/**
 * A BCP 47 language tag as one of our languages: `no`, `nb-NO` → nb; `nn-NO` → nn; `en-GB` → en; `uk-UA` → uk;
 * `pl-PL` → pl; `ar`, `ar-SY`, `ar-IQ` → ar (ISO 639-2 codes too); anything else undefined. "no" is Norwegian
 * without a written form, read as Bokmål. Used by the widget for the page's `lang` and by the extension for the
 * browser's languages.
 */
export function languageFromTag(tag: string): Language | undefined {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  switch (primary) {
    case 'nb':
    case 'no':
    case 'nob':
    case 'nor':
      return 'nb';
    case 'nn':
    case 'nno':
      return 'nn';
    case 'en':
    case 'eng':
      return 'en';
    case 'uk':
    case 'ukr':
      return 'uk';
    case 'pl':
    case 'pol':
      return 'pl';
    case 'ar':
    case 'ara':
      return 'ar';
    default:
      return undefined;
  }
}
