import type { Language } from '../../../shared/schema/language-schema';
import { EXTENSION_MESSAGES } from '../messages';
import { translator } from '../../../shared/i18n/messages';
import { en } from './en';
import { nb } from './nb';
import { nn } from './nn';

/** `t` for the options page: every key of the popup, plus the options page's own. */
export const t = translator({
  nb: { ...EXTENSION_MESSAGES.nb, ...nb },
  nn: { ...EXTENSION_MESSAGES.nn, ...nn },
  en: { ...EXTENSION_MESSAGES.en, ...en },
} satisfies Record<Language, Record<string, string>>);
