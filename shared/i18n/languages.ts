import type { Language } from '../schema/language-schema';
import { addLanguage, type LanguagePack, MESSAGES } from './messages';

/** The languages not built into every face; each comes from its own folder. */
export type LoadableLanguage = Exclude<Language, 'nb' | 'nn' | 'en'>;

/**
 * Each loadable language's package, imported on demand: the extension's popup opens with nb, nn and en only
 * (its 40 KB budget) and loads another language when a person's browser or choice asks for it.
 */
export const LANGUAGE_PACKS: Record<LoadableLanguage, () => Promise<LanguagePack>> = {
  uk: () => import('./uk/index').then((m) => m.pack),
  pl: () => import('./pl/index').then((m) => m.pack),
  ar: () => import('./ar/index').then((m) => m.pack),
};

/** Loads `lang`'s texts if they are not loaded yet; resolves when `t` speaks it. */
export async function loadLanguage(lang: Language): Promise<void> {
  if (MESSAGES[lang]) return;
  addLanguage(lang, await LANGUAGE_PACKS[lang as LoadableLanguage]());
}
