import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { createPopupModel } from '../../extension/popup-model';
import { createSettingsStore } from '../../extension/settings-store';

const now = () => new Date('2026-11-25T11:00:00Z');
const popup = () => createPopupModel({ browserLanguage: 'en', store: createSettingsStore(), now });
const storedSettings = async () => (await fakeBrowser.storage.local.get('settings')).settings;

describe('the popup model', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('shows only the strip, in the browser’s language, until storage answers', () => {
    const model = popup();
    expect(model.view.value).toBe('starting');
    expect(model.guide.lang.value).toBe('en');
  });

  it('asks the first-use questions when they were never answered', async () => {
    const model = popup();
    await model.start();
    expect(model.view.value).toBe('first-run');
  });

  it('opens on the guide with the stored municipality, language and audience', async () => {
    await createSettingsStore().save({ municipality: '0301', language: 'nn', audience: 'young', firstRunDone: true });
    const model = popup();
    await model.start();
    expect(model.view.value).toBe('guide');
    expect(model.guide.lang.value).toBe('nn');
    expect(model.guide.municipality.value).toBe('0301');
    expect(model.guide.stripHelpline.value).toBe('alarmtelefonen-116111');
  });

  it('saves the municipality and language chosen on first use, and does not ask again', async () => {
    const model = popup();
    await model.start();
    const form = model.form.value!;
    await form.postalCodesReady;
    form.query.value = '0150';
    form.choose(form.matches.value[0]!);
    form.chooseLanguage('nb');
    expect(model.guide.lang.value).toBe('nb');

    await model.save();

    expect(model.view.value).toBe('guide');
    expect(model.guide.municipality.value).toBe('0301');
    expect(await storedSettings()).toEqual({ municipality: '0301', language: 'nb', firstRunDone: true });
    const again = popup();
    await again.start();
    expect(again.view.value).toBe('guide');
  });

  it('keeps nothing from skipped questions but that they were skipped', async () => {
    const model = popup();
    await model.start();
    model.form.value!.chooseLanguage('nn');

    await model.skip();

    expect(model.view.value).toBe('guide');
    expect(model.guide.lang.value).toBe('en');
    expect(await storedSettings()).toEqual({ firstRunDone: true });
  });

  it('puts the stored language back when the settings are cancelled', async () => {
    await createSettingsStore().save({ language: 'nb', firstRunDone: true });
    const model = popup();
    await model.start();
    model.openSettings();
    expect(model.view.value).toBe('settings');
    model.form.value!.chooseLanguage('en');

    model.cancel();

    expect(model.view.value).toBe('guide');
    expect(model.guide.lang.value).toBe('nb');
    expect(await storedSettings()).toEqual({ language: 'nb', firstRunDone: true });
  });

  it('follows settings saved on the options page while it is open', async () => {
    await createSettingsStore().save({ firstRunDone: true });
    const model = popup();
    const unwatch = await model.start();

    await createSettingsStore().save({ municipality: '4601', language: 'nn', firstRunDone: true });
    await expect.poll(() => model.guide.municipality.value).toBe('4601');
    expect(model.guide.lang.value).toBe('nn');
    unwatch();
  });

  it('keeps the guide’s answers while the settings are open', async () => {
    await createSettingsStore().save({ firstRunDone: true });
    const model = popup();
    await model.start();
    model.guide.answer('urgency', 'now');
    model.guide.next();

    model.openSettings();
    model.cancel();

    expect(model.guide.answers.value).toEqual({ urgency: 'now' });
    expect(model.guide.position.value).toBe(1);
  });
});
