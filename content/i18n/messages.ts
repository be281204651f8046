import { byLanguage } from '../../shared/i18n/folders';
import type { Language } from '../../shared/schema/languages';
import type { CardMessageKey, CardMessages } from './nb/card';

/** The card's texts, one file in each language's folder (content/i18n/<code>/card.ts), found by name. */
export const CARD_MESSAGES = byLanguage(
  import.meta.glob<CardMessages>('./*/card.ts', { eager: true, import: 'messages' }),
  'card.ts',
);

/** The card's text for `key` in `lang`. */
export const cardText = (lang: Language, key: CardMessageKey): string => CARD_MESSAGES[lang][key];

/** `value` as one of the card's languages, or undefined: for a language read from storage. */
export const cardLanguage = (value: unknown): Language | undefined =>
  typeof value === 'string' && Object.hasOwn(CARD_MESSAGES, value) ? (value as Language) : undefined;
