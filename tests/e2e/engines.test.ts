// The widget's core walk in the two other engines a person may meet it in: WebKit (every browser on an iPhone)
// and Firefox. The built widget on the demo pages (dist/demo): every view with 113 first, the guide to its
// results, tel: links, keyboard use, axe-core, and no page error. Chromium covers the rest (widget.test.ts).
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import headers from '../../demo/headers.json';
import { t } from '../../shared/i18n/messages';
import type { Language } from '../../shared/schema/language-schema';
import { type StaticServer, startStaticServer } from './support/browser';
import {
  axeViolations,
  type EngineDriver,
  type EngineName,
  ERROR_RECORDER,
  launchFirefox,
  launchWebKit,
  pageProblems,
  puppeteerDriver,
} from './support/engines';

const dist = path.resolve(import.meta.dirname, '../../dist');
const LANGUAGES: Language[] = ['nb', 'nn', 'en'];
const VIEWS = ['guide', 'button', 'strip'] as const;
const widget = 'get-help-now';

async function start(engine: EngineName): Promise<EngineDriver> {
  if (engine === 'webkit') return launchWebKit();
  const { browser } = await launchFirefox();
  const page = await browser.newPage();
  return puppeteerDriver(page, () => browser.close());
}

/** What the widget shows, read in the page: the strip's links, the steps, where the focus is. */
function snapshot() {
  const host = document.querySelector('get-help-now');
  const root = host?.shadowRoot;
  const hrefs = (selector: string) =>
    [...(root?.querySelectorAll(selector) ?? [])].map((a) => a.getAttribute('href') ?? '');
  const first113 = root?.querySelector('a[href="tel:113"]');
  const box = first113?.getBoundingClientRect();
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return {
    lang: root?.querySelector('.ghn-root')?.getAttribute('lang') ?? null,
    strip: hrefs('.ghn-strip a'),
    visible113: Boolean(box && box.width > 20 && box.height > 20),
    results: Boolean(root?.querySelector('.ghn-results .ghn-step')),
    steps: [...(root?.querySelectorAll('.ghn-step') ?? [])].map((s) => s.getAttribute('data-service') ?? ''),
    tel: hrefs('a[href^="tel:"]'),
    question: root?.querySelector('.ghn-question__text')?.textContent ?? null,
    focus: {
      tag: active?.localName ?? null,
      text: active?.textContent?.trim() ?? null,
      value: (active as HTMLInputElement | null)?.value ?? null,
      checked: (active as HTMLInputElement | null)?.checked ?? null,
      inWidget: active?.getRootNode() instanceof ShadowRoot,
    },
  };
}
type Snapshot = ReturnType<typeof snapshot>;

/** Waits until `ok` holds for the widget's snapshot; fails with the last one after `ms`. */
async function until(driver: EngineDriver, ok: (s: Snapshot) => boolean, ms = 5000): Promise<Snapshot> {
  const deadline = Date.now() + ms;
  for (;;) {
    const s = await driver.run(snapshot);
    if (ok(s)) return s;
    if (Date.now() > deadline) throw new Error(`Timed out; the widget shows ${JSON.stringify(s)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe.each<EngineName>(['firefox', 'webkit'])('the widget in %s', (engine) => {
  let server: StaticServer;
  let driver: EngineDriver;

  beforeAll(async () => {
    server = await startStaticServer(dist, {
      headers: (file) => (headers as Record<string, Record<string, string>>)[file],
      headStart: ERROR_RECORDER,
    });
    driver = await start(engine);
  });

  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  async function open(file: string) {
    await driver.goto(`${server.url}/demo/${file}`);
    return until(driver, (s) => s.strip.length === 3);
  }

  /** The guide's scope: inline in the guide view, in the dialog in the others. */
  const scope = (view: (typeof VIEWS)[number]) => (view === 'guide' ? '' : 'dialog[open] ');

  it.each(VIEWS.flatMap((view) => LANGUAGES.map((lang) => [view, lang] as const)))(
    'the %s view in %s: 113 and 116 117 first, and a life in danger routed to 113',
    async (view, lang) => {
      const shown = await open(`${view}-${lang}.html`);
      expect(shown.lang).toBe(lang);
      expect(shown.strip).toEqual(['tel:113', 'tel:116117', 'tel:116123']);
      expect(shown.visible113).toBe(true);

      if (view === 'button') await driver.click(widget, '.ghn-open');
      if (view === 'strip') await driver.click(widget, '.ghn-strip__more');
      await driver.click(widget, `${scope(view)}label:has(> input[value="yes"])`);
      await driver.click(widget, `${scope(view)}button[type="submit"]`);
      const results = await until(driver, (s) => s.results);
      expect(results.steps[0]).toBe('emergency-113');
      expect(results.steps.filter((id) => id === 'emergency-113')).toHaveLength(1);
      expect(await pageProblems(driver)).toEqual([]);
    },
  );

  it('draws 113 under a hostile stylesheet, and under a strict CSP with Trusted Types', async () => {
    const hostile = await open('hostile.html');
    expect(hostile.strip).toEqual(['tel:113', 'tel:116117', 'tel:116123']);
    expect(hostile.visible113).toBe(true);
    expect(await pageProblems(driver)).toEqual([]);
    // The policy also keeps out the test's error recorder: the widget drawing at all is the check here.
    const strict = await open('csp.html');
    expect(strict.strip).toEqual(['tel:113', 'tel:116117', 'tel:116123']);
    expect(strict.visible113).toBe(true);
  });

  it('walks the guide to the results for anxiety, with working tel: links and no accessibility violation', async () => {
    await open('guide-en.html');
    expect(await axeViolations(driver)).toEqual([]);
    await driver.click(widget, 'label:has(> input[value="no"])');
    for (let i = 0; i < 3; i++) {
      const before = (await driver.run(snapshot)).question;
      await driver.click(widget, 'button[type="submit"]');
      await until(driver, (s) => s.question !== before);
    }
    await driver.click(widget, 'label:has(> input[value="anxiety"])');
    await driver.click(widget, '.ghn-actions button[type="button"]:not(.ghn-button--quiet)');
    const results = await until(driver, (s) => s.results);

    expect(results.steps).toContain('rask-psykisk-helsehjelp');
    expect(results.steps).not.toContain('emergency-113');
    expect(results.tel.length).toBeGreaterThan(3);
    for (const href of results.tel) expect(href).toMatch(/^tel:\+?\d{3,}$/);
    expect(await axeViolations(driver)).toEqual([]);
    expect(await pageProblems(driver)).toEqual([]);
  });

  it('can be used with the keyboard alone: 113 is reached by Tab, and the guide answered with keys', async () => {
    await open('guide-en.html');
    const tabTo = async (match: (f: Snapshot['focus']) => boolean, max = 30) => {
      for (let i = 0; i < max; i++) {
        await driver.press('Tab');
        const { focus } = await driver.run(snapshot);
        if (match(focus)) return focus;
      }
      throw new Error(`Tab never got there; focus is on ${JSON.stringify((await driver.run(snapshot)).focus)}`);
    };
    // The first stop in the widget is 113.
    const first = await tabTo((f) => f.inWidget);
    expect(first.text?.startsWith('113')).toBe(true);
    // The danger question's first choice: Space picks it, Enter goes on; a life in danger leads to 113.
    await tabTo((f) => f.tag === 'input' && f.value === 'yes');
    await driver.press('Space');
    expect((await driver.run(snapshot)).focus.checked).toBe(true);
    await driver.press('Enter');
    const results = await until(driver, (s) => s.results && s.focus.inWidget);
    expect(results.steps[0]).toBe('emergency-113');
    expect(results.focus.text).toBe(t('en', 'guide.results'));
    expect(await pageProblems(driver)).toEqual([]);
  });
});
