import { describe, expect, it } from 'vitest';
import { gateLanguage } from '../../extension/language-gate';
import type { Language } from '../../shared/schema/language-schema';
import { createGuideModel } from '../../shared/ui/guide-model';

/** A loader whose languages arrive when the test says so. */
function loader(initially: Language[]) {
  const have = new Set<Language>(initially);
  const pending = new Map<Language, () => void>();
  return {
    speaks: (lang: Language) => have.has(lang),
    load: (lang: Language) =>
      new Promise<void>((resolve) => {
        pending.set(lang, () => {
          have.add(lang);
          resolve();
        });
      }),
    arrive: async (lang: Language) => {
      pending.get(lang)?.();
      await Promise.resolve();
      await Promise.resolve();
    },
  };
}

describe('gateLanguage', () => {
  it('keeps showing the language it has until the chosen one has arrived, then shows it', async () => {
    const guide = createGuideModel({ lang: 'en' });
    const languages = loader(['nb', 'en']);
    gateLanguage(guide, languages);
    guide.lang.value = 'ar';
    expect(guide.lang.value).toBe('en');
    await languages.arrive('ar');
    expect(guide.lang.value).toBe('ar');
  });

  it('lets the last choice win when an earlier one arrives late', async () => {
    const guide = createGuideModel({ lang: 'nb' });
    const languages = loader(['nb', 'en']);
    gateLanguage(guide, languages);
    guide.lang.value = 'uk';
    guide.lang.value = 'en';
    expect(guide.lang.value).toBe('en');
    await languages.arrive('uk');
    expect(guide.lang.value).toBe('en');
  });

  it('switches at once to a language it already has', () => {
    const guide = createGuideModel({ lang: 'nb' });
    gateLanguage(guide, loader(['nb', 'pl']));
    guide.lang.value = 'pl';
    expect(guide.lang.value).toBe('pl');
  });
});
