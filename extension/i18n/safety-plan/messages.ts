import { translator } from '../../../shared/i18n/messages';
import type { Language } from '../../../shared/schema/language-schema';
import type { nb as Reference, SafetyPlanMessages } from './nb';

export type SafetyPlanKey = keyof typeof Reference;

// One language at a time: the page shows one, and the three together were 3 KB gzip of its 30 KB budget.
const LOADERS: Record<Language, () => Promise<SafetyPlanMessages>> = {
  nb: () => import('./nb').then((m) => m.nb),
  nn: () => import('./nn').then((m) => m.nn),
  en: () => import('./en').then((m) => m.en),
};
const loaded: Partial<Record<Language, SafetyPlanMessages>> = {};

/** Loads a language's texts (a chunk of the extension's own package); `t` in that language works after it. */
export async function loadTexts(lang: Language): Promise<void> {
  loaded[lang] ??= await LOADERS[lang]();
}

/**
 * `t` for My plan: its own texts only, so the page does not ship the guide's. A language is used once loadTexts
 * has loaded it; before that the key itself shows, which the page never lets happen (it renders after loading).
 */
export function t(lang: Language, key: SafetyPlanKey, vars?: Record<string, string | number>): string {
  const dictionary = loaded[lang];
  if (!dictionary) return key;
  return translator({ [lang]: dictionary } as Record<Language, SafetyPlanMessages>)(lang, key, vars);
}
