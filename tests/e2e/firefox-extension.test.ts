// The built Firefox extension (dist/firefox-mv3, from `npm run build`) in Firefox ESR: its popup and options
// pages, opened as pages of the installed add-on. Firefox's UI speaks en-US here, so the pages start in English.
// Its quirks (no load event, errors only on Firefox's stdout): ../shared/TESTING-ENGINES.md.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { axeViolations, launchFirefox, puppeteerDriver } from './support/engines';

// The extension API inside the pages, as far as these tests use it. Reached through globalThis: WXT's test
// plugin turns a bare `browser` into an import, which a function sent to the page cannot have.
interface InPage {
  browser: {
    storage: {
      local: {
        get(): Promise<Record<string, unknown>>;
        set(items: Record<string, unknown>): Promise<void>;
        clear(): Promise<void>;
      };
    };
  };
}

const extensionDir = path.resolve(import.meta.dirname, '../../dist/firefox-mv3');
const manifest = JSON.parse(readFileSync(path.join(extensionDir, 'manifest.json'), 'utf8'));
/** Chosen here, so that the pages' addresses are known before the add-on is installed. */
const UUID = '3b7c4f1e-2d5a-4c8b-9f0e-1a2b3c4d5e6f';
const url = (file: string) => `moz-extension://${UUID}/${file}`;

let firefox: Browser;
let output: string[];
let page: Page;
let seen = 0;

beforeAll(async () => {
  ({ browser: firefox, output } = await launchFirefox(
    {
      'extensions.webextensions.uuids': JSON.stringify({ [manifest.browser_specific_settings.gecko.id]: UUID }),
      // Extension pages' console and errors reach no client event: Firefox prints them instead.
      'devtools.console.stdout.content': true,
    },
    // Firefox 153 refuses WebDriver navigation to moz-extension:// without it.
    ['--remote-allow-system-access'],
  ));
  await firefox.installExtension(extensionDir);
});

afterAll(async () => {
  await firefox?.close();
});

/** Opens an extension page and waits for its emergency strip (no load event is reported for these pages). */
async function open(file: string) {
  await page.goto(url(file), { waitUntil: 'networkidle0' });
  await page.waitForFunction(
    (name: string) => location.href.endsWith(name) && document.querySelector('.ghn-strip a'),
    {},
    file,
  );
}

beforeEach(async () => {
  page = await firefox.newPage();
  page.setDefaultTimeout(20_000);
  await page.setViewport({ width: 380, height: 600 });
  // Every test starts as a first use: nothing stored.
  await open('popup.html');
  await page.evaluate(() => (globalThis as unknown as InPage).browser.storage.local.clear());
  await open('popup.html');
  seen = output.length;
});

afterEach(async () => {
  await page.close();
  // What the extension's pages logged: an error or warning of ours, or an uncaught error in our files.
  const ours = output
    .slice(seen)
    .filter((line) => /^console\.(error|warn):/.test(line) || /JavaScript (error|warning): moz-extension:/.test(line));
  expect(ours).toEqual([]);
});

const text = (selector: string) => page.$eval(selector, (el) => el.textContent?.trim() ?? '');
const stripLinks = () => page.$$eval('.ghn-strip a', (links) => links.map((a) => a.getAttribute('href') ?? ''));
/** Clicks the button whose text is exactly `name`. */
async function button(name: string) {
  const handle = await page.waitForSelector(`::-p-text(${name})`);
  await handle?.click();
}
const noViolations = async () => expect(await axeViolations(puppeteerDriver(page, async () => {}))).toEqual([]);

describe('the Firefox popup', () => {
  it('shows 113 and 116 117 first, asks for the municipality, and walks the guide to the results', async () => {
    expect(await stripLinks()).toEqual(['tel:113', 'tel:116117', 'tel:116123']);
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Make the help fit');
    await noViolations();

    await page.type('input[type="search"]', '0150');
    await button('Oslo');
    await button('Save');
    await page.waitForFunction(() => document.querySelector('.ext-bar')?.textContent?.includes('Oslo'));
    await page.click('label:has(> input[value="no"])');
    await button('Show help now');
    await page.waitForSelector('.ghn-results .ghn-step');
    const steps = await page.$$eval('.ghn-step', (all) => all.map((s) => s.getAttribute('data-service')));
    expect(steps).toContain('kommunal-psykisk-helsetjeneste');
    // The strip shows 113 already; the list does not repeat it as "if it gets worse".
    expect(steps).not.toContain('emergency-113');
    // The municipal door leads to the chosen municipality's site.
    expect(await page.$eval('.ghn-step__municipality a', (a) => a.getAttribute('href'))).toBe(
      'https://www.oslo.kommune.no',
    );
    expect(await text('h2.ghn-guide__heading')).toBe('Where you can get help');
    await noViolations();

    // Kept after the popup is closed and opened again.
    await open('popup.html');
    await page.waitForFunction(() => document.querySelector('.ext-bar')?.textContent?.includes('Municipality: Oslo'));
  });

  it('with a damaged settings record, starts clean at once and says so once', async () => {
    await page.evaluate(() =>
      (globalThis as unknown as InPage).browser.storage.local.set({ settings: 12345, settings$: { v: -100000000 } }),
    );
    await open('popup.html');
    await page.waitForFunction(() => document.body.textContent?.includes('Your saved settings could not be read'));
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Make the help fit');
    await button('Skip');
    await open('popup.html');
    await page.waitForSelector('.ext-bar');
    expect(await page.evaluate(() => document.body.textContent?.includes('could not be read'))).toBe(false);
  });
});

describe('the Firefox options page', () => {
  it('saves the settings, says what is stored, and deletes them', async () => {
    await page.setViewport({ width: 800, height: 800 });
    await open('options.html');
    await page.waitForSelector('input[type="search"]');
    await noViolations();

    await page.type('input[type="search"]', '5003');
    await button('Bergen');
    await page.click('label:has(> input[value="young"])');
    await button('Save');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[role="status"]')].some((s) => s.textContent === 'Settings saved.'),
    );
    expect(await page.evaluate(() => (globalThis as unknown as InPage).browser.storage.local.get())).toMatchObject({
      settings: { municipality: '4601', audience: 'young', firstRunDone: true },
    });
    expect(await text('main')).toContain('Nothing leaves your device.');

    await button('Delete the settings');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[role="status"]')].some((s) => s.textContent === 'The settings are deleted.'),
    );
    expect(await page.evaluate(() => (globalThis as unknown as InPage).browser.storage.local.get())).toEqual({});
  });
});
