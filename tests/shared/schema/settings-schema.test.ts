import { describe, expect, it } from 'vitest';
import { findMunicipalityByNumber } from '../../../shared/catalogue/municipalities';
import { DEFAULT_SETTINGS, parseSettings as parseWith } from '../../../shared/schema/settings-schema';

// As the extension reads them (readSettings): with the catalogue saying which numbers name a municipality.
const parseSettings = (stored: unknown) =>
  parseWith(stored, (number) => findMunicipalityByNumber(number) !== undefined);

describe('parseSettings', () => {
  it('keeps valid settings as they are', () => {
    const settings = { municipality: '0301', language: 'nn', audience: 'young', firstRunDone: true } as const;
    expect(parseSettings(settings)).toEqual(settings);
  });

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a string', 'settings'],
    ['a number', 42],
    ['an array', [{ municipality: '0301' }]],
    ['an empty object', {}],
  ])('gives the defaults for %s', (_, stored) => {
    expect(parseSettings(stored)).toEqual(DEFAULT_SETTINGS);
  });

  it.each([
    ['a number that names no municipality', { municipality: '9999' }, { language: 'en', firstRunDone: true }],
    ['a municipality number as a number', { municipality: 301 }, { language: 'en', firstRunDone: true }],
    ['a municipality name', { municipality: 'Oslo' }, { language: 'en', firstRunDone: true }],
    ['an audience it does not know', { audience: 'everyone' }, { language: 'en', firstRunDone: true }],
    ['a language the guide does not speak', { language: 'de' }, { firstRunDone: true }],
    ['first-run done as text', { firstRunDone: 'yes' }, { language: 'en', firstRunDone: false }],
  ])('drops %s and keeps the other fields', (_, bad, expected) => {
    expect(parseSettings({ language: 'en', firstRunDone: true, ...bad })).toEqual(expected);
  });

  it('drops fields it does not know, so nothing unlisted is kept', () => {
    expect(parseSettings({ municipality: '0301', firstRunDone: true, history: ['searches'] })).toEqual({
      municipality: '0301',
      firstRunDone: true,
    });
  });

  it('leaves absent fields out rather than storing them as undefined', () => {
    expect(Object.keys(parseSettings({ firstRunDone: true, language: 'de' }))).toEqual(['firstRunDone']);
  });
});
