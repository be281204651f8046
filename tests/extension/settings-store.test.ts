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

  it('still reads, field by field, settings written by a newer version after a rollback', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    await fakeBrowser.storage.local.set({
      settings: { municipality: '0301', language: 'en', firstRunDone: true, safetyPlan: { enabled: true } },
      settings$: { v: SETTINGS_VERSION + 1 },
    });

    expect(await createSettingsStore().load()).toEqual({ municipality: '0301', language: 'en', firstRunDone: true });
    // WXT refuses to migrate downwards and says so; reading goes on with the value as it is.
    expect(error).toHaveBeenCalledWith('[@wxt-dev/storage] Migration failed for local:settings', expect.any(Error));
  });
});
