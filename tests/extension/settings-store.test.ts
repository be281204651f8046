import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSettingsStore } from '../../extension/settings-store';
import { DEFAULT_SETTINGS, SETTINGS_MIGRATIONS, SETTINGS_VERSION } from '../../shared/schema/settings-schema';

const oslo = { municipality: '0301', language: 'nn', audience: 'young', firstRunDone: true } as const;

/** What storage.local holds, as another extension page or a newer version would have left it. */
const stored = () => fakeBrowser.storage.local.get();

describe('the settings store', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('starts from the defaults when nothing is stored', async () => {
    expect(await createSettingsStore().load()).toEqual(DEFAULT_SETTINGS);
  });

  it('reads back what it saved', async () => {
    await createSettingsStore().save(oslo);

    expect(await createSettingsStore().load()).toEqual(oslo);
  });

  it('keeps the settings in storage.local under one key, and nothing in sync', async () => {
    await createSettingsStore().save(oslo);

    expect(await stored()).toEqual({ settings: oslo, settings$: { v: SETTINGS_VERSION } });
    expect(await fakeBrowser.storage.sync.get()).toEqual({});
  });

  it.each([
    ['a string', 'Oslo'],
    ['a number', 301],
    ['an array', ['0301']],
    ['an object of the wrong shape', { kommune: 'Oslo', språk: 'nn' }],
  ])('gives the defaults, without throwing, when storage holds %s', async (_, value) => {
    await fakeBrowser.storage.local.set({ settings: value });

    expect(await createSettingsStore().load()).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps the good fields of a value that is partly corrupt', async () => {
    await fakeBrowser.storage.local.set({
      settings: { municipality: '9999', language: 'nn', audience: 'everyone', firstRunDone: true },
    });

    expect(await createSettingsStore().load()).toEqual({ language: 'nn', firstRunDone: true });
  });

  it('never writes a value that would not read back', async () => {
    // A caller that bypassed the types: the store validates on the way in too.
    await createSettingsStore().save({ municipality: '9999', firstRunDone: true, extra: 1 } as never);

    expect((await stored()).settings).toEqual({ firstRunDone: true });
  });

  it('gives the defaults when storage itself fails', async () => {
    const store = createSettingsStore();
    // Let WXT's own first reads (version check) finish; the failure under test is the settings read.
    await new Promise((resolve) => setTimeout(resolve));
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('The profile is corrupt'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});

    expect(await store.load()).toEqual(DEFAULT_SETTINGS);
    expect(warn).toHaveBeenCalledWith(
      'Get help now: could not read the settings, using the defaults.',
      expect.any(Error),
    );
  });

  it('forgets everything when cleared, and records the version again on the next save', async () => {
    const store = createSettingsStore();
    await store.save(oslo);

    await store.clear();
    expect(await stored()).toEqual({});
    expect(await store.load()).toEqual(DEFAULT_SETTINGS);

    await store.save({ firstRunDone: true });
    expect(await stored()).toEqual({ settings: { firstRunDone: true }, settings$: { v: SETTINGS_VERSION } });
  });

  it('tells a watcher, validated, what another page saved', async () => {
    const popup = createSettingsStore();
    const seen: unknown[] = [];
    const unwatch = popup.watch((settings) => seen.push(settings));

    await createSettingsStore().save(oslo);
    await fakeBrowser.storage.local.set({ settings: { municipality: 'Oslo', firstRunDone: true } });
    unwatch();
    await createSettingsStore().save(DEFAULT_SETTINGS);

    expect(seen).toEqual([oslo, { firstRunDone: true }]);
  });
});

describe('settings migrations', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('has one migration for every version after the first, and no other', () => {
    const expected = Array.from({ length: SETTINGS_VERSION - 1 }, (_, i) => i + 2);
    expect(Object.keys(SETTINGS_MIGRATIONS).map(Number)).toEqual(expected);
  });

  it('reads a value stored without a version as version 1 (WXT’s rule), through the schema', async () => {
    await fakeBrowser.storage.local.set({ settings: { municipality: '0301', language: 'en', firstRunDone: true } });

    const store = createSettingsStore();

    expect(await store.load()).toEqual({ municipality: '0301', language: 'en', firstRunDone: true });
    expect((await stored()).settings$).toBeUndefined();
  });

  it('keeps aside, whole, settings written by a newer version after a rollback, and starts clean', async () => {
    const error = vi.spyOn(console, 'error');
    const newer = { municipality: '0301', language: 'en', firstRunDone: true, safetyPlan: { enabled: true } };
    await fakeBrowser.storage.local.set({ settings: newer, settings$: { v: SETTINGS_VERSION + 1 } });

    expect(await createSettingsStore().load()).toEqual(DEFAULT_SETTINGS);
    expect(await stored()).toEqual({
      'settings-unreadable': {
        settings: newer,
        meta: { v: SETTINGS_VERSION + 1 },
        setAsideAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        told: false,
      },
    });
    expect(error).not.toHaveBeenCalled();
  });
});

describe('a settings record that cannot be read', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it.each<[string, unknown, unknown]>([
    ['a version far below the first', 12345, { v: -100000000 }],
    ['a version far below the first, with good settings', { firstRunDone: true }, { v: -100000000 }],
    ['version 0', { firstRunDone: true }, { v: 0 }],
    ['a newer version', { firstRunDone: true }, { v: 999 }],
    ['a fractional version', { firstRunDone: true }, { v: 1.5 }],
    ['a version that is a string', { firstRunDone: true }, { v: '1.5' }],
    ['a version record that is not an object', { firstRunDone: true }, 7],
    ['settings that are a number', 12345, undefined],
    ['settings that are a list', ['0301'], { v: 1 }],
  ])(
    'with %s: starts clean at once, without a console error, keeps the record aside and says so once',
    async (_, settings, meta) => {
      const error = vi.spyOn(console, 'error');
      const warn = vi.spyOn(console, 'warn');
      await fakeBrowser.storage.local.set(
        (meta === undefined ? { settings } : { settings, settings$: meta }) as Record<string, unknown>,
      );

      const popup = createSettingsStore();
      expect(await popup.load()).toEqual(DEFAULT_SETTINGS);
      expect((await stored())['settings-unreadable']).toMatchObject({ settings, meta: meta ?? null, told: false });
      expect(await popup.takeSetAsideNotice()).toBe(true);
      expect(await popup.takeSetAsideNotice()).toBe(false);
      // Told once in all: the options page, opened next, does not say it again.
      expect(await createSettingsStore().takeSetAsideNotice()).toBe(false);

      // The extension goes on as on a first install: what it saves reads back, with this build's version.
      await popup.save(oslo);
      expect(await createSettingsStore().load()).toEqual(oslo);
      expect((await stored()).settings$).toEqual({ v: SETTINGS_VERSION });
      expect(error).not.toHaveBeenCalled();
      expect(warn).not.toHaveBeenCalled();
    },
  );

  it('reads a good record as it is and keeps nothing aside', async () => {
    await fakeBrowser.storage.local.set({ settings: oslo, settings$: { v: SETTINGS_VERSION } });

    const store = createSettingsStore();
    expect(await store.load()).toEqual(oslo);
    expect(await store.takeSetAsideNotice()).toBe(false);
    expect(Object.keys(await stored())).toEqual(['settings', 'settings$']);
  });

  it('drops a bad version with no settings under it, so that the next save records a good one', async () => {
    await fakeBrowser.storage.local.set({ settings$: { v: -5 } });

    const store = createSettingsStore();
    expect(await store.load()).toEqual(DEFAULT_SETTINGS);
    await store.save(oslo);
    expect(await stored()).toEqual({ settings: oslo, settings$: { v: SETTINGS_VERSION } });
  });

  it('deletes the record kept aside when the settings are deleted', async () => {
    await fakeBrowser.storage.local.set({ settings: 'garbled', settings$: { v: 1 } });
    const store = createSettingsStore();
    await store.load();

    await store.clear();
    expect(await stored()).toEqual({});
    expect(await store.takeSetAsideNotice()).toBe(false);
  });
});
