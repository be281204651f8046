import type { Language } from '../../../shared/schema/language-schema';
import { en } from './en';
import { nb, type SearchHelpMessages } from './nb';
import { nn } from './nn';

const MESSAGES: Record<Language, SearchHelpMessages> = { nb, nn, en };

/**
 * The search help switch's text for `key` in `lang`. Its own lookup rather than shared/i18n's `translator`:
 * importing that module would pull the guide's messages into a chunk apart from the popup's.
 */
export const t = (lang: Language, key: keyof SearchHelpMessages): string => MESSAGES[lang][key];
