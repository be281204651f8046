import { describe, expect, it } from 'vitest';
import { FIRST_PAINT } from '../../../extension/i18n/my-plan-first-paint';
import { loadTexts, t } from '../../../extension/i18n/my-plan-messages';
import { messages as nb } from '../../../extension/i18n/nb/my-plan';
import { byLanguage } from '../../../shared/i18n/folders';

// Every language's folder, found by name as the page finds them: a language without its file fails here.
const files = import.meta.glob<Record<string, string>>('../../../extension/i18n/*/my-plan.ts', {
  eager: true,
  import: 'messages',
});
const dictionaries = byLanguage(
  Object.fromEntries(Object.entries(files).map(([file, texts]) => [file.replace(/^.*\/i18n\//, './'), texts])),
  'my-plan.ts',
);

describe('My plan’s texts', () => {
  it.each(Object.entries(dictionaries))('in %s have every key of nb, none empty', (_, dictionary) => {
    expect(Object.keys(dictionary).sort()).toEqual(Object.keys(nb).sort());
    for (const [key, text] of Object.entries(dictionary)) expect(text.trim(), key).not.toBe('');
  });

  it.each(Object.entries(dictionaries))('in %s never say suicide, nor name a method or a means', (lang, dictionary) => {
    const all = [...Object.values(dictionary), ...Object.values(FIRST_PAINT[lang as keyof typeof FIRST_PAINT])];
    for (const text of all) {
      expect(text).not.toMatch(/selvmord|sjølvmord|suicid|ta livet|kill/i);
      expect(text).not.toMatch(
        /pille|pill|tablett|medisin|medicine|kniv|knife|tau\b|rope|våpen|weapon|gun|bro\b|bridge/i,
      );
    }
  });

  it('keeps the tab’s title discreet in every language', () => {
    expect([FIRST_PAINT.nb.title, FIRST_PAINT.nn.title, FIRST_PAINT.en.title]).toEqual([
      'Min plan',
      'Min plan',
      'My plan',
    ]);
  });

  it('fills placeholders once a language is loaded, and shows the key before', async () => {
    expect(t('nn', 'crisis.progress', { n: 2, total: 5 })).toBe('crisis.progress');
    await loadTexts('nn');
    expect(t('nn', 'crisis.progress', { n: 2, total: 5 })).toBe('Steg 2 av 5');
  });
});
