import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { createOptionsModel } from '../../extension/options-model';
import { createSettingsStore } from '../../extension/settings-store';

const options = () => createOptionsModel({ browserLanguage: 'nb', store: createSettingsStore() });

describe('the options model', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('fills the form from the stored settings', async () => {
    await createSettingsStore().save({ municipality: '4601', audience: 'someone-else', firstRunDone: true });
    const model = options();
    await model.start();
    const form = model.form.value!;
    expect(form.chosen.value?.name).toBe('Bergen');
    expect(form.audience.value).toBe('someone-else');
    expect(form.language.value).toBe('nb');
  });

  it('saves all three settings, which also answers the popup’s first-use questions', async () => {
    const model = options();
    await model.start();
    const form = model.form.value!;
    form.query.value = 'Guovdageaidnu';
    form.choose(form.matches.value[0]!);
    form.chooseLanguage('en');
    form.audience.value = 'young';

    await model.save();

    expect(model.status.value).toBe('saved');
    expect(await createSettingsStore().load()).toEqual({
      municipality: '5612',
      language: 'en',
      audience: 'young',
      firstRunDone: true,
    });
  });

  it('deletes the settings and shows the defaults', async () => {
    await createSettingsStore().save({ municipality: '4601', language: 'en', firstRunDone: true });
    const model = options();
    await model.start();

    await model.clear();

    expect(model.status.value).toBe('cleared');
    expect(await fakeBrowser.storage.local.get()).toEqual({});
    expect(model.form.value?.municipality.value).toBeUndefined();
    expect(model.guide.lang.value).toBe('nb');
  });
});
