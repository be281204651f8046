import { describe, expect, it } from 'vitest';
import { en } from '../../../extension/i18n/safety-plan/en';
import { FIRST_PAINT } from '../../../extension/i18n/safety-plan/first-paint';
import { loadTexts, t } from '../../../extension/i18n/safety-plan/messages';
import { nb } from '../../../extension/i18n/safety-plan/nb';
import { nn } from '../../../extension/i18n/safety-plan/nn';

const dictionaries = { nb, nn, en };

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
    expect(Object.values(FIRST_PAINT).map((texts) => texts.title)).toEqual(['Min plan', 'Min plan', 'My plan']);
  });

  it('fills placeholders once a language is loaded, and shows the key before', async () => {
    expect(t('nn', 'crisis.progress', { n: 2, total: 5 })).toBe('crisis.progress');
    await loadTexts('nn');
    expect(t('nn', 'crisis.progress', { n: 2, total: 5 })).toBe('Steg 2 av 5');
  });
});
