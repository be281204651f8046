import { byLanguage } from '../../shared/i18n/folders';
import type { Language } from '../../shared/schema/language-schema';
import type { SearchHelpMessages } from './nb/search-help';

const MESSAGES = byLanguage(
  import.meta.glob<SearchHelpMessages>('./*/search-help.ts', { eager: true, import: 'messages' }),
  'search-help.ts',
);

/**
 * The search help switch's text for `key` in `lang` (extension/i18n/<code>/search-help.ts). Its own lookup
 * rather than the popup's `t`: the switch is loaded on demand, and that would pull the guide's messages into its
 * chunk apart from the popup's.
 */
export const t = (lang: Language, key: keyof SearchHelpMessages): string => MESSAGES[lang][key];
