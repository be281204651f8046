import { describe, expect, it } from 'vitest';
import { languageFromTag } from '../../../shared/i18n/language-tag';

describe('languageFromTag', () => {
  it.each([
    ['no', 'nb'],
    ['nb', 'nb'],
    ['NB-no', 'nb'],
    ['nn', 'nn'],
    ['nn-NO', 'nn'],
    ['en', 'en'],
    ['en-US', 'en'],
    ['en_GB', 'en'],
    ['nob', 'nb'],
    ['nno', 'nn'],
    [' nn ', 'nn'],
    ['uk', 'uk'],
    ['uk-UA', 'uk'],
    ['pl-PL', 'pl'],
    ['pol', 'pl'],
    ['ar', 'ar'],
    ['ar-SY', 'ar'],
    ['ar-IQ', 'ar'],
    ['ru', undefined],
    ['se', undefined],
    ['sv-SE', undefined],
    ['', undefined],
  ])('reads %j as %s', (tag, expected) => {
    expect(languageFromTag(tag)).toBe(expected);
  });
});
