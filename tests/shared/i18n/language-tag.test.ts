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
    ['se', undefined],
    ['sv-SE', undefined],
    ['', undefined],
  ])('reads %j as %s', (tag, expected) => {
    expect(languageFromTag(tag)).toBe(expected);
  });
});
