import { browser } from 'wxt/browser';
import { type Language, LANGUAGES } from '../../shared/schema/languages';
import type { PlanSettings } from './plan-model';

/** The settings' key in storage.local: SETTINGS_KEY of settings-store.ts, without WXT's `local:` prefix. */
export const SETTINGS_STORAGE_KEY = 'settings';

/**
 * The two settings the plan uses, read from the settings record without its full schema: that schema checks the
 * municipality against all 357 (4 KB gzip of this page's 30 KB budget). Here a language is one of LANGUAGES and a
 * municipality four digits; the plan looks it up, on demand, only when a new plan starts. Anything else gives no
 * setting. Never throws.
 */
export async function readPlanSettings(): Promise<PlanSettings> {
  try {
    const stored: unknown = (await browser.storage.local.get(SETTINGS_STORAGE_KEY))[SETTINGS_STORAGE_KEY];
    if (typeof stored !== 'object' || stored === null) return {};
    const { language, municipality } = stored as { language?: unknown; municipality?: unknown };
    return {
      ...(LANGUAGES.includes(language as Language) ? { lang: language as Language } : {}),
      ...(typeof municipality === 'string' && /^\d{4}$/.test(municipality) ? { municipality } : {}),
    };
  } catch (error) {
    console.warn('My plan: could not read the settings.', error);
    return {};
  }
}
