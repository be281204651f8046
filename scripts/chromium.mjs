// Debian's Chromium driven by playwright-core: Playwright's own browser downloads are not reachable here.
// Shared by the e2e tests (tests/e2e/support/browser.ts) and the benchmarks (scripts/bench.mjs).
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// The sandbox cannot start as root in a container, and there is no GPU. Without the networking flags Chromium
// keeps retrying Google services on a machine with no network.
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

function executablePath() {
  if (!existsSync(chromiumPath)) {
    throw new Error(`No Chromium at ${chromiumPath}: run \`apt-get install chromium\` or set CHROMIUM_PATH.`);
  }
  return chromiumPath;
}

/** A headless Chromium. Launch one per test file: the machine has two cores. */
export async function launchBrowser() {
  return chromium.launch({ executablePath: executablePath(), headless: true, args: chromiumFlags });
}

const isExtensionWorker = (worker) => worker.url().startsWith('chrome-extension://');

/**
 * Chromium with the unpacked extension in `extensionDir` loaded into a fresh, temporary profile.
 * The extension id is read from the URL of its background service worker, so the extension must have one.
 */
export async function launchExtension(extensionDir) {
  const dir = path.resolve(extensionDir);
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(`No manifest.json in ${dir}: build the extension first (npm run build:extension).`);
  }
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'get-help-now-profile-'));
  const removeProfile = () => rm(userDataDir, { recursive: true, force: true });

  let context;
  try {
    // Chromium 132+ reads plain `--headless` (what headless: true passes) as the new headless mode, the one
    // that runs extensions; `--disable-extensions-except` overrides Playwright's default `--disable-extensions`.
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: executablePath(),
      headless: true,
      args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, ...chromiumFlags],
    });
  } catch (error) {
    await removeProfile();
    throw error;
  }
  const close = async () => {
    await context.close();
    await removeProfile();
  };

  try {
    const worker =
      context.serviceWorkers().find(isExtensionWorker) ??
      (await context.waitForEvent('serviceworker', { predicate: isExtensionWorker, timeout: 10_000 }));
    return { context, extensionId: new URL(worker.url()).host, close };
  } catch (error) {
    await close();
    throw new Error(`The extension in ${dir} started no background service worker.`, { cause: error });
  }
}
