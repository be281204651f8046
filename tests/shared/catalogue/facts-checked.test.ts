import { describe, expect, it } from 'vitest';
import { FACTS_CHECKED } from '../../../shared/catalogue/facts-checked';
import { SERVICE_DETAILS } from '../../../shared/catalogue/service-details';
import { formatDate } from '../../../shared/i18n/format-date';

describe('FACTS_CHECKED, the date in the guide’s footer', () => {
  it('is the oldest verification date in the catalogue, so no fact was checked before it', () => {
    const dates = Object.values(SERVICE_DETAILS).map((details) => details.verified);
    expect(dates.length).toBeGreaterThan(10);
    expect(FACTS_CHECKED).toBe([...dates].sort()[0]);
  });
});

describe('formatDate', () => {
  it.each([
    ['nb', '2026-11-22', '22. nov. 2026'],
    ['nn', '2026-03-01', '1. mars 2026'],
    ['en', '2026-11-22', '22 Nov 2026'],
    ['en', '2027-01-09', '9 Jan 2027'],
  ] as const)('writes a date in %s: %s → %s', (lang, iso, text) => {
    expect(formatDate(lang, iso)).toBe(text);
  });
});
