import { describe, expect, it } from 'vitest';
import type { Rgb } from '../../widget/accent';
import { type Attributes, type PageContext, parseConfig } from '../../widget/attributes';

const COLOURS: Record<string, Rgb> = {
  '#1d4f91': [0x1d, 0x4f, 0x91],
  rebeccapurple: [102, 51, 153],
  gold: [255, 215, 0],
  '#000': [0, 0, 0],
};

/** A page in Bokmål at https://kommune.example/helse/, with a browser that knows a few colours. */
function page(overrides: Partial<PageContext> = {}): PageContext {
  return {
    inheritedLangs: [],
    baseUrl: 'https://kommune.example/helse/',
    resolveColor: (value) => COLOURS[value.toLowerCase()],
    ...overrides,
  };
}

const parse = (attributes: Attributes, context = page()) => parseConfig(attributes, context);

describe('parseConfig', () => {
  it('gives every default for an element without attributes, and no warnings', () => {
    expect(parse({})).toEqual({
      config: {
        language: 'nb',
        municipality: undefined,
        view: 'guide',
        audience: undefined,
        theme: 'light',
        accent: undefined,
        services: undefined,
        headingLevel: 2,
      },
      warnings: [],
    });
  });

  it.each([
    ['data-view', 'button', { view: 'button' }],
    ['data-view', ' STRIP ', { view: 'strip' }],
    ['data-for', 'someone-else', { audience: 'someone-else' }],
    ['data-for', 'young', { audience: 'young' }],
    ['data-theme', 'dark', { theme: 'dark' }],
    ['data-theme', 'Auto', { theme: 'auto' }],
    ['data-heading-level', '3', { headingLevel: 3 }],
    ['data-municipality', '4601', { municipality: '4601' }],
    ['data-municipality', 'Bergen', { municipality: '4601' }],
    ['data-municipality', 'tromso', { municipality: '5501' }],
    ['data-municipality', 'Guovdageaidnu', { municipality: '5612' }],
    ['data-municipality', 'aurskog holand', { municipality: '3226' }],
    ['data-services', 'services.json', { services: 'https://kommune.example/helse/services.json' }],
    ['data-services', 'http://localhost:8080/s.json', { services: 'http://localhost:8080/s.json' }],
  ] as const)('reads %s="%s"', (name, value, expected) => {
    const { config, warnings } = parse({ [name]: value });
    expect(config).toMatchObject(expected);
    expect(warnings).toEqual([]);
  });

  it.each([
    ['data-view', 'carousel', '[get-help-now] data-view="carousel" is not one of guide, button, strip; using "guide".'],
    [
      'data-for',
      'me',
      '[get-help-now] data-for="me" is not one of self, someone-else, young; using none (the guide asks).',
    ],
    ['data-theme', 'neon', '[get-help-now] data-theme="neon" is not one of light, dark, auto; using "light".'],
    ['data-lang', 'de', '[get-help-now] data-lang="de" is not one of nb, nn, en, uk, pl, ar; using "nb".'],
    ['data-heading-level', '7', '[get-help-now] data-heading-level="7" is not a heading level from 1 to 6; using "2".'],
    ['data-municipality', '9999', '[get-help-now] data-municipality="9999" is not a municipality number; using none.'],
    [
      'data-municipality',
      'Herøy',
      '[get-help-now] data-municipality="Herøy" could be 1515 Herøy or 1818 Herøy (give the number); using none.',
    ],
    [
      'data-municipality',
      'Berg',
      '[get-help-now] data-municipality="Berg" is not a municipality name (did you mean 4601 Bergen?); using none.',
    ],
    [
      'data-municipality',
      'Atlantis',
      '[get-help-now] data-municipality="Atlantis" is not a municipality number or name; using none.',
    ],
    ['data-accent', 'banana', '[get-help-now] data-accent="banana" is not a CSS colour; using the default accent.'],
    [
      'data-accent',
      'gold',
      '[get-help-now] data-accent="gold" has a contrast of 1.4:1 with the light background, below the 4.5:1 that ' +
        'text needs; using the default accent in the light theme.',
    ],
    [
      'data-services',
      'javascript:alert(1)',
      '[get-help-now] data-services="javascript:alert(1)" is not an http(s) URL; showing the national services only.',
    ],
  ] as const)('warns once about %s="%s" and uses the default', (name, value, message) => {
    const { config, warnings } = parse({ [name]: value });
    expect(warnings).toEqual([message]);
    expect(config).toMatchObject({ view: 'guide', theme: 'light', headingLevel: 2, language: 'nb' });
  });

  it('cuts a huge value short in the warning', () => {
    const { warnings } = parse({ 'data-view': 'x'.repeat(100_000) });
    expect(warnings).toEqual([
      `[get-help-now] data-view="${'x'.repeat(59)}…" is not one of guide, button, strip; using "guide".`,
    ]);
  });

  it('quotes a value with quotes and markup as JSON would, so the warning cannot be misread', () => {
    const { warnings } = parse({ 'data-theme': '"><img src=x onerror=alert(1)>' });
    expect(warnings).toEqual([
      '[get-help-now] data-theme="\\"><img src=x onerror=alert(1)>" is not one of light, dark, auto; using "light".',
    ]);
  });

  it('treats empty attributes as absent', () => {
    expect(parse({ 'data-view': '', 'data-lang': '  ', 'data-accent': '' })).toEqual(parse({}));
  });

  it('reports every bad attribute, each once', () => {
    const { warnings } = parse({ 'data-view': 'x', 'data-theme': 'y', 'data-for': 'z' });
    expect(warnings.map((w) => w.split('=')[0])).toEqual([
      '[get-help-now] data-view',
      '[get-help-now] data-for',
      '[get-help-now] data-theme',
    ]);
  });
});

describe('the language', () => {
  it.each([
    // [data-lang, inherited lang attributes (nearest first), data-municipality, expected]
    ['nn', ['en'], '0301', 'nn'],
    ['EN', [], undefined, 'en'],
    ['nb-NO', [], undefined, 'nb'],
    [undefined, ['en-GB', 'nb'], undefined, 'en'],
    [undefined, ['nn-NO'], '0301', 'nn'],
    [undefined, ['no'], '4621', 'nb'],
    [undefined, ['de', 'en-US'], undefined, 'en'],
    [undefined, ['se', ''], '4621', 'nn'],
    [undefined, [], '4621', 'nn'],
    [undefined, [], 'Voss', 'nn'],
    [undefined, [], '4601', 'nb'],
    [undefined, [], '0301', 'nb'],
    [undefined, [], undefined, 'nb'],
    ['sv', ['en'], undefined, 'en'],
  ])('data-lang=%s inside lang=%j in municipality %s speaks %s', (dataLang, inherited, municipality, expected) => {
    const attributes: Attributes = { 'data-lang': dataLang, 'data-municipality': municipality };
    expect(parse(attributes, page({ inheritedLangs: inherited })).config.language).toBe(expected);
  });

  it('names the language it falls back to when data-lang is not one it speaks', () => {
    const { warnings } = parse({ 'data-lang': 'sv', 'data-municipality': '4621' });
    expect(warnings).toEqual(['[get-help-now] data-lang="sv" is not one of nb, nn, en, uk, pl, ar; using "nn".']);
  });
});

describe('the accent', () => {
  it('resolves the colour and picks white or black text on it, whichever reads better', () => {
    expect(parse({ 'data-accent': '#1d4f91' }).config.accent).toMatchObject({
      color: 'rgb(29 79 145)',
      onAccent: '#ffffff',
    });
    expect(parse({ 'data-accent': 'gold', 'data-theme': 'dark' }).config.accent).toMatchObject({
      color: 'rgb(255 215 0)',
      onAccent: '#000000',
    });
  });

  it('warns for each theme of auto where the accent is not legible', () => {
    expect(parse({ 'data-accent': 'rebeccapurple', 'data-theme': 'auto' }).warnings).toEqual([
      '[get-help-now] data-accent="rebeccapurple" has a contrast of 2.1:1 with the dark background, below the ' +
        '4.5:1 that text needs; using the default accent in the dark theme.',
    ]);
  });
});
