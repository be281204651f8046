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

/** The one storage key the extension writes. `local:`, never `sync:`: settings stay in this browser. */
export const SETTINGS_KEY = 'local:settings';

export interface SettingsStore {
  /** The stored settings, validated; the defaults when nothing is stored or storage fails. Never throws. */
  load(): Promise<Settings>;
  save(settings: Settings): Promise<void>;
  /** Forgets everything the extension stored. */
  clear(): Promise<void>;
  /** Calls back with the validated settings when another page (popup, options) saves; returns the unwatch. */
  watch(callback: (settings: Settings) => void): () => void;
}

/**
 * The settings in storage.local, validated once here at the edge: pages get typed Settings, never raw storage.
 * A function rather than a module-level item, because defining the item starts its migration at once, and
 * importing a module should not touch storage.
 */
export function createSettingsStore(): SettingsStore {
  // Typed unknown: what storage holds is whatever was written, by any version, until readSettings says otherwise.
  const define = () =>
    storage.defineItem<unknown>(SETTINGS_KEY, {
      fallback: DEFAULT_SETTINGS,
      version: SETTINGS_VERSION,
      migrations: SETTINGS_MIGRATIONS,
    });
  let item = define();
  return {
    async load() {
      try {
        return readSettings(await item.getValue());
      } catch (error) {
        // storage.local can fail (a full or corrupt profile); the guide works without settings.
        console.warn('Get help now: could not read the settings, using the defaults.', error);
        return DEFAULT_SETTINGS;
      }
    },
    save: (settings) => item.setValue(readSettings(settings)),
    async clear() {
      await item.removeValue({ removeMeta: true });
      // A fresh item writes the version beside the next value again, as on a first install.
      item = define();
    },
    watch: (callback) => item.watch((value) => callback(readSettings(value))),
  };
}
