// The built widget on hard host pages (dist/demo): a strict CSP with Trusted Types, a hostile stylesheet, the
// script loaded twice, local services, bad input of every kind. Nothing may reach the host page, and 113 stays.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import headers from '../../demo/headers.json';
import { t } from '../../shared/i18n/messages';
import {
  type ConsoleLog,
  collectConsole,
  launchBrowser,
  type StaticServer,
  startStaticServer,
} from './support/browser';
import { ATTRIBUTE_NAMES } from '../../widget/attributes';

const dist = path.resolve(import.meta.dirname, '../../dist');
const widget = 'get-help-now';

let server: StaticServer;
let browser: Browser;
let page: Page;
let log: ConsoleLog;
/** Every URL the page requested, from any origin. */
let requested: string[];

beforeAll(async () => {
  server = await startStaticServer(dist, {
    headers: (file) => (headers as Record<string, Record<string, string>>)[file],
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async () => {
  page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  log = collectConsole(page);
  requested = [];
  page.on('request', (request) => requested.push(request.url().replace(server.url, '')));
  // Before any script of the page, so that nothing slips past: violations, errors, rejections.
  await page.addInitScript(() => {
    const probe = { violations: [] as string[], errors: [] as string[] };
    Object.defineProperty(window, '__probe', { value: probe });
    document.addEventListener('securitypolicyviolation', (e) =>
      probe.violations.push(`${e.effectiveDirective} ${e.blockedURI}`),
    );
    window.addEventListener('error', (e) => probe.errors.push(String(e.message)));
    window.addEventListener('unhandledrejection', (e) => probe.errors.push(String(e.reason)));
  });
});

afterEach(async () => {
  await page.close();
});

type Probe = { violations: string[]; errors: string[] };
const probe = () => page.evaluate(() => (window as unknown as { __probe: Probe }).__probe);

async function open(file: string) {
  await page.goto(`${server.url}/demo/${file}`);
  await page.locator(`${widget} a[href="tel:113"]`).first().waitFor();
}

async function toResults(scope = page.locator(widget), lang: 'nb' | 'nn' | 'en' = 'nb') {
  await scope.locator('input[value="no"]').first().check();
  for (let i = 0; i < 3; i++) await scope.getByRole('button', { name: t(lang, 'guide.next') }).click();
  await scope.locator('input[value="anxiety"]').check();
  await scope.getByRole('button', { name: t(lang, 'guide.showHelp') }).click();
  await scope.locator('.ghn-results').waitFor();
}

const stepNames = () => page.locator(`${widget} .ghn-step__name`).allTextContents();

describe('under a strict Content-Security-Policy with Trusted Types', () => {
  it('renders, routes and validates local services with no violation and no console error', async () => {
    const response = await page.goto(`${server.url}/demo/csp.html`);
    expect(response?.headers()['content-security-policy']).toBe(
      "default-src 'self'; style-src 'self'; require-trusted-types-for 'script'",
    );
    await page.locator(`${widget} a[href="tel:113"]`).waitFor();
    await toResults();
    expect(await stepNames()).toContain('Rask psykisk helsehjelp (eksempel)');
    // The constructable stylesheet applied: the emergency number is white on red, not the page's default.
    const colours = await page
      .locator(`${widget} .ghn-strip__call--emergency`)
      .evaluate((a) => [getComputedStyle(a).color, getComputedStyle(a).backgroundColor]);
    expect(colours).toEqual(['rgb(255, 255, 255)', 'rgb(176, 0, 32)']);
    expect(await probe()).toEqual({ violations: [], errors: [] });
    expect(log).toEqual({ errors: [], warnings: [], pageErrors: [] });
  });
});

describe('on the network', () => {
  it('requests nothing but the page’s own files and the script', async () => {
    await open('guide-nb.html');
    await toResults();
    expect(requested.sort()).toEqual([
      '/demo/demo.css',
      '/demo/favicon.svg',
      '/demo/guide-nb.html',
      '/widget/get-help-now.js',
    ]);
  });

  it('requests the data-services URL, without cookies, and nothing more', async () => {
    await page.context().addCookies([{ name: 'session', value: 'secret', url: server.url }]);
    const cookies: (string | undefined)[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('.json')) cookies.push(request.headers().cookie);
    });
    await open('services-url.html');
    await toResults();
    expect(await stepNames()).toContain('Rask psykisk helsehjelp, Eksempel kommune (eksempel)');
    expect(requested.filter((url) => !url.startsWith('/demo/') || url.endsWith('.json'))).toEqual([
      '/widget/get-help-now.js',
      '/demo/example-services.json',
    ]);
    expect(cookies).toEqual([undefined]);
    await page.context().clearCookies();
  });

  it('stores nothing: no cookie, no localStorage, no sessionStorage', async () => {
    await open('guide-nb.html');
    await toResults();
    expect(
      await page.evaluate(async () => [
        document.cookie,
        localStorage.length,
        sessionStorage.length,
        await indexedDB.databases(),
      ]),
    ).toEqual(['', 0, 0, []]);
  });
});

describe('with a hostile stylesheet on the page', () => {
  const KEY_ELEMENTS = [
    '.ghn-root',
    '.ghn-strip__call--emergency',
    '.ghn-strip__number',
    '.ghn-strip__label',
    '.ghn-title',
    '.ghn-question__text',
    '.ghn-option',
    '.ghn-button--primary',
  ];
  const PROPERTIES = [
    'display',
    'font-family',
    'font-size',
    'font-weight',
    'line-height',
    'letter-spacing',
    'text-transform',
    'color',
    'background-color',
    'padding-top',
    'padding-left',
    'border-top-width',
    'visibility',
  ];

  async function styles(file: string) {
    await open(file);
    return page.locator(widget).evaluate(
      (element, [selectors, properties]) => {
        const host = getComputedStyle(element);
        const result: Record<string, Record<string, string>> = {
          host: { display: host.display, visibility: host.visibility, height: String(element.clientHeight > 200) },
        };
        for (const selector of selectors) {
          const target = element.shadowRoot?.querySelector(selector);
          const computed = target ? getComputedStyle(target) : undefined;
          result[selector] = Object.fromEntries(properties.map((p) => [p, computed?.getPropertyValue(p) ?? 'missing']));
        }
        return result;
      },
      [KEY_ELEMENTS, PROPERTIES] as const,
    );
  }

  it('leaves the widget’s computed styles as on a plain page', async () => {
    const plain = await styles('guide-nb.html');
    const hostile = await styles('hostile.html');
    expect(plain.host).toEqual({ display: 'block', visibility: 'visible', height: 'true' });
    expect(plain['.ghn-strip__number']?.['font-size']).toBe('22.4px');
    expect(hostile).toEqual(plain);
  });
});

describe('loading', () => {
  it('keeps the task that runs the script short: the element is registered in a task of its own', async () => {
    // A deferred script runs in the task that ends the page's parsing; the widget's modules and its
    // registration wait for a task of their own (scripts/build-widget.mjs), so that task stays short.
    await page.goto(`${server.url}/demo/index.html`);
    const registered = await page.evaluate(
      () =>
        new Promise<{ whenRun: boolean; later: boolean }>((resolve) => {
          const script = document.createElement('script');
          script.src = '/widget/get-help-now.js';
          // The load event fires in the task that ran the script, right after it.
          script.onload = () => {
            const whenRun = customElements.get('get-help-now') !== undefined;
            void customElements.whenDefined('get-help-now').then(() => resolve({ whenRun, later: true }));
          };
          document.head.append(script);
        }),
    );
    expect(registered).toEqual({ whenRun: false, later: true });
    const element = await page.evaluate(() => {
      const widget = document.createElement('get-help-now');
      document.body.append(widget);
      return widget.shadowRoot !== null;
    });
    expect(element).toBe(true);
    await page.locator(`${widget} a[href="tel:113"]`).first().waitFor();
  });
});

describe('loaded twice', () => {
  it('throws nothing, keeps the first definition, and works', async () => {
    await open('twice.html');
    expect(requested.filter((url) => url.startsWith('/widget/'))).toEqual([
      '/widget/get-help-now.js',
      '/widget/get-help-now.js?copy=2',
      '/widget/get-help-now.mjs',
    ]);
    await page
      .locator(widget)
      .getByRole('button', { name: t('nb', 'strip.moreHelp') })
      .click();
    await page.locator(`${widget} dialog[open] .ghn-question`).waitFor();
    // A string, not a function: the test runner would rewrite a function's import() for Node.
    expect(
      await page.evaluate(`import('/widget/get-help-now.mjs').then((module) => [
        module.defineGetHelpNow() === customElements.get('get-help-now'),
        document.querySelectorAll('get-help-now').length,
      ])`),
    ).toEqual([true, 1]);
    expect(await probe()).toEqual({ violations: [], errors: [] });
    expect(log).toEqual({ errors: [], warnings: [], pageErrors: [] });
  });

  it('adds no global but the element', async () => {
    await page.goto(`${server.url}/demo/index.html`);
    const before = await page.evaluate(() => Object.keys(window));
    await page.addScriptTag({ url: '/widget/get-help-now.js' });
    expect(await page.evaluate(() => customElements.get('get-help-now') !== undefined)).toBe(true);
    expect(await page.evaluate((keys) => Object.keys(window).filter((k) => !keys.includes(k)), before)).toEqual([]);
  });
});

describe('its properties', () => {
  it('read each attribute as the element uses it, the default for a bad value, and follow changes', async () => {
    await page.goto(`${server.url}/demo/index.html`);
    await page.addScriptTag({ url: '/widget/get-help-now.js' });
    const read = () =>
      page.evaluate(async () => {
        await customElements.whenDefined('get-help-now');
        // No page language: the municipality's written form (Voss: Nynorsk) decides.
        document.documentElement.removeAttribute('lang');
        const element = document.createElement('get-help-now');
        element.setAttribute('data-view', 'carousel');
        element.setAttribute('data-municipality', 'Voss');
        element.setAttribute('data-heading-level', '3');
        const before = [element.view, element.municipality, element.language, element.headingLevel, element.theme];
        element.setAttribute('data-view', 'strip');
        element.setAttribute('data-lang', 'en-GB');
        return { before, after: [element.view, element.language] };
      });
    expect(await read()).toEqual({ before: ['guide', '4621', 'nn', 3, 'light'], after: ['strip', 'en'] });
  });
});

describe('with local services', () => {
  it('offers the host’s service in the place of the national one, and 113 still first in danger', async () => {
    await open('services.html');
    await toResults();
    const names = await stepNames();
    expect(names).toContain('Rask psykisk helsehjelp, Eksempel kommune (eksempel)');
    expect(names).not.toContain('Rask psykisk helsehjelp');
    await page
      .locator(widget)
      .getByRole('button', { name: t('nb', 'guide.restart') })
      .click();
    await page.locator(`${widget} input[value="yes"]`).check();
    await page
      .locator(widget)
      .getByRole('button', { name: t('nb', 'guide.next') })
      .click();
    await expect
      .poll(() => page.locator(`${widget} .ghn-step`).first().getAttribute('data-service'))
      .toBe('emergency-113');
  });

  it.each([
    ['broken JSON', '{ "services": [', 'is not valid JSON'],
    [
      'an http link',
      '{ "services": [{ "standsFor": "kommunepsykolog", "name": "X", "contacts": [{ "type": "web", "url": "http://x.no" }] }] }',
      'services.0.contacts.0.url: must be an https:// address',
    ],
  ])('warns once about %s and keeps the national guide', async (_, json, problem) => {
    await page.goto(`${server.url}/demo/index.html`);
    await page.addScriptTag({ url: '/widget/get-help-now.js' });
    await page.evaluate((text) => {
      const element = document.createElement('get-help-now');
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = text;
      element.append(script);
      document.body.append(element);
      // The same data again is not a new problem.
      element.setAttribute('data-theme', 'dark');
      script.append(' ');
    }, json);
    await page.locator(`${widget} a[href="tel:113"]`).waitFor();
    await expect.poll(() => log.warnings.length).toBe(1);
    expect(log.warnings[0]).toContain('[get-help-now] The <script type="application/json"> in <get-help-now>');
    expect(log.warnings[0]).toContain(problem);
  });

  it('warns when the data-services URL fails, and keeps the national guide', async () => {
    await page.goto(`${server.url}/demo/index.html`);
    await page.addScriptTag({ url: '/widget/get-help-now.js' });
    await page.evaluate(() => {
      const element = document.createElement('get-help-now');
      element.dataset.services = '/demo/missing.json';
      document.body.append(element);
    });
    await expect
      .poll(() => log.warnings)
      .toEqual([
        expect.stringContaining(
          `[get-help-now] data-services="${server.url}/demo/missing.json" could not be loaded (HTTP 404); showing the national services only.`,
        ),
      ]);
    expect(await page.locator(`${widget} a[href="tel:113"]`).isVisible()).toBe(true);
  });
});

describe('a bounded fuzz of attribute values', () => {
  /** A small seeded generator (mulberry32), so that a failure can be replayed. */
  function random(seed: number) {
    let a = seed;
    return () => {
      a = (a + 0x6d2b79f5) | 0;
      let x = Math.imul(a ^ (a >>> 15), 1 | a);
      x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
      return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
    };
  }

  const JUNK = [
    '',
    ' ',
    'nb',
    'nn',
    'en',
    'guide',
    'button',
    'strip',
    'dark',
    'auto',
    'young',
    'someone-else',
    '4601',
    '0000',
    'Herøy',
    'Bergen',
    '3',
    '-1',
    '1e9',
    'NaN',
    'red',
    'rgb(0 0 0 / 0)',
    'transparent',
    'currentColor',
    'oklch(70% 0.1 200)',
    'var(--x)',
    'red; } :host { display: none',
    '"><img src=x onerror="window.__xss=1">',
    '<script>window.__xss=1</script>',
    'javascript:window.__xss=1',
    'data:application/json,{"services":[]}',
    '/demo/example-services.json',
    'https://127.0.0.1:1/nothing.json',
    '\u0000\u202e\ud800',
    '🙂'.repeat(50),
    'x'.repeat(100_000),
  ];
  const JSON_CHILDREN = ['', '{', 'null', '[]', '{"services":[{"standsFor":"other"}]}', '{"services":[]}'];

  it('never reaches window.onerror and always leaves 113 on screen', async () => {
    const next = random(20261122);
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
    const cases = Array.from({ length: 60 }, () => ({
      initial: ATTRIBUTE_NAMES.filter(() => next() < 0.5).map((name) => [name, pick(JUNK)] as const),
      later: ATTRIBUTE_NAMES.filter(() => next() < 0.3).map((name) => [name, pick(JUNK)] as const),
      json: next() < 0.3 ? pick(JSON_CHILDREN) : undefined,
      move: next() < 0.2,
    }));

    await page.goto(`${server.url}/demo/index.html`);
    await page.addScriptTag({ url: '/widget/get-help-now.js' });
    const failures = await page.evaluate(async (all) => {
      const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
      const bad: string[] = [];
      for (const [i, c] of all.entries()) {
        const element = document.createElement('get-help-now');
        for (const [name, value] of c.initial) element.setAttribute(name, value);
        if (c.json !== undefined) {
          const script = document.createElement('script');
          script.type = 'application/json';
          script.textContent = c.json;
          element.append(script);
        }
        document.body.append(element);
        await settle();
        for (const [name, value] of c.later) element.setAttribute(name, value);
        if (c.move) document.body.prepend(element);
        // The page's first widget draws a few frames after it connects; later ones in the same task.
        const find = () => element.shadowRoot?.querySelector('a[href="tel:113"]');
        const start = performance.now();
        while (!find() && performance.now() - start < 2000) await settle();
        const link = find();
        if (!link?.checkVisibility()) bad.push(`case ${i}: no visible 113 for ${JSON.stringify(c).slice(0, 300)}`);
        element.remove();
      }
      return bad;
    }, cases);

    expect(failures).toEqual([]);
    expect(await probe()).toEqual({ violations: [], errors: [] });
    expect(log.pageErrors).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    // Every warning is one of the widget's own, one line each.
    for (const warning of log.warnings) expect(warning).toMatch(/^\[get-help-now\] /);
  });
});
