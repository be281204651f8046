// The built widget (dist/widget/get-help-now.js) on the demo's plain municipal pages (dist/demo), in real
// Chromium: every view and language, routing, keyboard use, the dialog, accessibility and reflow; Arabic right to
// left with every phone number left to right, lang on every text, and the language menu.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import headers from '../../demo/headers.json';
import { EXTENSION_CSS } from '../../extension/styles';
import { minifyCss } from '../../scripts/minify-css-literals.mjs';
import { t } from '../../shared/i18n/messages';
import '../../shared/i18n/all-languages';
import { type Language, LANGUAGES } from '../../shared/schema/language-schema';
import { LANGUAGE_FACTS } from '../../shared/schema/languages';
import { GUIDE_CSS } from '../../shared/ui/styles';
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
const VIEWS = ['guide', 'button', 'strip'] as const;
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
  // No page may log a warning or an error: the demo pages are all well-formed.
  expect(log).toEqual({ errors: [], warnings: [], pageErrors: [] });
});

async function open(file: string) {
  await page.goto(`${server.url}/demo/${file}`);
  await page.locator(`${widget} a[href="tel:113"]`).first().waitFor();
}

/** What has the keyboard focus, looking into shadow roots. */
function focused() {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    const inDialog = Boolean(active?.closest('dialog'));
    return {
      tag: active?.localName,
      type: active?.getAttribute('type') ?? undefined,
      value: (active as HTMLInputElement | null)?.value,
      text: active?.textContent?.trim(),
      inWidget: active?.getRootNode() instanceof ShadowRoot,
      inDialog,
    };
  });
}

/** Waits for the focus to land: the guide moves it to the new question after the browser has painted. */
async function focusLandsOn(expected: Partial<Awaited<ReturnType<typeof focused>>>) {
  await expect.poll(focused).toMatchObject(expected);
}

/** Presses Tab until `match` holds for the focused element; fails after `max` presses. */
async function tabTo(match: (f: Awaited<ReturnType<typeof focused>>) => boolean, max = 40) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (match(await focused())) return;
  }
  throw new Error(`Tab never reached the element; focus is on ${JSON.stringify(await focused())}`);
}

const stepIds = () =>
  page.locator(`${widget} .ghn-step`).evaluateAll((steps) => steps.map((s) => s.getAttribute('data-service')));

/** Opens the guide's dialog in the button and strip views; the guide view shows it inline. */
async function showGuide(view: (typeof VIEWS)[number], lang: Language) {
  if (view === 'guide') return;
  const label = view === 'button' ? t(lang, 'dialog.open') : t(lang, 'strip.moreHelp');
  await page.locator(widget).getByRole('button', { name: label }).click();
  await page.locator(`${widget} dialog[open] .ghn-question`).waitFor();
}

describe('each view in each language', () => {
  describe.each(VIEWS)('the %s view', (view) => {
    it.each(LANGUAGES)('renders in %s with 113 and 116 117 first, and routes a life in danger to 113', async (lang) => {
      await open(`${view}-${lang}.html`);
      const root = page.locator(`${widget} .ghn-root`).first();
      expect(await root.getAttribute('lang')).toBe(lang);
      const strip = await page
        .locator(`${widget} .ghn-strip`)
        .first()
        .locator('a')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(strip).toEqual(['tel:113', 'tel:116117', 'tel:116123']);
      expect(await page.locator(`${widget} a[href="tel:113"]`).first().isVisible()).toBe(true);

      await showGuide(view, lang);
      const scope = page.locator(view === 'guide' ? widget : `${widget} dialog`);
      await scope.locator('input[value="yes"]').check();
      await scope.getByRole('button', { name: t(lang, 'guide.next') }).click();
      await scope.locator('.ghn-results').waitFor();
      const ids = await stepIds();
      expect(ids[0]).toBe('emergency-113');
      expect(ids.filter((id) => id === 'emergency-113')).toHaveLength(1);
    });

    it.each(LANGUAGES)('offers Rask psykisk helsehjelp in %s for anxiety', async (lang) => {
      await open(`${view}-${lang}.html`);
      await showGuide(view, lang);
      const scope = page.locator(view === 'guide' ? widget : `${widget} dialog`);
      await scope.locator('input[value="no"]').check();
      for (let i = 0; i < 3; i++) await scope.getByRole('button', { name: t(lang, 'guide.next') }).click();
      await scope.locator('input[value="anxiety"]').check();
      await scope.getByRole('button', { name: t(lang, 'guide.showHelp') }).click();
      await scope.locator('.ghn-results').waitFor();
      const ids = await stepIds();
      expect(ids).toContain('rask-psykisk-helsehjelp');
      // The strip above already shows 113 and 116 117: the list does not repeat them as "if it gets worse".
      expect(ids).not.toContain('emergency-113');
      expect(ids).not.toContain('legevakt-116117');
    });
  });

  /** Runs `watch` on every shadow root from its creation, for the page loads after this call. */
  async function watchShadowRoots(watch: (root: ShadowRoot) => void) {
    const hook = (callback: (root: ShadowRoot) => void) => {
      const attach = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (init) {
        const root = attach.call(this, init);
        callback(root);
        return root;
      };
    };
    await page.addInitScript({ content: `(${hook.toString()})(${watch.toString()});` });
  }

  /** A fresh page, without init scripts, for the tests after one that added them. */
  async function freshPage() {
    await page.close();
    page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    log = collectConsole(page);
  }

  it.each(VIEWS)('never shows the %s view on a loading page without 113, 116 117 and a helpline', async (view) => {
    // A mutation record is delivered at the end of the task that made it, before the browser can paint, so
    // each drawn state of the widget passes through this check. What is hidden and takes no space (the font
    // samples of font-warm-up.ts) is not drawn, but must be hidden from assistive technology too.
    await watchShadowRoots((root) => {
      const w = window as unknown as { __drawn: string[][]; __hidden: string[] };
      w.__drawn ??= [];
      w.__hidden ??= [];
      new MutationObserver(() => {
        const shown = [...root.children].filter((child) => {
          // A closed dialog has no box at all (display: none), and assistive technology skips it too.
          if (!child.checkVisibility()) return false;
          const box = child.getBoundingClientRect();
          const visible = child.checkVisibility({ visibilityProperty: true }) && box.width * box.height > 0;
          if (!visible) w.__hidden.push(`${child.getAttribute('aria-hidden')} ${box.width}x${box.height}`);
          return visible;
        });
        if (shown.length === 0) return;
        w.__drawn.push([...root.querySelectorAll('.ghn-strip a')].map((a) => a.getAttribute('href') ?? ''));
      }).observe(root, { childList: true, subtree: true });
    });
    try {
      await open(`${view}-nb.html`);
      const { drawn, hidden } = await page.evaluate(() => {
        const w = window as unknown as { __drawn: string[][]; __hidden: string[] };
        return { drawn: w.__drawn, hidden: w.__hidden };
      });
      expect(drawn.length).toBeGreaterThan(0);
      for (const links of drawn) expect(links.slice(0, 3)).toEqual(['tel:113', 'tel:116117', 'tel:116123']);
      expect(hidden.length).toBeGreaterThan(0);
      for (const state of hidden) expect(state).toBe('true 0x0');
    } finally {
      await freshPage();
    }
  });

  it.each(VIEWS)("lays out every font of the %s view's first screen before drawing it", async (view) => {
    // The fonts of the hidden samples the first widget lays out ahead of its face, and then the face's own.
    await watchShadowRoots((root) => {
      const w = window as unknown as { __sampled: string[] };
      w.__sampled ??= [];
      const font = (element: Element) => {
        const style = getComputedStyle(element);
        return `${style.fontFamily} ${style.fontSize} ${style.fontWeight} ${style.fontStyle}`;
      };
      new MutationObserver(() => {
        for (const child of root.children) {
          if (child.getAttribute('aria-hidden') !== 'true') continue;
          for (const sample of child.querySelectorAll('*')) w.__sampled.push(font(sample));
        }
      }).observe(root, { childList: true });
    });
    try {
      await open(`${view}-nb.html`);
      const { sampled, drawn } = await page.evaluate(() => {
        const root = document.querySelector('get-help-now')?.shadowRoot;
        const fonts = new Set<string>();
        const walker = document.createTreeWalker(root ?? document.createDocumentFragment(), NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement;
          if (!node.textContent?.trim() || !parent?.checkVisibility()) continue;
          const style = getComputedStyle(parent);
          fonts.add(`${style.fontFamily} ${style.fontSize} ${style.fontWeight} ${style.fontStyle}`);
        }
        return { sampled: (window as unknown as { __sampled: string[] }).__sampled, drawn: [...fonts] };
      });
      expect(drawn.length).toBeGreaterThan(1);
      expect(new Set(sampled)).toEqual(new Set([...sampled, ...drawn]));
    } finally {
      await freshPage();
    }
  });

  it.each(VIEWS)(
    'once a widget is drawn, puts 113 and 116 117 in a new %s view in the task that connects it',
    async (view) => {
      await open('guide-nb.html');
      const links = await page.evaluate((v) => {
        const element = document.createElement('get-help-now');
        element.dataset.view = v;
        document.body.append(element);
        const hrefs = [...(element.shadowRoot?.querySelectorAll('.ghn-strip a') ?? [])].map((a) =>
          a.getAttribute('href'),
        );
        element.remove();
        return hrefs;
      }, view);
      expect(links).toEqual(['tel:113', 'tel:116117', 'tel:116123']);
    },
  );

  it('dials every number through a tel: link of digits only', async () => {
    await open('guide-en.html');
    const scope = page.locator(widget);
    await scope.locator('input[value="no"]').check();
    for (let i = 0; i < 3; i++) await scope.getByRole('button', { name: 'Next' }).click();
    for (const concern of ['violence-abuse', 'suicidal-thoughts', 'alcohol-drugs']) {
      await scope.locator(`input[value="${concern}"]`).check();
    }
    await scope.getByRole('button', { name: t('en', 'guide.showHelp') }).click();
    const hrefs = await scope
      .locator('a[href^="tel:"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(5);
    for (const href of hrefs) expect(href).toMatch(/^tel:(\d{3}|\d{6}|\+47\d{8})$/);
    expect(hrefs).toEqual(expect.arrayContaining(['tel:113', 'tel:116117', 'tel:116123']));
  });

  it('tells a caller where to turn when a helpline does not answer', async () => {
    await open('guide-en.html');
    const scope = page.locator(widget);
    await scope.getByRole('button', { name: t('en', 'guide.showHelp') }).click();
    const fallback = scope.locator('li[data-service="mental-helse-116123"] .ghn-step__fallback');
    await expect(
      fallback.getByRole('link').evaluateAll((links) => links.map((a) => [a.textContent, a.getAttribute('href')])),
    ).resolves.toEqual([
      ['Kirkens SOS (crisis helpline): 22 40 00 40', 'tel:+4722400040'],
      ['Legevakt 116 117 (out-of-hours medical centre)', 'tel:116117'],
    ]);
  });

  it('re-renders when the host changes an attribute', async () => {
    await open('guide-nb.html');
    const element = page.locator(widget);
    await element.evaluate((e) => e.setAttribute('data-lang', 'en'));
    await expect.poll(() => element.locator('.ghn-title').textContent()).toBe('Get help now');
    expect(await element.locator('.ghn-root').getAttribute('lang')).toBe('en');
    await element.evaluate((e) => e.setAttribute('data-view', 'strip'));
    await expect.poll(() => element.locator('.ghn-title').count()).toBe(0);
    await element.evaluate((e) => e.setAttribute('data-theme', 'dark'));
    await expect.poll(() => element.locator('.ghn-root').getAttribute('data-theme')).toBe('dark');
  });

  it('leaves nothing behind when removed', async () => {
    await open('guide-nb.html');
    const left = await page.evaluate(() => {
      const element = document.querySelector('get-help-now');
      element?.remove();
      return element?.shadowRoot?.childNodes.length;
    });
    expect(left).toBe(0);
  });
});

describe('with the keyboard only', () => {
  it('walks through the questions to the results and back to the start', async () => {
    await open('guide-nb.html');
    await tabTo((f) => f.tag === 'a' && f.inWidget && f.text?.startsWith('113') === true);
    // A radio group is one tab stop; the arrow keys choose within it.
    await tabTo((f) => f.type === 'radio');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toMatchObject({ type: 'radio', value: 'no' });
    await tabTo((f) => f.text === t('nb', 'guide.next'));
    await page.keyboard.press('Enter');
    // Focus follows the guide to the next question.
    await focusLandsOn({ tag: 'h3', text: t('nb', 'guide.q.forWhom') });
    await tabTo((f) => f.text === t('nb', 'guide.next'));
    await page.keyboard.press('Space');
    await focusLandsOn({ text: t('nb', 'guide.q.age') });
    await tabTo((f) => f.text === t('nb', 'guide.next'));
    await page.keyboard.press('Enter');
    await focusLandsOn({ text: t('nb', 'guide.q.concerns') });
    await tabTo((f) => f.value === 'anxiety');
    await page.keyboard.press('Space');
    await tabTo((f) => f.text === t('nb', 'guide.showHelp'));
    await page.keyboard.press('Enter');
    await focusLandsOn({ text: t('nb', 'guide.results') });
    expect(await stepIds()).toContain('rask-psykisk-helsehjelp');
    await tabTo((f) => f.text === t('nb', 'guide.restart'), 80);
    await page.keyboard.press('Enter');
    await focusLandsOn({ text: t('nb', 'guide.q.danger') });
  });

  it.each([
    ['button', 'dialog.open'],
    ['strip', 'strip.moreHelp'],
  ] as const)('opens the %s view’s dialog, keeps focus in it, closes it with Escape and Close', async (view, key) => {
    await open(`${view}-nb.html`);
    const opener = t('nb', key);
    await tabTo((f) => f.text === opener);
    await page.keyboard.press('Enter');
    await page.locator(`${widget} dialog[open]`).waitFor();
    expect(await focused()).toMatchObject({ inDialog: true, text: t('nb', 'dialog.close') });

    // Focus cycles inside the modal dialog: nothing behind it is reachable.
    const outside = [];
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      const f = await focused();
      if (!f.inDialog && f.tag !== 'body') outside.push(f);
    }
    expect(outside).toEqual([]);

    await page.keyboard.press('Escape');
    await page.locator(`${widget} dialog[open]`).waitFor({ state: 'detached' });
    expect(await focused()).toMatchObject({ inDialog: false, text: opener });

    await page.keyboard.press('Enter');
    await page.locator(`${widget} dialog[open]`).waitFor();
    await page.keyboard.press('Enter'); // on Close, which has the focus
    await page.locator(`${widget} dialog[open]`).waitFor({ state: 'detached' });
    expect(await focused()).toMatchObject({ inDialog: false, text: opener });
  });
});

describe('accessibility (axe-core, WCAG 2.1 A and AA)', () => {
  const states = {
    'the guide view': async () => open('guide-nb.html'),
    'the button view': async () => open('button-nb.html'),
    'the strip view': async () => open('strip-nb.html'),
    'the open dialog': async () => {
      await open('button-nb.html');
      await showGuide('button', 'nb');
    },
    'a question page': async () => {
      await open('guide-nn.html');
      await page.locator(`${widget} input[value="no"]`).check();
      for (let i = 0; i < 3; i++)
        await page
          .locator(widget)
          .getByRole('button', { name: t('nn', 'guide.next') })
          .click();
      await page.locator(`${widget} input[value="anxiety"]`).check();
    },
    'the results': async () => {
      await open('guide-en.html');
      await page.locator(`${widget} input[value="no"]`).check();
      await page.locator(widget).getByRole('button', { name: 'Show help now' }).click();
      await page.locator(`${widget} .ghn-results`).waitFor();
    },
  };

  describe.each(['light', 'dark'])('in the %s theme', (theme) => {
    it.each(Object.keys(states))('finds no violations in %s', async (state) => {
      await states[state as keyof typeof states]();
      if (theme === 'dark') {
        await page.locator(widget).evaluate((e) => e.setAttribute('data-theme', 'dark'));
        await expect.poll(() => page.locator(`${widget} .ghn-root`).first().getAttribute('data-theme')).toBe('dark');
      }
      const violations = await runAxe(page);
      expect(violations, formatViolations(violations)).toEqual([]);
    });
  });

  it('finds no violations in the auto theme on a dark system', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    try {
      await open('themes.html');
      log.warnings.length = 0; // themes.html shows the warning for a too-light accent on purpose
      const violations = await runAxe(page);
      expect(violations, formatViolations(violations)).toEqual([]);
    } finally {
      await page.emulateMedia({ colorScheme: 'light' });
    }
  });
});

describe('at 320 CSS pixels wide (WCAG 1.4.10 reflow)', () => {
  it.each([...VIEWS, 'the results', 'the dialog'])('scrolls no page sideways in %s', async (state) => {
    await page.setViewportSize({ width: 320, height: 640 });
    try {
      if (state === 'the results') {
        await open('guide-nb.html');
        await page.locator(`${widget} input[value="yes"]`).check();
        await page
          .locator(widget)
          .getByRole('button', { name: t('nb', 'guide.next') })
          .click();
      } else if (state === 'the dialog') {
        await open('strip-nn.html');
        await showGuide('strip', 'nn');
      } else {
        await open(`${state}-nb.html`);
      }
      expect(await page.evaluate(() => document.scrollingElement?.scrollWidth)).toBeLessThanOrEqual(320);
      const dialogOverflow = await page.evaluate(() => {
        const dialog = document.querySelector('get-help-now')?.shadowRoot?.querySelector('dialog[open]');
        return dialog ? dialog.scrollWidth - dialog.clientWidth : 0;
      });
      expect(dialogOverflow).toBe(0);
    } finally {
      await page.setViewportSize({ width: 390, height: 844 });
    }
  });
});

describe('the stylesheets as the builds ship them, minified', () => {
  it.each([
    ['GUIDE_CSS', GUIDE_CSS],
    ['EXTENSION_CSS', EXTENSION_CSS],
  ])('%s parses to the same rules as its source', async (_, source) => {
    await open('guide-nb.html');
    const [original, minified] = await page.evaluate(
      (sheets) =>
        sheets.map((css) => {
          const sheet = new CSSStyleSheet();
          sheet.replaceSync(css);
          return [...sheet.cssRules].map((rule) => rule.cssText);
        }),
      [source, minifyCss(source)],
    );
    expect(original?.length).toBeGreaterThan(5);
    expect(minified).toEqual(original);
  });
});

// --- Languages: Arabic right to left, lang on every text, the language menu ---------------------------------

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
