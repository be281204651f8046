// Types for chromium.mjs, so TypeScript tests can import it without allowJs.
import type { Browser, BrowserContext } from 'playwright-core';

export const chromiumFlags: readonly string[];

/** A headless Chromium. Launch one per test file: the machine has two cores. */
export function launchBrowser(): Promise<Browser>;

export interface LaunchedExtension {
  context: BrowserContext;
  /** The host of the extension's URLs: `chrome-extension://${extensionId}/popup.html`. */
  extensionId: string;
  /** Closes the browser and removes its temporary profile. */
  close(): Promise<void>;
}

/** Chromium with the unpacked extension in `extensionDir` loaded into a fresh, temporary profile. */
export function launchExtension(extensionDir: string): Promise<LaunchedExtension>;
