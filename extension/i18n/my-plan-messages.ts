import { plainText } from '../../shared/i18n/marked-text';
import type { ServiceNames } from '../../shared/i18n/pack';
import { FALLBACK_LANGUAGE, type Language } from '../../shared/schema/languages';
import type { messages as Reference, SafetyPlanMessages } from './nb/my-plan';

export type SafetyPlanKey = keyof typeof Reference;

interface PlanTexts {
  messages: SafetyPlanMessages;
}

// One language at a time (extension/i18n/<code>/my-plan.ts, found by name): the page shows one, and all of them
// together would not fit its budget (scripts/size-budget.mjs).
const FOLDERS = import.meta.glob<PlanTexts>('./*/my-plan.ts');
const loaded: Partial<Record<Language, PlanTexts>> = {};

// The catalogue's names, from the guide's language folders (shared/i18n/<code>/services.ts), only when a new plan
// starts with them: a plan already written holds its own copies.
const SERVICE_NAMES = import.meta.glob<ServiceNames>('../../shared/i18n/*/services.ts', { import: 'serviceNames' });
const names: Partial<Record<Language, ServiceNames>> = {};

/** Loads the catalogue's service names in `lang` (Bokmål's where that fails), for a new plan. */
export async function loadServiceNames(lang: Language): Promise<void> {
  if (names[lang]) return;
  const load = SERVICE_NAMES[`../../shared/i18n/${lang}/services.ts`];
  try {
    if (load) names[lang] = await load();
  } catch (error) {
    console.warn(`My plan: could not load the service names in ${lang}.`, error);
  }
  if (!names[lang] && lang !== FALLBACK_LANGUAGE) await loadServiceNames(FALLBACK_LANGUAGE);
}

/**
 * Loads a language's texts (a chunk of the extension's own package); `t` in that language works after it. A
 * language without its file, or whose chunk fails to load, reads Bokmål's.
 */
export async function loadTexts(lang: Language): Promise<void> {
  if (loaded[lang]) return;
  const load = FOLDERS[`./${lang}/my-plan.ts`];
  try {
    if (load) loaded[lang] = await load();
  } catch (error) {
    console.warn(`My plan: could not load the texts in ${lang}.`, error);
  }
  if (!loaded[lang] && lang !== FALLBACK_LANGUAGE) await loadTexts(FALLBACK_LANGUAGE);
}

const textsOf = (lang: Language) => loaded[lang] ?? loaded[FALLBACK_LANGUAGE];

/**
 * `t` for My plan: its own texts only, so the page does not ship the guide's. The page renders its texts only
 * after loadTexts; before that a key shows as itself.
 */
export function t(lang: Language, key: SafetyPlanKey, vars?: Record<string, string | number>): string {
  const text = textsOf(lang)?.messages[key] ?? key;
  // Placeholders as shared/i18n's translator fills them. Not that translator itself: importing its module
  // brings Bokmål's guide texts into this page's script, which must stay in its budget.
  return vars ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m)) : text;
}

/**
 * A catalogue service's name in `lang`, once loadServiceNames has loaded it; the id before. Plain text, without
 * the marks around Norwegian names (shared/i18n/marked-text.ts): a new plan holds it as the person's own text.
 */
export function serviceName(lang: Language, id: keyof ServiceNames): string {
  return plainText((names[lang] ?? names[FALLBACK_LANGUAGE])?.[id] ?? id);
}
