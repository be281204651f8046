import { storage } from 'wxt/utils/storage';
import { findMunicipalityByNumber } from '../shared/catalogue/municipalities';
import {
  DEFAULT_SETTINGS,
  parseSettings,
  SETTINGS_MIGRATIONS,
  SETTINGS_VERSION,
  type Settings,
} from '../shared/schema/settings-schema';

/** Settings from whatever storage holds, a municipality number kept only if it names a municipality today. */
export function readSettings(stored: unknown): Settings {
  return parseSettings(stored, (number) => findMunicipalityByNumber(number) !== undefined);
}

/** The storage key of the settings. `local:`, never `sync:`: settings stay in this browser. */
export const SETTINGS_KEY = 'local:settings';
/** Where WXT keeps the settings' version (`{ v }`), beside them. */
const SETTINGS_META_KEY = `${SETTINGS_KEY}$` as const;
/**
 * Where a settings record that cannot be read is kept aside, untouched, with the time it was found: the
 * person can still recover it by hand, and "Delete the settings" removes it.
 */
export const SET_ASIDE_KEY = 'local:settings-unreadable';

/** A settings record that could not be read, as it was found. */
export interface SetAsideRecord {
  settings: unknown;
  meta: unknown;
  /** When it was set aside, as an ISO date. */
  setAsideAt: string;
  /** The person has been told. */
  told: boolean;
}

export interface SettingsStore {
  /** The stored settings, validated; the defaults when nothing is stored or storage fails. Never throws. */
  load(): Promise<Settings>;
  save(settings: Settings): Promise<void>;
  /** Forgets everything the extension stored, a record kept aside included. */
  clear(): Promise<void>;
  /** Calls back with the validated settings when another page (popup, options) saves; returns the unwatch. */
  watch(callback: (settings: Settings) => void): () => void;
  /**
   * True once after a record that could not be read was kept aside, so that the page can say so; false on
   * every later call, from any page. Never throws.
   */
  takeSetAsideNotice(): Promise<boolean>;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Whether a stored record (each part null when absent) can be read: its value is an object (fields are then
 * read one by one) and its version, if any, is a whole number from 1 to this build's. A migration must never
 * start from another: WXT's, from -100000000, walked a hundred million versions (the popup froze for a
 * minute), and from a newer or fractional one it logged an error on every opening.
 */
export function isReadableSettingsRecord(value: unknown, meta: unknown): boolean {
  if (value !== null && !isRecord(value)) return false;
  if (meta === null) return true;
  if (!isRecord(meta)) return false;
  const version = meta.v ?? 1;
  return typeof version === 'number' && Number.isInteger(version) && version >= 1 && version <= SETTINGS_VERSION;
}

/** The record's version: a whole number from 1 to this build's (check with isReadableSettingsRecord first). */
function versionOf(meta: unknown): number {
  return isRecord(meta) && typeof meta.v === 'number' ? meta.v : 1;
}

/** Keeps a record that cannot be read aside, under its own key, and takes it out of the way. */
async function setAside(value: unknown, meta: unknown): Promise<void> {
  const record: SetAsideRecord = { settings: value, meta, setAsideAt: new Date().toISOString(), told: false };
  await storage.setItem(SET_ASIDE_KEY, record);
  await storage.removeItems([SETTINGS_KEY, SETTINGS_META_KEY]);
}

/**
 * Reads the stored record, checks its version and migrates it, in one pass over one read. The versioning is
 * WXT's format (`settings$: { v }`, no version read as 1), but not WXT's migration: that one starts when an
 * item is defined and reads storage itself, so a check made before it leaves a window in which a damaged
 * record reaches its unbounded loop (seen in the e2e test: a record written in that window froze the page).
 */
async function readRecord(): Promise<unknown> {
  const [value, meta] = (await storage.getItems([SETTINGS_KEY, SETTINGS_META_KEY])).map((item) => item.value);
  if (!isReadableSettingsRecord(value, meta)) {
    // A version with nothing under it: nothing to keep, but it must not stand beside the next save.
    if (value === null) await storage.removeItem(SETTINGS_META_KEY);
    else await setAside(value, meta);
    return null;
  }
  const from = versionOf(meta);
  if (value === null || from === SETTINGS_VERSION) return value;
  let migrated = value;
  try {
    // Bounded: from is checked to lie between 1 and SETTINGS_VERSION.
    for (let v = from + 1; v <= SETTINGS_VERSION; v++) migrated = SETTINGS_MIGRATIONS[v]?.(migrated) ?? migrated;
  } catch {
    await setAside(value, meta);
    return null;
  }
  await storage.setItems([
    { key: SETTINGS_KEY, value: migrated },
    { key: SETTINGS_META_KEY, value: { ...(isRecord(meta) ? meta : {}), v: SETTINGS_VERSION } },
  ]);
  return migrated;
}

/**
 * The settings in storage.local, validated once here at the edge: pages get typed Settings, never raw storage.
 * A function rather than a module-level object, so that importing a module does not touch storage.
 */
export function createSettingsStore(): SettingsStore {
  let read: Promise<unknown> | undefined;
  return {
    async load() {
      try {
        read = readRecord();
        return readSettings(await read);
      } catch (error) {
        // storage.local can fail (a full or corrupt profile); the guide works without settings.
        console.warn('Get help now: could not read the settings, using the defaults.', error);
        return DEFAULT_SETTINGS;
      }
    },
    async save(settings) {
      await storage.setItems([
        { key: SETTINGS_KEY, value: readSettings(settings) },
        { key: SETTINGS_META_KEY, value: { v: SETTINGS_VERSION } },
      ]);
    },
    async clear() {
      await storage.removeItems([SETTINGS_KEY, SETTINGS_META_KEY, SET_ASIDE_KEY]);
    },
    watch: (callback) => storage.watch<unknown>(SETTINGS_KEY, (value) => callback(readSettings(value))),
    async takeSetAsideNotice() {
      try {
        // After this page's own read, which may be the one that set the record aside.
        await read?.catch(() => undefined);
        const record = await storage.getItem<SetAsideRecord>(SET_ASIDE_KEY);
        if (!isRecord(record) || record.told !== false) return false;
        await storage.setItem(SET_ASIDE_KEY, { ...record, told: true });
        return true;
      } catch {
        return false;
      }
    },
  };
}
