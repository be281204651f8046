import { describe, expect, it } from 'vitest';
import { fullCatalogue } from '../../../shared/catalogue/service-details';
import { en as extensionEn } from '../../../extension/i18n/en';
import { nb as extensionNb } from '../../../extension/i18n/nb';
import { nn as extensionNn } from '../../../extension/i18n/nn';
import { en as optionsEn } from '../../../extension/i18n/options/en';
import { nb as optionsNb } from '../../../extension/i18n/options/nb';
import { nn as optionsNn } from '../../../extension/i18n/options/nn';
import { MESSAGES, t } from '../../../shared/i18n/messages';
import { type Language, LANGUAGES } from '../../../shared/schema/language-schema';

// The guide's dictionaries, the extension's and its options page's, checked alike.
const DICTIONARIES: Record<Language, Record<string, string>> = {
  nb: { ...MESSAGES.nb, ...extensionNb, ...optionsNb },
  nn: { ...MESSAGES.nn, ...extensionNn, ...optionsNn },
  en: { ...MESSAGES.en, ...extensionEn, ...optionsEn },
};
const keys = Object.keys(DICTIONARIES.nb);
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const allTexts = LANGUAGES.flatMap((lang) => [
  ...keys.map((k) => [lang, k, DICTIONARIES[lang][k] ?? ''] as const),
  ...fullCatalogue().flatMap((s) => [
    [lang, `${s.id}.name`, s.name[lang]] as const,
    [lang, `${s.id}.description`, s.description[lang]] as const,
  ]),
]);

describe('messages', () => {
  it.each(LANGUAGES)('%s has every key, none empty', (lang) => {
    expect(Object.keys(DICTIONARIES[lang]).sort()).toEqual([...keys].sort());
    for (const k of keys) expect(DICTIONARIES[lang][k]?.trim(), k).not.toBe('');
  });

  it.each(keys.flatMap((k) => [['nn', k] as const, ['en', k] as const]))(
    '%s %s has the same placeholders as nb',
    (lang, k) => {
      expect(placeholders(DICTIONARIES[lang][k] ?? '')).toEqual(placeholders(DICTIONARIES.nb[k] ?? ''));
    },
  );

  it('fills placeholders', () => {
    expect(t('en', 'contact.call', { number: '116 123' })).toBe('Call 116 123');
    expect(t('nn', 'open.opensAt', { day: 'måndag', time: '09:00' })).toBe('Stengt no. Opnar måndag kl. 09:00');
  });

  // Safe-messaging guidance: never "committed suicide", never method words.
  it.each(allTexts)('%s %s follows safe-messaging language', (_, __, text) => {
    expect(text).not.toMatch(
      /commit(ted)? suicide|begikk selvmord|begjekk sjølvmord|tok livet sitt|\boverdos|\bhang(ed|ing)\b|\bkutt|\bpills?\b|\bpiller\b|\bhenge\b/i,
    );
  });

  it.each(allTexts.filter(([lang]) => lang !== 'en'))(
    '%s %s keeps English words out of Norwegian text',
    (_, __, text) => {
      expect(text).not.toMatch(/\b(the|and|call|help|free)\b/);
    },
  );
});
