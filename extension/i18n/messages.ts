import { MESSAGES, translator } from '../../shared/i18n/messages';
import type { Language } from '../../shared/schema/language-schema';
import { en } from './en';
import { nb } from './nb';
import { nn } from './nn';

/** The guide's messages and the extension's own, for the popup and options pages. */
export const EXTENSION_MESSAGES = {
  nb: { ...MESSAGES.nb, ...nb },
  nn: { ...MESSAGES.nn, ...nn },
  en: { ...MESSAGES.en, ...en },
} satisfies Record<Language, Record<string, string>>;

export type ExtensionKey = keyof typeof EXTENSION_MESSAGES.nb;

/** `t` for the extension: every key of the guide, plus the extension's own. */
export const t = translator(EXTENSION_MESSAGES);
