import type { Language } from '../../shared/schema/language-schema';
import { en } from './en';
import { type CardMessageKey, type CardMessages, nb } from './nb';
import { nn } from './nn';

export const CARD_MESSAGES: Record<Language, CardMessages> = { nb, nn, en };

/** The card's text for `key` in `lang`. */
export const cardText = (lang: Language, key: CardMessageKey): string => CARD_MESSAGES[lang][key];

/** `value` as one of the card's languages, or undefined: for a language read from storage. */
export const cardLanguage = (value: unknown): Language | undefined =>
  typeof value === 'string' && Object.hasOwn(CARD_MESSAGES, value) ? (value as Language) : undefined;
