// The built widget in Ukrainian, Polish and Arabic, and its language menu, in real Chromium: Arabic right to
// left with every phone number left to right, lang on every text (Norwegian names inside other languages
// too), no accessibility violations in any language, and a menu that works by keyboard and stores nothing.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import headers from '../../demo/headers.json';
import '../../shared/i18n/all-languages';
import { t } from '../../shared/i18n/messages';
import { type Language, LANGUAGE_FACTS, LANGUAGES } from '../../shared/schema/languages';
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
const widget = 'get-help-now';

let server: StaticServer;
let browser: Browser;
let page: Page;
let log: ConsoleLog;

beforeAll(async () => {
  server = await startStaticServer(dist, {
    headers: (file) => (headers as Record<string, Record<string, string>>)[file],
  });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  log = collectConsole(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

afterEach(() => {
  expect(log).toEqual({ errors: [], warnings: [], pageErrors: [] });
});

async function open(file: string) {
  await page.goto(`${server.url}/demo/${file}`);
  await page.locator(`${widget} a[href="tel:113"]`).first().waitFor();
}

/** Answers "someone else", "thoughts of suicide" and shows the help: a results page with many numbers. */
async function showResults() {
  const scope = page.locator(widget);
  await scope.locator('input[value="no"]').check();
  await scope.locator('button[type="submit"]').click();
  await scope.locator('input[value="someone-else"]').check();
  await scope.locator('button[type="submit"]').click();
  await scope.locator('button[type="submit"]').click();
  await scope.locator('input[value="suicidal-thoughts"]').check();
  await scope.locator('.ghn-actions button').last().click();
  await scope.locator('.ghn-results').waitFor();
}

/**
 * Every text in the widget with the language it is in (the nearest lang) and whether it lies in a `<bdi>`
 * or element with dir="ltr"; numbers of more than one group with whether their first digit is drawn left of
 * their last.
 */
function readTexts() {
  return page.locator(widget).evaluate((host) => {
    const texts: { text: string; lang: string; ltr: boolean }[] = [];
    const numbers: { number: string; leftToRight: boolean }[] = [];
    const walker = document.createTreeWalker(host.shadowRoot as ShadowRoot, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent ?? '';
      // The menu's options each carry their own language; they are checked on their own.
      if (!parent || !text.trim() || parent.closest('style, option')) continue;
      texts.push({
        text: text.trim(),
        lang: parent.closest('[lang]')?.getAttribute('lang') ?? '',
        ltr: parent.closest('[dir]')?.getAttribute('dir') === 'ltr',
      });
      for (const match of text.matchAll(/\+?\d+(?: \d+)+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + 1);
        const first = range.getBoundingClientRect().x;
        range.setStart(node, match.index + match[0].length - 1);
        range.setEnd(node, match.index + match[0].length);
        numbers.push({ number: match[0], leftToRight: first < range.getBoundingClientRect().x });
      }
    }
    return { texts, numbers };
  });
}

const NORWEGIAN_NAME = /legevakt|fastlege|alarmtelefonen|rask psykisk|egenandel|hjelpetelefonen|kirkens sos/i;

describe('Arabic', () => {
  it.each(['the first screen', 'the results'])(
    'reads right to left in %s, every phone number left to right',
    async (state) => {
      await open('guide-ar.html');
      if (state === 'the results') await showResults();
      const root = page.locator(`${widget} .ghn-root`).first();
      expect(await root.getAttribute('dir')).toBe('rtl');
      expect(await root.evaluate((e) => getComputedStyle(e).direction)).toBe('rtl');
      // The layout mirrors: 113, first in the strip, sits at the right.
      const box = async (href: string) => page.locator(`${widget} .ghn-strip a[href="${href}"]`).first().boundingBox();
      expect((await box('tel:113'))!.x).toBeGreaterThan((await box('tel:116117'))!.x);

      const { numbers } = await readTexts();
      expect(numbers.map((n) => n.number)).toContain('116 117');
      if (state === 'the results') expect(numbers.map((n) => n.number)).toContain('+47 23 48 72 00');
      expect(numbers.filter((n) => !n.leftToRight)).toEqual([]);
    },
  );

  it('mirrors the results: the coloured edge of a step is on the right', async () => {
    await open('guide-ar.html');
    await showResults();
    const widths = await page
      .locator(`${widget} .ghn-step`)
      .first()
      .evaluate((e) => [getComputedStyle(e).borderRightWidth, getComputedStyle(e).borderLeftWidth]);
    expect(widths).toEqual(['6px', '1px']);
  });
});

describe.each(LANGUAGES)('in %s', (lang) => {
  it('has lang on every text: its own, or nb on the Norwegian names it keeps', async () => {
    await open(`guide-${lang}.html`);
    await showResults();
    const { texts } = await readTexts();
    expect(texts.filter((x) => x.text.includes('[['))).toEqual([]);
    for (const { text, lang: textLang } of texts) {
      expect([lang, 'nb'], text).toContain(textLang);
      if (lang !== 'nb' && lang !== 'nn' && NORWEGIAN_NAME.test(text)) expect(textLang, text).toBe('nb');
    }
    // The menu names each language in itself.
    const options = await page
      .locator(`${widget} .ghn-language option`)
      .evaluateAll((all) => all.map((o) => [o.getAttribute('lang'), o.textContent]));
    expect(options).toEqual(LANGUAGES.map((l) => [l, LANGUAGE_FACTS[l].name]));
  });

  it.each(['the first screen', 'the results'])('finds no accessibility violations in %s', async (state) => {
    await open(`guide-${lang}.html`);
    if (state === 'the results') await showResults();
    const violations = await runAxe(page);
    expect(violations, formatViolations(violations)).toEqual([]);
  });
});

describe('the language menu', () => {
  it('works by keyboard and changes every text, the results included, storing nothing', async () => {
    await open('guide-nb.html');
    await showResults();
    // A select labelled in the page's language; after a choice its label is in the chosen one.
    await page
      .locator(widget)
      .getByRole('combobox', { name: t('nb', 'lang.menu') })
      .focus();
    const menu = page.locator(`${widget} .ghn-language select`);
    // Down from Bokmål: Nynorsk, English, Українська.
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    const root = page.locator(`${widget} .ghn-root`).first();
    await expect.poll(() => root.getAttribute('lang')).toBe('uk');
    const { texts } = await readTexts();
    const shown = texts.map((x) => x.text);
    expect(shown).toContain(t('uk', 'guide.results'));
    expect(shown).toContain(t('uk', 'tier.now'));
    expect(shown).toContain(t('uk', 'guide.restart'));
    expect(shown.join(' ')).not.toContain(t('nb', 'guide.results'));
    // The focus stays on the menu, so a keyboard user can go on choosing.
    expect(await menu.evaluate((e) => e === (e.getRootNode() as ShadowRoot).activeElement)).toBe(true);

    await expect
      .poll(() =>
        page
          .locator(widget)
          .getByRole('combobox', { name: t('uk', 'lang.menu') })
          .count(),
      )
      .toBe(1);
    await menu.selectOption('ar');
    await expect.poll(() => root.getAttribute('dir')).toBe('rtl');
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])).toEqual([
      0,
      0,
      '',
    ]);
  });

  it('gives way when the host changes its language', async () => {
    await open('guide-nb.html');
    await page
      .locator(widget)
      .getByRole('combobox', { name: t('nb', 'lang.menu') })
      .selectOption('pl');
    const root = page.locator(`${widget} .ghn-root`).first();
    await expect.poll(() => root.getAttribute('lang')).toBe('pl');
    await page.locator(widget).evaluate((e) => e.setAttribute('data-lang', 'en'));
    await expect.poll(() => root.getAttribute('lang')).toBe('en');
  });
});

it.each(['uk', 'pl', 'ar'] satisfies Language[])('follows a page in %s (lang on the page)', async (lang) => {
  await open(`strip-${lang}.html`);
  const root = page.locator(`${widget} .ghn-root`).first();
  expect(await root.getAttribute('lang')).toBe(lang);
  expect(await page.locator(`${widget} .ghn-strip`).getAttribute('aria-label')).toBe(t(lang, 'strip.label'));
});
