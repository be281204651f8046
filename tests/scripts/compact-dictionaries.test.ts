import { describe, expect, it } from 'vitest';
import { packTexts } from '../../scripts/compact-dictionaries.mjs';
import { PACKS } from '../../shared/i18n/all-languages';
import { fromValues, unpack } from '../../shared/i18n/from-values';
import { type LANGUAGES } from '../../shared/schema/languages';

const textsOf = (lang: (typeof LANGUAGES)[number]) => [
  ...Object.values(PACKS[lang].messages),
  ...Object.values(PACKS[lang].serviceNames),
];

describe('packTexts', () => {
  it.each(['uk', 'ar'] as const)('packs %s one byte a letter, and unpacks to the very same texts', (lang) => {
    const texts = textsOf(lang);
    const pack = packTexts(texts);
    expect(pack).toBeDefined();
    const { table, packed } = pack!;
    expect(packed.map((text) => unpack(text, table))).toEqual(texts);
    // Nearly every character is ASCII now: only the rarest letters, past the table's 52, are not.
    const all = packed.join('');
    expect([...all].filter((c) => c > '\x7f').length / all.length).toBeLessThan(0.01);
  });

  it.each(['nb', 'nn', 'en', 'pl'] as const)('leaves %s, written in Latin letters, as it is', (lang) => {
    expect(packTexts(textsOf(lang))).toBeUndefined();
  });

  it('keeps Latin names and placeholders literal between ~', () => {
    const pack = packTexts(['Зателефонувати: {number}', 'Черговий медпункт ([[legevakt]])', 'ччч']);
    expect(pack?.packed[0]).toMatch(/: \{~number\}~$/);
    expect(pack?.packed[1]).toMatch(/\(\[\[~legevakt\]\]\)~$/);
  });

  it('refuses a text that holds the ~ it packs with', () => {
    expect(() => packTexts(['а~б'])).toThrow(/~/);
  });
});

describe('fromValues', () => {
  it('pairs keys with texts, unpacking them with a table', () => {
    expect(fromValues(['a', 'b'], ['x', 'y'])).toEqual({ a: 'x', b: 'y' });
    expect(fromValues(['a'], ['AB ~SMS~'], 'пр')).toEqual({ a: 'пр SMS' });
  });
});
