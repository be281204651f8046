// The configurator (dist/demo/configure.html) in real Chromium, as a municipal web editor uses it: every choice
// reaches the live preview and the snippet, pasted local services are checked, the snippet copies, and the page
// works by keyboard alone, at 320 px, with no accessibility violation. Also the privacy page beside it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { t } from '../../shared/i18n/messages';
import {
  type ConsoleLog,
  collectConsole,
  formatViolations,
  launchBrowser,
  runAxe,
  type StaticServer,
  startStaticServer,
} from './support/browser';

const dist = path.resolve(import.meta.dirname, '../../dist');
const integrity = JSON.parse(readFileSync(path.join(dist, 'widget/integrity.json'), 'utf8')) as {
  version: string;
  files: Record<string, string>;
};

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let log: ConsoleLog;

beforeAll(async () => {
  server = await startStaticServer(dist);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  page = await context.newPage();
  log = collectConsole(page);
  await page.goto(`${server.url}/demo/configure.html`);
  await preview().locator('a[href="tel:113"]').first().waitFor();
});

afterEach(async () => {
  await context.close();
  expect(log).toEqual({ errors: [], warnings: [], pageErrors: [] });
});

const preview = () => page.locator('#preview');
const snippet = () => page.locator('#snippet').textContent();
const radio = (group: string, value: string) => page.locator(`input[name="${group}"][value="${value}"]`);

async function expectNoViolations() {
  const violations = await runAxe(page);
  expect(violations, formatViolations(violations)).toEqual([]);
}

/** The attribute on the preview and in the snippet: both must follow the choice. */
async function expectAttribute(name: string, value: string | null) {
  await expect.poll(() => preview().getAttribute(name)).toBe(value);
  const code = (await snippet()) ?? '';
  const element = code.slice(code.indexOf('<get-help-now'));
  if (value === null) expect(element).not.toContain(`${name}=`);
  else expect(element).toContain(`${name}="${value}"`);
}

describe('the configurator', () => {
  it('starts with a snippet that pins the built file, and no accessibility violation', async () => {
    const code = await snippet();
    expect(code).toBe(
      `<script src="https://your-cdn.example/get-help-now.js" integrity="${integrity.files['get-help-now.js']}" crossorigin="anonymous" defer></script>\n` +
        '<get-help-now></get-help-now>',
    );
    expect(await page.locator('#snippet-about').textContent()).toContain(`version ${integrity.version}`);
    expect(await page.locator('#csp').textContent()).toContain("script-src 'self' https://your-cdn.example;");
    await expectNoViolations();
  });

  it('finds the municipality by postal code, number or name, and the preview uses it', async () => {
    const search = page.getByRole('searchbox', { name: 'Municipality' });
    await search.fill('0150');
    await page.getByRole('button', { name: 'Oslo (0301)' }).click();
    await expectAttribute('data-municipality', '0301');
    expect(await page.locator('#municipality-chosen-text').textContent()).toBe('Chosen: Oslo (0301).');
    await expectNoViolations();

    await search.fill('4621');
    await page.getByRole('button', { name: 'Voss (4621)' }).click();
    await expectAttribute('data-municipality', '4621');

    await search.fill('guovdageaidnu');
    await page.getByRole('button', { name: /^Kautokeino/ }).click();
    await expectAttribute('data-municipality', '5612');

    await page.getByRole('button', { name: 'Remove the municipality' }).click();
    await expectAttribute('data-municipality', null);
  });

  it.each([
    ['view', 'data-view', ['button', 'strip', 'guide']],
    ['lang', 'data-lang', ['nb', 'nn', 'en', '']],
    ['audience', 'data-for', ['self', 'someone-else', 'young', '']],
    ['theme', 'data-theme', ['dark', 'auto', 'light']],
  ])('sets %s on the preview and in the snippet, and leaves a default out', async (group, attribute, values) => {
    const defaults: Record<string, string> = { view: 'guide', theme: 'light', lang: '', audience: '' };
    for (const value of values) {
      await radio(group, value).check();
      await expectAttribute(attribute, value === defaults[group] ? null : value);
    }
  });

  it('shows each view and language in the preview as the widget draws it', async () => {
    await radio('lang', 'nn').check();
    await radio('view', 'button').check();
    // The button view: the emergency numbers and a button that opens the guide.
    await expect
      .poll(() =>
        preview()
          .getByRole('button', { name: t('nn', 'dialog.open') })
          .count(),
      )
      .toBe(1);
    await radio('view', 'strip').check();
    await expect
      .poll(() =>
        preview()
          .getByRole('button', { name: t('nn', 'dialog.open') })
          .count(),
      )
      .toBe(0);
    await expect.poll(() => preview().locator('a[href="tel:113"]').count()).toBe(1);
    await radio('lang', 'en').check();
    await radio('view', 'guide').check();
    await expect
      .poll(() =>
        preview()
          .getByRole('heading', { name: t('en', 'app.title') })
          .count(),
      )
      .toBe(1);
    await page.locator('#heading-level').selectOption('4');
    await expectAttribute('data-heading-level', '4');
    await expect
      .poll(() =>
        preview()
          .getByRole('heading', { level: 4, name: t('en', 'app.title') })
          .count(),
      )
      .toBe(1);
    await page.locator('#heading-level').selectOption('2');
    await expectAttribute('data-heading-level', null);
  });

  it('takes an accent colour, and says next to the field what the widget will do with a poor one', async () => {
    const accent = page.getByRole('textbox', { name: 'Accent colour' });
    await accent.fill('#6b2c91');
    await expectAttribute('data-accent', '#6b2c91');
    expect(await page.locator('#accent-warning').textContent()).toBe('');

    await accent.fill('yellow');
    await expectAttribute('data-accent', 'yellow');
    await expect
      .poll(() => page.locator('#accent-warning').textContent())
      .toMatch(/contrast of 1\.\d:1 with the light/);

    await accent.fill('not a colour');
    await expect.poll(() => page.locator('#accent-warning').textContent()).toContain('is not a CSS colour');
    expect(await accent.getAttribute('aria-invalid')).toBe('true');
    await expectNoViolations();
    await accent.fill('');
    await expectAttribute('data-accent', null);
    // The preview, being the widget, gave the same warnings in the console; nothing else was said there.
    expect(log.warnings.length).toBeGreaterThan(0);
    expect(log.warnings.every((w) => w.startsWith('[get-help-now] data-accent='))).toBe(true);
    log.warnings = [];
  });

  it('lists the problems in pasted local services with their paths, and shows a valid file in the preview', async () => {
    const box = page.getByRole('textbox', { name: 'Your local services (JSON, optional)' });
    await box.fill('{ "services": [');
    await expect
      .poll(() => page.locator('#services-result .problems li').first().textContent())
      .toMatch(/^This is not valid JSON: /);
    expect(await box.getAttribute('aria-invalid')).toBe('true');

    const bad = {
      services: [
        { standsFor: 'kommunepsykolog', name: 'X', contacts: [{ type: 'web', url: 'http://x.no' }] },
        { standsFor: 'nothing-we-know', name: 'Y', contacts: [] },
      ],
    };
    await box.fill(JSON.stringify(bad, null, 2));
    const problems = page.locator('#services-result .problems li');
    await expect.poll(() => problems.count()).toBeGreaterThanOrEqual(2);
    const texts = await problems.allTextContents();
    expect(texts).toContain('services.0.contacts.0.url: must be an https:// address');
    expect(texts.some((text) => text.startsWith('services.1.standsFor: '))).toBe(true);
    expect(await snippet()).not.toContain('application/json');
    await expectNoViolations();

    const name = 'Rask psykisk helsehjelp, Eksempel kommune';
    const good = {
      services: [
        {
          standsFor: 'rask-psykisk-helsehjelp',
          name,
          contacts: [{ type: 'web', url: 'https://example.com/rph' }],
        },
      ],
    };
    await box.fill(JSON.stringify(good));
    await expect
      .poll(() => page.locator('#services-result').textContent())
      .toBe('Valid: 1 service, shown in the preview.');
    expect(await box.getAttribute('aria-invalid')).toBe('false');
    expect(await snippet()).toContain('<script type="application/json">');
    expect(await snippet()).toContain(`"name": "${name}"`);

    // Through the guide in the preview to its results: the host's service takes the national one's place.
    await radio('lang', 'en').check();
    await preview().locator('input[value="no"]').first().check();
    for (let i = 0; i < 3; i++)
      await preview()
        .getByRole('button', { name: t('en', 'guide.next') })
        .click();
    await preview().locator('input[value="anxiety"]').check();
    await preview()
      .getByRole('button', { name: t('en', 'guide.showHelp') })
      .click();
    await expect.poll(() => preview().locator('.ghn-step__name').allTextContents()).toContain(name);
  });

  it('copies the snippet and says so', async () => {
    await radio('view', 'strip').check();
    await page.getByRole('button', { name: 'Copy the code' }).click();
    await expect.poll(() => page.locator('#copy-status').textContent()).toContain('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await snippet());
    expect(copied).toContain('data-view="strip"');
    // A new choice makes a new snippet: the old "Copied" no longer holds.
    await radio('theme', 'dark').check();
    await expect.poll(() => page.locator('#copy-status').textContent()).toBe('');
  });

  it('follows the address the editor will serve the file from, in the snippet and the CSP', async () => {
    await page.getByRole('textbox', { name: 'Where you will serve get-help-now.js' }).fill('/js/get-help-now.js');
    await expect.poll(() => snippet()).toContain('<script src="/js/get-help-now.js" integrity=');
    expect(await page.locator('#csp').textContent()).toContain("script-src 'self';");
  });

  it('works by keyboard alone', async () => {
    // From the top of the page: Tab to the search box, type, Tab to the match, Enter.
    await page.locator('body').focus();
    const search = page.getByRole('searchbox', { name: 'Municipality' });
    for (let i = 0; i < 10 && !(await search.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.type('Bergen');
    await page.keyboard.press('Enter');
    await expectAttribute('data-municipality', '4601');
    // Past the button that removes it, on to the view radios; arrows choose within the group.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('municipality-clear');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe('view');
    await page.keyboard.press('ArrowDown');
    await expectAttribute('data-view', 'button');
    // And to the copy button.
    for (let i = 0; i < 80; i++) {
      if (await page.evaluate(() => document.activeElement?.id === 'copy')) break;
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#copy-status').textContent()).toContain('Copied');
    // Focus is visible wherever it is.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).not.toBe('none');
  });

  it('reflows to 320 px without scrolling sideways', async () => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.getByRole('textbox', { name: 'Your local services (JSON, optional)' }).fill('{ "services": [');
    await radio('view', 'strip').check();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(320);
    await expectNoViolations();
  });
});

describe('the privacy page', () => {
  it('is in three languages, each marked, with 113 on it and no violation', async () => {
    await page.goto(`${server.url}/demo/privacy.html`);
    expect(await page.locator('section[lang]').evaluateAll((s) => s.map((e) => e.getAttribute('lang')))).toEqual([
      'nb',
      'nn',
      'en',
    ]);
    expect(await page.locator('a[href="tel:113"]').count()).toBe(1);
    await expectNoViolations();
  });
});
