import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Municipality } from '../../../shared/catalogue/municipalities';
import { searchMunicipalities } from '../../../shared/catalogue/municipality-search';
import { findMunicipalityByPostalCode } from '../../../shared/catalogue/postal-codes';

const sourceDir = fileURLToPath(new URL('../../../../shared/data/norway-geodata/', import.meta.url));
const sourcePostalCodes: { code: string; place: string; id: string }[] = JSON.parse(
  readFileSync(`${sourceDir}postal-codes-2026.json`, 'utf8'),
);

// Svalbard (2100) and Jan Mayen (2211) have postal codes but no municipality.
const territories = new Set(['2100', '2211']);

const numbers = (found: readonly Municipality[]) => found.map((municipality) => municipality.number);

const garbage: [string, unknown][] = [
  ['an empty string', ''],
  ['blanks', '   '],
  ['two digits', '12'],
  ['three digits', '150'],
  ['five digits', '01500'],
  ['"zzzz"', 'zzzz'],
  ['markup', '<script>alert(1)</script>'],
  ['digits and a letter', '0150a'],
  ['digits with a space inside', '01 50'],
  ['a negative number as text', '-150'],
  ['full-width digits', '０１５０'],
  ['a NUL character', '\u0000'],
  ['a million digits', '1'.repeat(1_000_000)],
  ['null', null],
  ['undefined', undefined],
  ['a number', 150],
  ['an object', {}],
  ['an array', ['0150']],
  ['an object that stringifies to 0150', { toString: () => '0150' }],
  ['a symbol', Symbol('0150')],
];

describe('findMunicipalityByPostalCode', () => {
  it('maps every postal code in the source to the same municipality, except Svalbard and Jan Mayen', () => {
    expect(sourcePostalCodes).toHaveLength(5121);
    const found = sourcePostalCodes.map(({ code }) => findMunicipalityByPostalCode(code)?.number);
    const expected = sourcePostalCodes.map(({ id }) => (territories.has(id) ? undefined : id));
    expect(found).toStrictEqual(expected);
    expect(found.filter((number) => number === undefined)).toHaveLength(8);
  });

  it.each([
    ['0150', '0301', 'Oslo'],
    ['0001', '0301', 'Oslo'],
    ['5003', '4601', 'Bergen'],
    ['9008', '5501', 'Tromsø'],
    ['9520', '5612', 'Kautokeino'],
    ['3015', '3301', 'Drammen'],
    [' 0150 ', '0301', 'Oslo'],
    ['\t0150\n', '0301', 'Oslo'],
  ])('maps %j to %s %s', (code, number, name) => {
    expect(findMunicipalityByPostalCode(code)).toMatchObject({ number, name });
  });

  it.each([
    ['9170', 'Longyearbyen'],
    ['9173', 'Ny-Ålesund'],
    ['8099', 'Jan Mayen'],
  ])('returns undefined for %s (%s), which belongs to no municipality', (code) => {
    expect(findMunicipalityByPostalCode(code)).toBeUndefined();
  });

  it.each([...garbage, ['an unused code', '0000'], ['another unused code', '9999']])(
    'returns undefined for %s',
    (_, input) => {
      expect(findMunicipalityByPostalCode(input as never)).toBeUndefined();
    },
  );
});

describe('searchMunicipalities', () => {
  it.each([
    ['0150', ['0301']],
    ['5003', ['4601']],
    ['4601', ['4601']],
    [' 4601 ', ['4601']],
    // Both a postal code in Oslo and Eigersund's number: the postal code first, since people know those.
    ['1101', ['0301', '1101']],
    ['Bergen', ['4601']],
    ['Guovdageaidnu', ['5612']],
    ['tromso', ['5501']],
    ['Kris', ['4204', '1505']],
    ['9170', []],
  ])('finds %j: %j', (query, expected) => {
    expect(numbers(searchMunicipalities(query))).toStrictEqual(expected);
  });

  it('honours a limit for digits as for names', () => {
    expect(numbers(searchMunicipalities('1101', 1))).toStrictEqual(['0301']);
    expect(numbers(searchMunicipalities('Kris', 1))).toStrictEqual(['4204']);
    expect(searchMunicipalities('0150', 0)).toStrictEqual([]);
  });

  it.each(garbage)('returns [] for %s without throwing', (_, input) => {
    expect(searchMunicipalities(input as never)).toStrictEqual([]);
  });
});
