import { describe, expect, it } from 'vitest';
import { languageFromBrowser } from '../../extension/browser-language';

describe('languageFromBrowser', () => {
  it.each([
    [['nb-NO', 'en'], 'nb'],
    [['nb'], 'nb'],
    [['no'], 'nb'],
    [['nn-NO', 'nb'], 'nn'],
    [['nn'], 'nn'],
    [['en-GB'], 'en'],
    [['en-US', 'nb'], 'en'],
    // The first language the guide speaks decides, even when it is not the first preference.
    [['sv-SE', 'nn', 'en'], 'nn'],
    [['de-DE', 'en-US'], 'en'],
    [['NB_no'], 'nb'],
    [['pl-PL'], 'pl'],
    [['uk-UA', 'ru'], 'uk'],
    [['ar-SY'], 'ar'],
    [['ru-RU', 'ar'], 'ar'],
    [['de-DE'], 'en'],
    [[], 'en'],
  ] as const)('reads %j as %s', (preferred, expected) => {
    expect(languageFromBrowser(preferred)).toBe(expected);
  });
});
