import { type LoadableLanguage, loadLanguage } from '../../shared/i18n/languages';
import { plainText } from '../../shared/i18n/marked-text';
import { MESSAGES, type Messages, translator } from '../../shared/i18n/messages';
import { en as guideEn } from '../../shared/i18n/en';
import { nb as guideNb } from '../../shared/i18n/nb';
import { nn as guideNn } from '../../shared/i18n/nn';
import type { Language } from '../../shared/schema/language-schema';
import { en } from './en';
import { type ExtensionMessages, nb } from './nb';
import { nn } from './nn';

type Dictionary = Messages & ExtensionMessages;
export type ExtensionKey = keyof Dictionary;

/**
 * The guide's messages and the extension's own, for the popup and options pages, in the languages loaded so
 * far: nb, nn and en open with the popup; the others come with loadExtensionLanguage.
 */
export const EXTENSION_MESSAGES: Partial<Record<Language, Dictionary>> = {
  nb: { ...guideNb, ...nb },
  nn: { ...guideNn, ...nn },
  en: { ...guideEn, ...en },
};

/** Each loadable language's extension texts, in a chunk of its own beside the guide's. */
const OWN: Record<LoadableLanguage, () => Promise<ExtensionMessages>> = {
  uk: () => import('./uk').then((m) => m.uk),
  pl: () => import('./pl').then((m) => m.pl),
  ar: () => import('./ar').then((m) => m.ar),
};

/** Whether the popup can speak `lang` now. */
export const extensionSpeaks = (lang: Language): boolean => EXTENSION_MESSAGES[lang] !== undefined;

/** Loads the guide's and the extension's texts in `lang`, if they are not loaded yet. */
export async function loadExtensionLanguage(lang: Language): Promise<void> {
  if (extensionSpeaks(lang)) return;
  const [, own] = await Promise.all([loadLanguage(lang), OWN[lang as LoadableLanguage]()]);
  EXTENSION_MESSAGES[lang] = { ...(MESSAGES[lang] as Messages), ...own };
}

/** The text with its `[[…]]` marks, for MarkedText. */
export const tMarked = translator<ExtensionKey>(EXTENSION_MESSAGES);

/** `t` for the extension: every key of the guide, plus the extension's own, as plain text. */
export function t(lang: Language, key: ExtensionKey, vars?: Record<string, string | number>): string {
  return plainText(tMarked(lang, key, vars));
}
