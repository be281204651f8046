// Loads every language's texts at once, for faces that ship them all in one file (the widget) and for the
// tests: importing this module is what does it. The folders are found by their names: adding a language adds
// no line here.
import { LANGUAGES } from '../schema/languages';
import { byLanguage } from './folders';
import { addLanguagePack } from './messages';
import type { LanguagePack } from './pack';

/** Every language's texts, keyed by language. */
export const PACKS = byLanguage(
  import.meta.glob<LanguagePack>('./*/index.ts', { eager: true, import: 'pack' }),
  'index.ts',
);
for (const lang of LANGUAGES) addLanguagePack(lang, PACKS[lang]);
