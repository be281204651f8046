import { plainText } from '../../../shared/i18n/marked-text';
import { translator } from '../../../shared/i18n/messages';
import type { Language } from '../../../shared/schema/language-schema';
import { EXTENSION_MESSAGES, type ExtensionKey, type LoadableLanguage, loadExtensionLanguage } from '../messages';
import { en } from './en';
import { nb, type OptionsMessages } from './nb';

type OptionsKey = ExtensionKey | keyof OptionsMessages;

/** The options page's dictionaries: every key of the popup, plus the options page's own. */
const OPTIONS_MESSAGES: Partial<Record<Language, Record<OptionsKey, string>>> = {
  nb: { ...EXTENSION_MESSAGES.nb!, ...nb },
  en: { ...EXTENSION_MESSAGES.en!, ...en },
};

const OWN: Record<LoadableLanguage, () => Promise<OptionsMessages>> = {
  nn: () => import('./nn').then((m) => m.nn),
  uk: () => import('./uk').then((m) => m.uk),
  pl: () => import('./pl').then((m) => m.pl),
  ar: () => import('./ar').then((m) => m.ar),
};

/** Whether the options page can speak `lang` now. */
export const optionsSpeak = (lang: Language): boolean => OPTIONS_MESSAGES[lang] !== undefined;

/** Loads everything the options page says in `lang`, if it is not loaded yet. */
export async function loadOptionsLanguage(lang: Language): Promise<void> {
  if (optionsSpeak(lang)) return;
  const [, own] = await Promise.all([loadExtensionLanguage(lang), OWN[lang as LoadableLanguage]()]);
  OPTIONS_MESSAGES[lang] = { ...EXTENSION_MESSAGES[lang]!, ...own };
}

const tMarked = translator<OptionsKey>(OPTIONS_MESSAGES);

/** `t` for the options page, as plain text. */
export function t(lang: Language, key: OptionsKey, vars?: Record<string, string | number>): string {
  return plainText(tMarked(lang, key, vars));
}
