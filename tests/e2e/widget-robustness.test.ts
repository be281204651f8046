// The built widget (dist/widget) where a host page breaks what it may assume: an older encoding, a broken
// built-in, a move into another document, hostile sizes of local services, the tag already taken. Each page is
// served by Playwright's router, so a test sets exactly the headers and bytes a real host would send.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { t } from '../../shared/i18n/messages';
import { MAX_LOCAL_SERVICES } from '../../shared/schema/local-service-schema';
import { type ConsoleLog, collectConsole, launchBrowser } from './support/browser';

const widgetDir = path.resolve(import.meta.dirname, '../../dist/widget');
const HOST = 'http://kommune.test';
const script = () => readFileSync(path.join(widgetDir, 'get-help-now.js'));
const moduleScript = () => readFileSync(path.join(widgetDir, 'get-help-now.mjs'));

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

interface Served {
  body: string | Buffer;
  /** The Content-Type header as a host sends it, charset or not. */
  type: string;
  headers?: Record<string, string>;
}

/** Serves `files` (path → response) at HOST; anything else is a 404. */
async function serve(files: Record<string, Served>) {
  await page.route(`${HOST}/**`, (route) => {
    const file = files[new URL(route.request().url()).pathname];
    if (!file) return route.fulfill({ status: 404, body: 'Not found' });
    return route.fulfill({
      status: 200,
      body: file.body,
      headers: { 'Content-Type': file.type, ...file.headers },
    });
  });
}

const html = (body: string, head = '') => ({
  // No <meta charset> and no charset in the header: the browser reads the page as windows-1252.
  body: `<!doctype html><html lang="nb"><head><title>Kommune</title>${head}</head><body>${body}</body></html>`,
  type: 'text/html',
});
/** The script as most hosts serve it: with its charset. The encoding test below serves it without. */
const widgetScript: Served = { body: script(), type: 'text/javascript; charset=utf-8' };

/** The first two tel: links of the page's widget (or of the one in its iframe), and whether each is large. */
function emergencyLinks(inFrame = false) {
  // Plain loops: some tests break the array methods of the page.
  return page.evaluate((frame) => {
    const doc = frame ? document.querySelector('iframe')?.contentDocument : document;
    const links = doc?.querySelector('get-help-now')?.shadowRoot?.querySelectorAll('a[href^="tel:"]');
    const found: { href: string | null; text: string | null; visible: boolean }[] = [];
    for (let i = 0; links && i < links.length && i < 2; i++) {
      const a = links[i] as Element;
      const box = a.getBoundingClientRect();
      found[found.length] = {
        href: a.getAttribute('href'),
        text: a.textContent,
        visible: box.width > 40 && box.height > 40,
      };
    }
    return found;
  }, inFrame);
}

/** The console warnings, without the script location the log adds. */
const warnings = () => log.warnings.map((w) => w.replace(/ \(http:[^)]*\)$/, ''));

async function expectEmergencyNumbers(inFrame = false) {
  await expect
    .poll(async () => (await emergencyLinks(inFrame)).map((l) => [l.href, l.visible]))
    .toEqual([
      ['tel:113', true],
      ['tel:116117', true],
    ]);
}

describe('on a page in an older encoding', () => {
  it('reads the script as ASCII, so the widget works and its Norwegian reads right', async () => {
    await serve({
      '/': html('<get-help-now data-view="strip" data-lang="nb"></get-help-now><script src="/w.js"></script>'),
      '/w.js': { body: script(), type: 'text/javascript' },
    });
    await page.goto(`${HOST}/`);
    expect(await page.evaluate(() => document.characterSet)).toBe('windows-1252');
    await expectEmergencyNumbers();
    const labels = await page.evaluate(() =>
      [...(document.querySelector('get-help-now')?.shadowRoot?.querySelectorAll('.ghn-strip__label') ?? [])].map(
        (l) => l.textContent,
      ),
    );
    expect(labels).toEqual([t('nb', 'strip.emergency'), t('nb', 'strip.legevakt'), t('nb', 'strip.talk')]);
    expect(log.pageErrors).toEqual([]);
  });

  it.each([
    ['script', 'get-help-now.js'],
    ['ES module', 'get-help-now.mjs'],
  ])('ships the %s as ASCII only, whatever a bundler or server does with it', (_, file) => {
    const bytes = file.endsWith('.mjs') ? moduleScript() : script();
    const firstNonAscii = bytes.findIndex((byte) => byte > 0x7f);
    expect(firstNonAscii, bytes.subarray(Math.max(0, firstNonAscii - 40), firstNonAscii + 10).toString()).toBe(-1);
  });
});

describe('when the host broke a built-in before the script loads', () => {
  it.each(['Array.prototype.map', 'Array.prototype.filter', 'Array.prototype.forEach', 'Array.prototype.includes'])(
    'with %s throwing, nothing reaches the page and 113 and 116 117 still show',
    async (builtIn) => {
      await page.addInitScript((name) => {
        const [owner, , method] = name.split('.');
        const target = name.includes('.prototype.')
          ? (globalThis as unknown as Record<string, { prototype: Record<string, unknown> }>)[owner as string]
              ?.prototype
          : (globalThis as unknown as Record<string, Record<string, unknown>>)[owner as string];
        const key = (name.includes('.prototype.') ? method : name.split('.')[1]) as string;
        if (target) {
          target[key] = () => {
            throw new Error(`the host broke ${name}`);
          };
        }
      }, builtIn);
      await serve({
        '/': html('<get-help-now data-view="guide"></get-help-now><script src="/w.js"></script>'),
        '/w.js': widgetScript,
      });
      await page.goto(`${HOST}/`);
      await expectEmergencyNumbers();
      expect(log.pageErrors).toEqual([]);
    },
  );
});

describe('moved into another document', () => {
  it('shows 113 and 116 117 in the frame it is moved to, and its full face again when moved back, with no error', async () => {
    await serve({
      '/': html(
        '<get-help-now data-view="strip" data-lang="en"></get-help-now><iframe title="Frame" src="/frame"></iframe>' +
          '<script src="/w.js"></script>',
      ),
      '/frame': html('<p>Frame</p>'),
      '/w.js': widgetScript,
    });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${HOST}/`);
    await expectEmergencyNumbers();
    const styleOf113 = (inFrame: boolean) =>
      page.evaluate((frame) => {
        const doc = frame ? document.querySelector('iframe')?.contentDocument : document;
        const link = doc?.querySelector('get-help-now')?.shadowRoot?.querySelector('a[href="tel:113"]');
        if (!link) return 'no 113';
        const style = (link.ownerDocument.defaultView ?? window).getComputedStyle(link);
        const box = link.getBoundingClientRect();
        return { background: style.backgroundColor, tall: box.height >= 44 };
      }, inFrame);
    const styled = await styleOf113(false);
    expect(styled).toMatchObject({ tall: true });

    await page.evaluate(() => {
      const frame = document.querySelector('iframe')?.contentDocument;
      const el = document.querySelector('get-help-now');
      if (frame && el) frame.body.append(frame.adoptNode(el));
    });
    // In the frame: the two emergency numbers, large and coloured (the full guide needs this window's document).
    await expectEmergencyNumbers(true);
    const inFrame = await styleOf113(true);
    expect(inFrame).toMatchObject({ tall: true });
    expect(typeof inFrame === 'object' && inFrame.background).not.toBe('rgba(0, 0, 0, 0)');

    await page.evaluate(() => {
      const el = document.querySelector('iframe')?.contentDocument?.querySelector('get-help-now');
      if (el) document.body.prepend(document.adoptNode(el));
    });
    await expect.poll(() => styleOf113(false)).toEqual(styled);
    expect(errors).toEqual([]);
    expect(log.pageErrors).toEqual([]);
  });
});

describe('with hostile sizes of local services', () => {
  const service = (i: number) => ({
    standsFor: 'other',
    name: `Tjeneste ${i}`,
    contacts: [{ type: 'web', url: `https://kommune.test/tjeneste/${i}` }],
  });

  it(`uses the first ${MAX_LOCAL_SERVICES} of 500 services, and warns once`, async () => {
    const data = JSON.stringify({ services: Array.from({ length: 500 }, (_, i) => service(i)) });
    await serve({
      '/': html('<get-help-now data-services="/services.json"></get-help-now><script src="/w.js"></script>'),
      '/w.js': widgetScript,
      '/services.json': { body: data, type: 'application/json' },
    });
    await page.goto(`${HOST}/`);
    await expectEmergencyNumbers();
    const root = page.locator('get-help-now');
    await root.getByRole('button', { name: t('nb', 'guide.showHelp') }).click();
    await expect.poll(() => root.locator('.ghn-step__local').count()).toBe(MAX_LOCAL_SERVICES);
    expect(warnings()).toEqual([
      `[get-help-now] data-services="${HOST}/services.json" lists 500 services; the widget shows at most ${MAX_LOCAL_SERVICES}, and uses the first ${MAX_LOCAL_SERVICES}.`,
    ]);
  });

  it('does not read a 5 MB file: it warns once and keeps the national guide', async () => {
    const one = service(0);
    const big = JSON.stringify({ services: [{ ...one, description: 'x'.repeat(5 * 1024 * 1024) }] });
    await serve({
      '/': html('<get-help-now data-services="/services.json"></get-help-now><script src="/w.js"></script>'),
      '/w.js': widgetScript,
      '/services.json': { body: big, type: 'application/json' },
    });
    await page.goto(`${HOST}/`);
    await expectEmergencyNumbers();
    await expect
      .poll(warnings)
      .toEqual([
        `[get-help-now] data-services="${HOST}/services.json" is larger than 100 KB, the most the widget reads; showing the national services only.`,
      ]);
    const root = page.locator('get-help-now');
    await root.getByRole('button', { name: t('nb', 'guide.showHelp') }).click();
    await root.locator('.ghn-results .ghn-step').first().waitFor();
    expect(await root.locator('.ghn-step__local').count()).toBe(0);
  });
});

describe('when the host already defined get-help-now', () => {
  it('says so in one console warning and throws nothing', async () => {
    await serve({
      '/': html(
        '<get-help-now></get-help-now>' +
          '<script>customElements.define("get-help-now", class extends HTMLElement {});</script>' +
          '<script src="/w.js"></script>',
      ),
      '/w.js': widgetScript,
    });
    await page.goto(`${HOST}/`);
    await expect.poll(() => log.warnings.length).toBe(1);
    expect(log.warnings[0]).toMatch(/^\[get-help-now\] .*already defined/);
    // A moment for anything else to come: still one warning.
    await page.waitForTimeout(300);
    expect(log).toMatchObject({ errors: [], pageErrors: [] });
    expect(log.warnings).toHaveLength(1);
  });
});
