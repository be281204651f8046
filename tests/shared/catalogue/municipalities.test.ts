import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import {
  allMunicipalities,
  findMunicipalitiesByName,
  findMunicipalityByNumber,
  type Municipality,
} from '../../../shared/catalogue/municipalities';

// The source the generator read; comparing against it proves the compact encoding loses nothing we keep.
const sourceDir = fileURLToPath(new URL('../../../../shared/data/norway-geodata/', import.meta.url));
const readSource = <T>(file: string): T => JSON.parse(readFileSync(`${sourceDir}${file}`, 'utf8'));

interface SourceMunicipality {
  id: string;
  name: string;
  name_no: string;
  language: string;
  url: string;
}

const sourceMunicipalities = readSource<SourceMunicipality[]>('municipalities-2025.json');
const sourceCounties = readSource<{ id: string; name: string }[]>('counties-2025.json');
const writtenForms: Record<string, Municipality['writtenForm']> = { Bokmål: 'nb', Nynorsk: 'nn', Nøytral: 'neutral' };

/** What the table should hold for a municipality of the source. */
const fromSource = (source: SourceMunicipality) => ({
  number: source.id,
  name: source.name_no,
  ...(source.name === source.name_no ? {} : { samiName: source.name }),
  writtenForm: writtenForms[source.language],
  website: `https://${source.url}`,
  county: sourceCounties.find((county) => county.id === source.id.slice(0, 2))?.name,
});

const numbers = (found: readonly Municipality[]) => found.map((municipality) => municipality.number);

const garbage: [string, unknown][] = [
  ['an empty string', ''],
  ['blanks', '   '],
  ['a newline and a tab', '\n\t'],
  ['two digits', '12'],
  ['"0000"', '0000'],
  ['"9999"', '9999'],
  ['"zzzz"', 'zzzz'],
  ['markup', '<script>alert(1)</script>'],
  ['punctuation only', '%%%'],
  ['hyphens only', '---'],
  ['a NUL character', '\u0000'],
  ['Oslo 10,000 times over', 'Oslo'.repeat(10_000)],
  ['a million characters', 'x'.repeat(1_000_000)],
  ['null', null],
  ['undefined', undefined],
  ['a number', 301],
  ['NaN', Number.NaN],
  ['an object', {}],
  ['an array', ['0301']],
  ['an object that stringifies to Oslo', { toString: () => 'Oslo' }],
  ['a symbol', Symbol('Oslo')],
  ['a function', () => 'Oslo'],
];

describe('allMunicipalities', () => {
  it('lists all 357 municipalities, each number once', () => {
    const all = allMunicipalities();
    expect(all).toHaveLength(357);
    expect(new Set(numbers(all)).size).toBe(357);
    for (const number of numbers(all)) expect(number).toMatch(/^\d{4}$/);
  });

  it('decodes every municipality exactly as the source describes it', () => {
    const expected = sourceMunicipalities.map(fromSource);
    const decoded = [...allMunicipalities()].sort((a, b) => a.number.localeCompare(b.number));
    expect(decoded).toStrictEqual(expected.sort((a, b) => a.number.localeCompare(b.number)));
  });

  it('sorts by Norwegian name in Norwegian order, Æ Ø Å last', () => {
    const names = allMunicipalities().map((municipality) => municipality.name);
    expect(names).toStrictEqual([...names].sort(new Intl.Collator('nb').compare));
    expect(names.slice(0, 2)).toStrictEqual(['Alstahaug', 'Alta']);
    expect(names.at(-1)).toBe('Åsnes');
    expect(names.indexOf('Østre Toten')).toBeLessThan(names.indexOf('Ål'));
  });

  it('hands out frozen records, so no caller can change them for the next', () => {
    const oslo = findMunicipalityByNumber('0301');
    expect(Object.isFrozen(oslo)).toBe(true);
    expect(Object.isFrozen(allMunicipalities())).toBe(true);
  });
});

describe('findMunicipalityByNumber', () => {
  it('finds each municipality before the whole table is read, as the same record the table then holds', async () => {
    // A fresh copy of the module, in which nothing has decoded the table yet.
    vi.resetModules();
    const fresh = await import('../../../shared/catalogue/municipalities');
    const alone = sourceMunicipalities.map((source) => fresh.findMunicipalityByNumber(source.id));
    expect(alone).toStrictEqual(sourceMunicipalities.map(fromSource));
    const table = new Map(fresh.allMunicipalities().map((municipality) => [municipality.number, municipality]));
    for (const municipality of alone) expect(table.get(municipality?.number ?? '')).toBe(municipality);
  });

  it.each([
    ['0301', 'Oslo', 'Oslo'],
    ['4601', 'Bergen', 'Vestland'],
    ['5501', 'Tromsø', 'Troms'],
    ['5612', 'Kautokeino', 'Finnmark'],
    ['1580', 'Haram', 'Møre og Romsdal'],
    ['3301', 'Drammen', 'Buskerud'],
    ['3201', 'Bærum', 'Akershus'],
    [' 0301 ', 'Oslo', 'Oslo'],
  ])('finds %j: %s in %s', (number, name, county) => {
    expect(findMunicipalityByNumber(number)).toMatchObject({ number: number.trim(), name, county });
  });

  it.each([
    ['0301', 'neutral'],
    // The brief expected Nynorsk; the register has Bergen as neutral.
    ['4601', 'neutral'],
    ['4621', 'nn'],
    ['5612', 'nb'],
    ['1515', 'nn'],
    ['1818', 'nb'],
  ] as const)('gives %s the written form %s', (number, writtenForm) => {
    expect(findMunicipalityByNumber(number)?.writtenForm).toBe(writtenForm);
  });

  it.each([
    ['0301', 'https://www.oslo.kommune.no'],
    ['3201', 'https://www.baerum.kommune.no'],
    ['5501', 'https://www.tromso.kommune.no'],
    // The two hosts without www.
    ['1119', 'https://ha.kommune.no'],
    ['3207', 'https://nordre-follo.kommune.no'],
  ])('gives %s the website %s', (number, website) => {
    expect(findMunicipalityByNumber(number)?.website).toBe(website);
  });

  it.each([
    ['5612', 'Guovdageaidnu'],
    ['5610', 'Kárášjohka'],
    ['5041', 'Snåase'],
    ['0301', undefined],
  ])('gives %s the Sami name %s', (number, samiName) => {
    expect(findMunicipalityByNumber(number)?.samiName).toBe(samiName);
  });

  it.each([
    ...garbage,
    ['three digits', '301'],
    ['five digits', '03010'],
    ['full-width digits', '０３０１'],
    ['digits and a letter', '4601a'],
  ])('returns undefined for %s', (_, input) => {
    expect(findMunicipalityByNumber(input as never)).toBeUndefined();
  });
});

describe('findMunicipalitiesByName', () => {
  it.each([
    ['Guovdageaidnu', '5612'],
    ['kautokeino', '5612'],
    ['KAUTOKEINO', '5612'],
    ['TROMSØ', '5501'],
    ['tromso', '5501'],
    ['Tromsö', '5501'],
    ['Bergen', '4601'],
    ['Haram', '1580'],
    ['Drammen', '3301'],
    ['Bærum', '3201'],
    ['baerum', '3201'],
    ['Aurskog', '3226'],
    ['Høland', '3226'],
    ['aurskog holand', '3226'],
    ['Aurskog-Høland', '3226'],
    ['Karasjohka', '5610'],
    ['kárášjohka', '5610'],
    ['Sor-Fron', '3438'],
    ['Uvdal', '3338'],
    ['  oslo  ', '0301'],
  ])('puts the right municipality first for %j', (query, number) => {
    expect(findMunicipalitiesByName(query)[0]?.number).toBe(number);
  });

  it('finds every municipality by its own Norwegian name and Sami name', () => {
    for (const municipality of allMunicipalities()) {
      for (const name of [municipality.name, municipality.samiName ?? municipality.name]) {
        expect(numbers(findMunicipalitiesByName(name, 400))).toContain(municipality.number);
      }
    }
  });

  it.each([
    ['Kris', ['Kristiansand', 'Kristiansund']],
    ['Hol', ['Hol', 'Hole', 'Holmestrand', 'Holtålen', 'Aurskog-Høland']],
    ['Fron', ['Nord-Fron', 'Sør-Fron']],
    ['og', ['Evje og Hornnes', 'Nore og Uvdal']],
    ['Vågå', ['Vågå', 'Vågan']],
    ['Øst', ['Østre Toten', 'Osterøy', 'Indre Østfold']],
    [
      'Hø',
      [
        'Høyanger',
        'Høylandet',
        'Hol',
        'Hole',
        'Holmestrand',
        'Holtålen',
        'Horten',
        'Aurskog-Høland',
        'Evje og Hornnes',
      ],
    ],
  ])('orders %j: exact, then names that start with it (as typed first), then later words', (query, names) => {
    expect(findMunicipalitiesByName(query).map((municipality) => municipality.name)).toStrictEqual(names);
  });

  it('tells the two Herøys apart by number and county', () => {
    expect(findMunicipalitiesByName('Herøy').map(({ number, county }) => [number, county])).toStrictEqual([
      ['1515', 'Møre og Romsdal'],
      ['1818', 'Nordland'],
    ]);
  });

  it('returns ten by default and honours a limit', () => {
    expect(findMunicipalitiesByName('s')).toHaveLength(10);
    expect(findMunicipalitiesByName('s', 3)).toHaveLength(3);
    expect(findMunicipalitiesByName('s', 0)).toStrictEqual([]);
  });

  it.each([-1, 2.5, Number.NaN, Number.POSITIVE_INFINITY, '3'])('uses the default limit for %j', (limit) => {
    expect(findMunicipalitiesByName('s', limit as never)).toHaveLength(10);
  });

  it.each(garbage)('returns [] for %s without throwing', (_, input) => {
    expect(findMunicipalitiesByName(input as never)).toStrictEqual([]);
  });
});
