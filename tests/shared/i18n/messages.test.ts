import { describe, expect, it } from 'vitest';
import { fullCatalogue } from '../../../shared/catalogue/service-details';
import { ar as extensionAr } from '../../../extension/i18n/ar';
import { en as extensionEn } from '../../../extension/i18n/en';
import { nb as extensionNb } from '../../../extension/i18n/nb';
import { nn as extensionNn } from '../../../extension/i18n/nn';
import { pl as extensionPl } from '../../../extension/i18n/pl';
import { uk as extensionUk } from '../../../extension/i18n/uk';
import { ar as optionsAr } from '../../../extension/i18n/options/ar';
import { en as optionsEn } from '../../../extension/i18n/options/en';
import { nb as optionsNb } from '../../../extension/i18n/options/nb';
import { nn as optionsNn } from '../../../extension/i18n/options/nn';
import { pl as optionsPl } from '../../../extension/i18n/options/pl';
import { uk as optionsUk } from '../../../extension/i18n/options/uk';
import '../../../shared/i18n/all-languages';
import { serviceName } from '../../../shared/i18n/localize';
import { MESSAGES, t } from '../../../shared/i18n/messages';
import { type Language, LANGUAGES } from '../../../shared/schema/language-schema';

const guide = (lang: Language) => MESSAGES[lang] ?? {};

// The guide's dictionaries, the extension's and its options page's, checked alike.
const DICTIONARIES: Record<Language, Record<string, string>> = {
  nb: { ...guide('nb'), ...extensionNb, ...optionsNb },
  nn: { ...guide('nn'), ...extensionNn, ...optionsNn },
  en: { ...guide('en'), ...extensionEn, ...optionsEn },
  uk: { ...guide('uk'), ...extensionUk, ...optionsUk },
  pl: { ...guide('pl'), ...extensionPl, ...optionsPl },
  ar: { ...guide('ar'), ...extensionAr, ...optionsAr },
};
const keys = Object.keys(DICTIONARIES.nb);
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const allTexts = LANGUAGES.flatMap((lang) => [
  ...keys.map((k) => [lang, k, DICTIONARIES[lang][k] ?? ''] as const),
  ...fullCatalogue().flatMap((s) => [
    [lang, `${s.id}.name`, serviceName(s, lang).text] as const,
    ...(s.description[lang] === undefined ? [] : [[lang, `${s.id}.description`, s.description[lang]] as const]),
  ]),
]);
const OTHER_LANGUAGES = LANGUAGES.filter((lang) => lang !== 'nb');
const NOT_NORWEGIAN: readonly Language[] = LANGUAGES.filter((lang) => lang !== 'nb' && lang !== 'nn');

describe('messages', () => {
  it.each(LANGUAGES)('%s has every key, none empty', (lang) => {
    expect(Object.keys(DICTIONARIES[lang]).sort()).toEqual([...keys].sort());
    for (const k of keys) expect(DICTIONARIES[lang][k]?.trim(), k).not.toBe('');
  });

  it.each(LANGUAGES)('%s names every service in the catalogue, in its own language', (lang) => {
    for (const service of fullCatalogue()) {
      const name = serviceName(service, lang);
      expect(name.lang, service.id).toBe(lang);
      expect(name.text.trim(), service.id).not.toBe('');
    }
  });

  it.each(keys.flatMap((k) => OTHER_LANGUAGES.map((lang) => [lang, k] as const)))(
    '%s %s has the same placeholders as nb',
    (lang, k) => {
      expect(placeholders(DICTIONARIES[lang][k] ?? '')).toEqual(placeholders(DICTIONARIES.nb[k] ?? ''));
    },
  );

  it('fills placeholders', () => {
    expect(t('en', 'contact.call', { number: '116 123' })).toBe('Call 116 123');
    expect(t('nn', 'open.opensAt', { day: 'måndag', time: '09:00' })).toBe('Stengt no. Opnar måndag kl. 09:00');
    expect(t('ar', 'contact.call', { number: '116 123' })).toBe('اتصل بالرقم 116 123');
  });

  it('gives plain text, without the marks around Norwegian names', () => {
    expect(t('pl', 'reason.legevakt.cannotWait')).toContain('(legevakt)');
    expect(t('en', 'cost.user-fee')).toBe('User fee (egenandel)');
  });

  // Safe-messaging guidance: never "committed suicide", never method words, in any language.
  it.each(allTexts)('%s %s follows safe-messaging language', (_, __, text) => {
    expect(text).not.toMatch(
      /commit(ted)? suicide|begikk selvmord|begjekk sjølvmord|tok livet sitt|\boverdos|\bhang(ed|ing)\b|\bkutt|\bpills?\b|\bpiller\b|\bhenge\b/i,
    );
    // uk: "скоїв/вчинив самогубство", "покінчив із собою"; pl: "popełnić samobójstwo"; ar: "ارتكب الانتحار",
    // "انتحر"; and their method words (overdose, hanging, pills).
    expect(text).not.toMatch(
      /скої|вчини|покінчи|передоз|повіс|таблет|popełni|przedawk|powiesi|tablet|ارتكب|انتحر|جرعة زائدة|شنق|حبوب/i,
    );
  });

  it.each(allTexts.filter(([lang]) => lang === 'nb' || lang === 'nn'))(
    '%s %s keeps English words out of Norwegian text',
    (_, __, text) => {
      expect(text).not.toMatch(/\b(the|and|call|help|free)\b/);
    },
  );

  // A Norwegian name inside another language is marked, so the face gives it lang="nb".
  it.each(allTexts.filter(([lang]) => NOT_NORWEGIAN.includes(lang)))(
    '%s %s marks the Norwegian names it keeps',
    (_, __, text) => {
      const outside = text.replace(/\[\[.+?\]\]/g, '');
      expect(outside).not.toMatch(
        /legevakt|fastleg|alarmtelefonen|rask psykisk|egenandel|pårørende|helsesykepleier|kommune\b|frisklivs|skolehelse/i,
      );
    },
  );
});
