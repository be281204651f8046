// The search help card in real Chromium with the extension loaded. The search sites are Playwright routes that
// answer with local fixture pages (tests/e2e/fixtures/search/): no request leaves the machine.
//
// Headless Chromium cannot answer a permission prompt, so the card's tests load the e2e build
// (`wxt build --mode e2e`, dist/chrome-mv3-e2e), which is granted the search sites at install; the switch on the
// options page then asks for what it already has, and the background registers the script as it would after a
// real prompt. The last describe holds the production manifest (dist/chrome-mv3) to the rules.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SEARCH_ORIGINS } from '../../shared/search-help';
import {
  type ConsoleLog,
  collectConsole,
  formatViolations,
  type LaunchedExtension,
  launchExtension,
  runAxe,
} from './support/browser';

declare const chrome: {
  storage: { local: { get(): Promise<Record<string, unknown>>; clear(): Promise<void> } };
};

const root = path.resolve(import.meta.dirname, '../..');
const fixtures = path.join(import.meta.dirname, 'fixtures/search');
const fixture = (name: string) => readFile(path.join(fixtures, `${name}.html`), 'utf8');

let extension: LaunchedExtension;
let page: Page;
let log: ConsoleLog;

/** Answers every search site with its fixture page, and refuses every other request to the web. */
async function routeSearchSites(context: BrowserContext) {
  const pages: Record<string, string> = {
    'www.google.no': await fixture('google'),
    'www.google.com': await fixture('google'),
    'www.bing.com': await fixture('bing'),
    'duckduckgo.com': await fixture('duckduckgo'),
  };
  await context.route(/^https?:\/\//, (route) => {
    const body = pages[new URL(route.request().url()).hostname];
    return body ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }) : route.abort();
  });
}

const extensionPage = (file: string) => `chrome-extension://${extension.extensionId}/${file}`;

/** Waits until `check` is true, for at most five seconds (expect.poll is for tests, this also runs in beforeAll). */
async function until(check: () => Promise<boolean>) {
  for (let i = 0; i < 50 && !(await check()); i++) await new Promise((resolve) => setTimeout(resolve, 100));
  if (!(await check())) throw new Error(`Timed out waiting for ${check}`);
}

/** Switches search help on or off on the options page, as a person would. */
async function switchSearchHelp(on: boolean) {
  const options = await extension.context.newPage();
  await options.goto(extensionPage('options.html'));
  const box = options.getByRole('checkbox', { name: /search pages/ });
  await until(() => box.isEnabled());
  if ((await box.isChecked()) !== on) await box.click();
  await until(async () => (await box.isChecked()) === on);
  await options.close();
}

const card = () => page.getByRole('region', { name: /^(Få hjelp nå|Få hjelp no|Get help now)$/ });
const host = () => page.locator('get-help-now-search');
const search = (site: string, query: string) => `https://${site}?q=${encodeURIComponent(query)}`;

/** Waits long enough for the script to have shown a card, had the page called for one. */
async function settle() {
  await page.waitForLoadState('load');
  await page.waitForTimeout(400);
}

describe('the search help card', () => {
  beforeAll(async () => {
    extension = await launchExtension(path.join(root, 'dist/chrome-mv3-e2e'));
    await routeSearchSites(extension.context);
    await switchSearchHelp(true);
  });

  afterAll(async () => {
    await extension?.close();
  });

  beforeEach(async () => {
    page = await extension.context.newPage();
    log = collectConsole(page);
  });

  afterEach(async () => {
    await page.close();
    expect(log).toEqual({ errors: [], warnings: [], pageErrors: [] });
  });

  it('shows above the results for a query of crisis, in its language, with lines that answer now', async () => {
    await page.goto(search('www.google.no/search', 'vil ikkje leve lenger'));

    await card().waitFor();
    expect(await card().getAttribute('lang')).toBe('nn');
    const links = await card()
      .getByRole('link')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(['tel:116123', 'tel:+4722400040', 'tel:113', expect.stringMatching(/popup\.html$/)]);
    // Above the results, and the page's focus where it was.
    expect(await host().evaluate((el) => el.nextElementSibling?.id)).toBe('search');
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    // The engine's CSS hides every section, link and paragraph it reaches; not the card's.
    expect(await card().isVisible()).toBe(true);
    expect(
      await card()
        .getByRole('link', { name: /116 123/ })
        .isVisible(),
    ).toBe(true);
  });

  it('puts 113 first and adds the youth lines when the words call for them', async () => {
    await page.goto(search('www.google.com/search', 'I am 15 and took too many pills'));

    const links = await card()
      .getByRole('link', { name: /^\d/ })
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(['tel:113', 'tel:116111', 'tel:+4780033321', 'tel:116123', 'tel:+4722400040']);
    expect(await card().getAttribute('lang')).toBe('en');
  });

  it.each([
    ['www.google.no/search', 'pizza oppskrift'],
    ['www.google.no/search', 'jeg dør av latter'],
    ['www.google.com/search', 'suicide squad'],
    ['www.bing.com/search', 'drepende kjedelig'],
    ['duckduckgo.com/', 'weather tomorrow'],
  ])('changes nothing on %s for "%s"', async (site, query) => {
    await page.goto(search(site, query));
    await settle();

    expect(await host().count()).toBe(0);
    // Byte for byte what the site sent, parsed: no element, attribute or text added.
    const sent = await fixture(
      site.startsWith('www.google') ? 'google' : site.startsWith('www.bing') ? 'bing' : 'duckduckgo',
    );
    expect(
      await page.evaluate((html) => {
        const parsed = new DOMParser().parseFromString(html, 'text/html');
        return parsed.documentElement.outerHTML === document.documentElement.outerHTML;
      }, sent),
    ).toBe(true);
  });

  it("leaves the page's own elements as they were", async () => {
    await page.goto(search('www.google.no/search', 'selvmordstanker'));
    await card().waitFor();

    const sent = await fixture('google');
    const unchanged = await page.evaluate((html) => {
      const live = document.documentElement.cloneNode(true) as HTMLElement;
      live.querySelector('get-help-now-search')?.remove();
      return new DOMParser().parseFromString(html, 'text/html').documentElement.outerHTML === live.outerHTML;
    }, sent);
    expect(unchanged).toBe(true);
  });

  it('follows the engine when it changes the results without reloading', async () => {
    await page.goto(search('www.google.no/search', 'pizza'));
    await settle();
    expect(await host().count()).toBe(0);

    await page.evaluate(() => history.pushState({}, '', '/search?q=orker+ikke+mer'));
    await card().waitFor();
    expect(await card().getAttribute('lang')).toBe('nb');

    await page.evaluate(() => history.pushState({}, '', '/search?q=i+want+to+die'));
    await expect.poll(() => card().getAttribute('lang')).toBe('en');
    expect(await host().count()).toBe(1);

    await page.evaluate(() => history.pushState({}, '', '/search?q=pizza+near+me'));
    await expect.poll(() => host().count()).toBe(0);
  });

  it('hides for this search on "Hide", and comes back for the next', async () => {
    await page.goto(search('www.bing.com/search', 'i want to kill myself'));
    await card().waitFor();
    expect(await host().evaluate((el) => el.nextElementSibling?.id)).toBe('b_results');

    await card().getByRole('button', { name: 'Hide the help for this search' }).click();
    await expect.poll(() => host().count()).toBe(0);

    await page.evaluate(() => history.pushState({}, '', '/search?q=selvskading'));
    await card().waitFor();
  });

  it("opens the extension's guide in a tab", async () => {
    await page.goto(search('duckduckgo.com/', 'suicidal thoughts'));
    await card().waitFor();

    const [guide] = await Promise.all([
      extension.context.waitForEvent('page'),
      card()
        .getByRole('link', { name: /opens the guide/ })
        .click(),
    ]);
    await guide.waitForLoadState();
    expect(guide.url()).toBe(extensionPage('popup.html'));
    await guide.getByRole('link', { name: /113/ }).first().waitFor();
    await guide.close();
  });

  it('follows the page: light on a light page, dark on a dark one, with no accessibility violations', async () => {
    await page.goto(search('www.google.no/search', 'kutte meg'));
    await card().waitFor();
    expect(await card().evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(243, 246, 251)');
    let violations = await runAxe(page);
    expect(violations, formatViolations(violations)).toEqual([]);

    await page.goto(search('www.bing.com/search', 'my friend wants to kill himself'));
    await card().waitFor();
    expect(await card().evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(30, 34, 40)');
    violations = await runAxe(page);
    expect(violations, formatViolations(violations)).toEqual([]);
  });

  it('goes from open tabs when search help is switched off, and stays away', async () => {
    await page.goto(search('www.google.no/search', 'selvmord'));
    await card().waitFor();

    await switchSearchHelp(false);
    await expect.poll(() => host().count()).toBe(0);
    await page.reload();
    await settle();
    expect(await host().count()).toBe(0);
    // What search help wrote: the choice, and nothing about any search.
    const options = await extension.context.newPage();
    await options.goto(extensionPage('options.html'));
    expect(await options.evaluate(() => chrome.storage.local.get())).toEqual({ searchHelp: false });
    await options.close();

    await switchSearchHelp(true);
  });
});

describe('the production manifest', () => {
  it('asks for storage at install, the search sites and scripting only when switched on, and has no content_scripts', async () => {
    const manifest = JSON.parse(await readFile(path.join(root, 'dist/chrome-mv3/manifest.json'), 'utf8'));

    expect(manifest.permissions).toEqual(['storage']);
    expect(manifest).not.toHaveProperty('host_permissions');
    expect(manifest).not.toHaveProperty('content_scripts');
    expect(manifest).not.toHaveProperty('web_accessible_resources');
    expect(manifest.optional_permissions).toEqual(['scripting']);
    expect(manifest.optional_host_permissions).toEqual([
      'https://www.google.no/*',
      'https://www.google.com/*',
      'https://www.bing.com/*',
      'https://duckduckgo.com/*',
      'https://www.kvasir.no/*',
      'https://www.ecosia.org/*',
      'https://search.brave.com/*',
    ]);
    expect(manifest.optional_host_permissions).toEqual([...SEARCH_ORIGINS]);
  });

  it.each(['search-help.js', 'search-card.js'])(
    'builds %s, which makes no request and stores nothing',
    async (file) => {
      const code = await readFile(path.join(root, 'dist/chrome-mv3/content-scripts', file), 'utf8');
      expect(code).not.toMatch(/\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource|localStorage|console\.log/);
      expect(code).not.toMatch(/storage\.local\.set|\.setValue\(/);
    },
  );
});
