// Loads one language's texts when it is needed, each in a chunk of its own: for the extension's popup, whose
// opening budget (scripts/size-budget.mjs) would not hold every language. The folders are found by their
// names: adding a language adds no line here.
import type { Language } from '../schema/languages';
import { addLanguagePack, isLanguageLoaded } from './messages';
import type { LanguagePack } from './pack';

const folders = import.meta.glob<LanguagePack>(['./*/index.ts', '!./nb/index.ts'], { import: 'pack' });

const loading = new Map<Language, Promise<void>>();

/**
 * Resolves once `lang`'s texts are loaded; t() reads Bokmål for it until then. A chunk that fails to load
 * leaves Bokmål, and a later call tries again.
 */
export function loadLanguage(lang: Language): Promise<void> {
  const load = folders[`./${lang}/index.ts`];
  if (isLanguageLoaded(lang) || !load) return Promise.resolve();
  let promise = loading.get(lang);
  if (!promise) {
    promise = load().then(
      (pack) => addLanguagePack(lang, pack),
      () => {
        loading.delete(lang);
      },
    );
    loading.set(lang, promise);
  }
  return promise;
}
