import { describe, expect, it, vi } from 'vitest';
import { createSettingsForm, SHOWN_MATCHES } from '../../extension/settings-form-model';

const fresh = () => createSettingsForm({ settings: { firstRunDone: false }, language: 'nb' });

describe('the settings form', () => {
  it.each([
    ['a postal code', '0150', ['Oslo']],
    ['a name', 'bergen', ['Bergen']],
    ['a Sami name', 'Guovdageaidnu', ['Kautokeino']],
  ])('finds a municipality by %s', async (_, query, names) => {
    const form = fresh();
    await form.postalCodesReady;
    form.query.value = query;
    expect(form.matches.value.map((m) => m.name)).toEqual(names);
  });

  it('finds municipalities by name and number while the postal codes are still loading', async () => {
    vi.resetModules();
    const { createSettingsForm: create } = await import('../../extension/settings-form-model');
    const form = create({ settings: { firstRunDone: false }, language: 'nb' });
    form.query.value = '4601';
    expect(form.matches.value.map((m) => m.name)).toEqual(['Bergen']);
    form.query.value = '5003'; // a postal code in Bergen, and no municipality's number
    expect(form.matches.value).toEqual([]);
    form.query.value = 'voss';
    expect(form.matches.value.map((m) => m.name)).toEqual(['Voss']);
    await form.postalCodesReady;
    form.query.value = '5003';
    expect(form.matches.value.map((m) => m.name)).toEqual(['Bergen']);
  });

  it('shows a few matches but counts them all', () => {
    const form = fresh();
    form.query.value = 'h';
    expect(form.matches.value.length).toBeGreaterThan(SHOWN_MATCHES);
    expect(form.shown.value).toHaveLength(SHOWN_MATCHES);
  });

  it('takes a chosen municipality and empties the search', async () => {
    const form = fresh();
    await form.postalCodesReady;
    form.query.value = '0150';
    const [oslo] = form.matches.value;
    form.choose(oslo!);
    expect(form.municipality.value).toBe('0301');
    expect(form.chosen.value?.name).toBe('Oslo');
    expect(form.query.value).toBe('');
    expect(form.shown.value).toEqual([]);
  });

  it('tells the page about a language at once, so it can switch before saving', () => {
    const onLanguage = vi.fn();
    const form = createSettingsForm({ settings: { firstRunDone: false }, language: 'nb', onLanguage });
    form.chooseLanguage('nn');
    expect(onLanguage).toHaveBeenCalledWith('nn');
    expect(form.language.value).toBe('nn');
  });

  it('gives its draft as settings, keeping the fields it does not show', () => {
    const base = { municipality: '4601', audience: 'young', firstRunDone: true } as const;
    const form = createSettingsForm({ settings: base, language: 'en' });
    form.clearMunicipality();
    expect(form.toSettings(base)).toEqual({ language: 'en', audience: 'young', firstRunDone: true });
  });
});
