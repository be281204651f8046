import { plainText } from '../../shared/i18n/marked-text';
import { addLanguage, type LanguagePack, type Messages, translator } from '../../shared/i18n/messages';
import { en as guideEn } from '../../shared/i18n/en';
import { nb as guideNb } from '../../shared/i18n/nb';
import type { Language } from '../../shared/schema/language-schema';
import { en } from './en';
import { type ExtensionMessages, nb } from './nb';

type Dictionary = Messages & ExtensionMessages;
export type ExtensionKey = keyof Dictionary;

/**
 * The guide's messages and the extension's own, for the popup and options pages, in the languages loaded so
 * far: nb and en open with the popup; the others come with loadExtensionLanguage.
 */
export const EXTENSION_MESSAGES: Partial<Record<Language, Dictionary>> = {
  nb: { ...guideNb, ...nb },
  en: { ...guideEn, ...en },
};

/** The languages the popup loads on demand, each in a chunk of its own; nb and en open with it. */
export type LoadableLanguage = Exclude<Language, 'nb' | 'en'>;

/** Each loadable language's guide package and extension texts, in one chunk (one request) per language. */
const PACKAGES: Record<LoadableLanguage, () => Promise<{ pack: LanguagePack; own: ExtensionMessages }>> = {
  nn: () => import('./languages/nn'),
  uk: () => import('./languages/uk'),
  pl: () => import('./languages/pl'),
  ar: () => import('./languages/ar'),
};

/** Whether the popup can speak `lang` now. */
export const extensionSpeaks = (lang: Language): boolean => EXTENSION_MESSAGES[lang] !== undefined;

/** Loads the guide's and the extension's texts in `lang`, if they are not loaded yet. */
export async function loadExtensionLanguage(lang: Language): Promise<void> {
  if (extensionSpeaks(lang)) return;
  const { pack, own } = await PACKAGES[lang as LoadableLanguage]();
  addLanguage(lang, pack);
  EXTENSION_MESSAGES[lang] = { ...pack.messages, ...own };
}

/** The text with its `[[…]]` marks, for MarkedText. */
export const tMarked = translator<ExtensionKey>(EXTENSION_MESSAGES);

/** `t` for the extension: every key of the guide, plus the extension's own, as plain text. */
export function t(lang: Language, key: ExtensionKey, vars?: Record<string, string | number>): string {
  return plainText(tMarked(lang, key, vars));
}
