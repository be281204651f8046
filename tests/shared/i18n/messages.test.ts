import { describe, expect, it } from 'vitest';
import { PACKS } from '../../../shared/i18n/all-languages';
import { fullCatalogue } from '../../../shared/i18n/full-catalogue';
import { t } from '../../../shared/i18n/messages';
import { type Language, LANGUAGES } from '../../../shared/schema/language-schema';

const OPTIONS = import.meta.glob<Record<string, string>>('../../../extension/i18n/*/options.ts', {
  eager: true,
  import: 'messages',
});
const POPUP = import.meta.glob<Record<string, string>>('../../../extension/i18n/*/popup.ts', {
  eager: true,
  import: 'messages',
});

// The guide's dictionaries, the extension's and its options page's, checked alike.
const DICTIONARIES = {} as Record<Language, Record<string, string>>;
for (const lang of LANGUAGES) {
  const options = OPTIONS[`../../../extension/i18n/${lang}/options.ts`];
  const popup = POPUP[`../../../extension/i18n/${lang}/popup.ts`];
  DICTIONARIES[lang] = { ...PACKS[lang].messages, ...popup, ...options };
}
const keys = Object.keys(DICTIONARIES.nb);
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const allTexts = LANGUAGES.flatMap((lang) => [
  ...keys.map((k) => [lang, k, DICTIONARIES[lang][k] ?? ''] as const),
  ...fullCatalogue().flatMap((s) => [
    [lang, `${s.id}.name`, s.name[lang] ?? ''] as const,
    [lang, `${s.id}.description`, s.description[lang] ?? ''] as const,
  ]),
]);

describe('messages', () => {
  it('has a folder of texts for every language, and no folder for a language not in the list', () => {
    const folders = (glob: Record<string, unknown>) =>
      Object.keys(glob)
        .map((file) => file.split('/').at(-2))
        .sort();
    expect(folders(import.meta.glob('../../../shared/i18n/*/index.ts'))).toEqual([...LANGUAGES].sort());
    expect(folders(POPUP)).toEqual([...LANGUAGES].sort());
    expect(folders(OPTIONS)).toEqual([...LANGUAGES].sort());
  });

  it.each(LANGUAGES)('%s has every key, none empty', (lang) => {
    expect(Object.keys(DICTIONARIES[lang]).sort()).toEqual([...keys].sort());
    for (const k of keys) expect(DICTIONARIES[lang][k]?.trim(), k).not.toBe('');
  });

  it.each(keys.flatMap((k) => LANGUAGES.filter((lang) => lang !== 'nb').map((lang) => [lang, k] as const)))(
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

  it('gives plain text, without the marks around Norwegian names; t.marked keeps them', () => {
    expect(t('pl', 'reason.legevakt.cannotWait')).toContain('(legevakt)');
    expect(t('en', 'cost.user-fee')).toBe('User fee (egenandel)');
    expect(t.marked('en', 'cost.user-fee')).toBe('User fee ([[egenandel]])');
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

  // A Norwegian name inside another language is marked, so the face gives it lang="nb".
  it.each(allTexts.filter(([lang]) => lang !== 'nb' && lang !== 'nn'))(
    '%s %s marks the Norwegian names it keeps',
    (_, __, text) => {
      expect(text.replace(/\[\[.+?\]\]/g, '')).not.toMatch(
        /legevakt|fastleg|alarmtelefonen|rask psykisk|egenandel|pårørende|helsesykepleier|kommune\b|frisklivs|skolehelse/i,
      );
    },
  );

  it.each(allTexts.filter(([lang]) => lang === 'nb' || lang === 'nn'))(
    '%s %s keeps English words out of Norwegian text',
    (_, __, text) => {
      expect(text).not.toMatch(/\b(the|and|call|help|free)\b/);
    },
  );
});
