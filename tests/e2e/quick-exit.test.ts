// "Leave this page quickly" in the built widget (dist/widget), in real Chromium: when it shows, that one press or
// Shift three times replaces the page, and that Back does not return to it. Pages and the pages left to are
// served by Playwright's router, so no request leaves the machine.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { t } from '../../shared/i18n/messages';
import { NEUTRAL_EXIT_URL } from '../../shared/ui/QuickExit';
import { type ConsoleLog, collectConsole, formatViolations, launchBrowser, runAxe } from './support/browser';

const HOST = 'http://kommune.test';
const EXIT = 'https://exit.test/weather';
const script = readFileSync(path.resolve(import.meta.dirname, '../../dist/widget/get-help-now.js'));
const button = t('nb', 'quickExit.button');

let browser: Browser;
let page: Page;
let log: ConsoleLog;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

beforeEach(async () => {
  page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  log = collectConsole(page);
});

afterEach(async () => {
  await page.close();
});

/** Serves a start page, a municipal page with `element`, the widget, and the pages one may leave to. */
async function open(element: string) {
  const pages: Record<string, string> = {
    '/start': '<p>Start</p>',
    '/': `${element}<script src="/w.js"></script>`,
  };
  await page.route(/^(http:\/\/kommune\.test|https:\/\/exit\.test|https:\/\/www\.yr\.no)\//, (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === '/w.js') return route.fulfill({ body: script, contentType: 'text/javascript' });
    const body = url.origin === HOST ? pages[url.pathname] : '<p>Weather</p>';
    if (body === undefined) return route.fulfill({ status: 404, body: 'Not found' });
    return route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="nb"><head><title>Side</title></head><body>${body}</body></html>`,
    });
  });
  // A page before, so that Back has somewhere to go that is not the widget's page.
  await page.goto(`${HOST}/start`);
  await page.goto(`${HOST}/`);
  await page.locator('get-help-now a[href="tel:113"]').first().waitFor();
}

const quickExit = () => page.locator('get-help-now').getByRole('button', { name: button });

/** Checks that the page was replaced by `url`, and that Back goes to the page before, not the widget's. */
async function expectLeftFor(url: string) {
  await page.waitForURL(url);
  await page.goBack();
  await page.waitForURL(`${HOST}/start`);
  expect(await page.locator('get-help-now').count()).toBe(0);
}

describe('the quick exit', () => {
  it('shows once the person chooses violence or abuse, stays on the results, and leaves with one press', async () => {
    await open('<get-help-now data-view="guide"></get-help-now>');
    const widget = page.locator('get-help-now');
    expect(await quickExit().count()).toBe(0);

    for (let i = 0; i < 3; i++) await widget.getByRole('button', { name: t('nb', 'guide.next') }).click();
    await widget.locator('input[value="violence-abuse"]').check();
    await expect.poll(() => quickExit().isVisible()).toBe(true);
    // Near the top, under the emergency numbers.
    const [exitBox, stripBox] = await Promise.all([
      quickExit().boundingBox(),
      widget.locator('.ghn-strip').boundingBox(),
    ]);
    expect(exitBox && stripBox && exitBox.y > stripBox.y && exitBox.y < stripBox.y + stripBox.height + 80).toBe(true);
    const violations = await runAxe(page);
    expect(violations, formatViolations(violations)).toEqual([]);

    await widget.getByRole('button', { name: t('nb', 'guide.showHelp') }).click();
    await widget.locator('.ghn-results').waitFor();
    expect(await quickExit().isVisible()).toBe(true);
    await quickExit().click();
    await expectLeftFor(NEUTRAL_EXIT_URL);
  });

  it('shows for sexual abuse too, and not for other concerns', async () => {
    await open('<get-help-now data-view="guide"></get-help-now>');
    const widget = page.locator('get-help-now');
    for (let i = 0; i < 3; i++) await widget.getByRole('button', { name: t('nb', 'guide.next') }).click();
    await widget.locator('input[value="anxiety"]').check();
    await widget.locator('input[value="loneliness"]').check();
    expect(await quickExit().count()).toBe(0);
    await widget.locator('input[value="sexual-abuse"]').check();
    await expect.poll(() => quickExit().isVisible()).toBe(true);
  });

  it.each(['guide', 'button', 'strip'])(
    'shows on every screen of the %s view when the host sets data-quick-exit, and Shift three times leaves',
    async (view) => {
      await open(`<get-help-now data-view="${view}" data-quick-exit="${EXIT}"></get-help-now>`);
      await expect.poll(() => quickExit().isVisible()).toBe(true);
      await page.keyboard.press('Shift');
      await page.keyboard.press('Shift');
      expect(page.url()).toBe(`${HOST}/`);
      await page.keyboard.press('Shift');
      await expectLeftFor(EXIT);
    },
  );

  it('keeps counting Shift presses when the widget draws itself again between them', async () => {
    await open(`<get-help-now data-view="strip" data-quick-exit="${EXIT}"></get-help-now>`);
    await expect.poll(() => quickExit().isVisible()).toBe(true);
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    // A changed attribute draws the face again, with a new leave action from the element.
    await page.locator('get-help-now').evaluate((el) => el.setAttribute('data-theme', 'dark'));
    await expect.poll(() => page.locator('get-help-now .ghn-root').first().getAttribute('data-theme')).toBe('dark');
    await page.keyboard.press('Shift');
    await expectLeftFor(EXIT);
  });

  it('is reached and used with the keyboard alone, after the emergency numbers', async () => {
    await open('<get-help-now data-quick-exit=""></get-help-now>');
    const reached: string[] = [];
    for (let i = 0; i < 10 && !reached.includes(button); i++) {
      await page.keyboard.press('Tab');
      reached.push(
        await page.evaluate(() => {
          let active = document.activeElement;
          while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
          return active?.textContent?.trim() ?? '';
        }),
      );
    }
    expect(reached.indexOf(button)).toBeGreaterThan(reached.findIndex((text) => text.startsWith('113')));
    await page.keyboard.press('Enter');
    // Empty: the neutral page.
    await expectLeftFor(NEUTRAL_EXIT_URL);
  });

  it('hides the widget in the same task as the press', async () => {
    await open(`<get-help-now data-quick-exit="${EXIT}"></get-help-now>`);
    // Keep the page from leaving, to look at what is left on it right after the press.
    await page.route(EXIT, () => {});
    const left = await page.evaluate((name) => {
      const root = document.querySelector('get-help-now')?.shadowRoot;
      const press = [...(root?.querySelectorAll('button') ?? [])].find((b) => b.textContent === name);
      press?.click();
      return press ? root?.childNodes.length : 'no button';
    }, button);
    expect(left).toBe(0);
  });

  it('warns about an address it will not open, and leaves for the neutral page instead', async () => {
    await open('<get-help-now data-quick-exit="javascript:alert(1)"></get-help-now>');
    await expect.poll(() => quickExit().isVisible()).toBe(true);
    expect(log.warnings.map((w) => w.replace(/ \(http:[^)]*\)$/, ''))).toEqual([
      `[get-help-now] data-quick-exit="javascript:alert(1)" is not an http(s) URL; leaving to ${NEUTRAL_EXIT_URL}.`,
    ]);
    await quickExit().click();
    await expectLeftFor(NEUTRAL_EXIT_URL);
  });
});
