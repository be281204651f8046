// My plan in the built extension (dist/chrome-mv3, from `npm run build`), in real Chromium. The browser speaks
// en-US, so the page starts in English.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BUDGETS, gzipSize, popupScripts, planScripts } from '../../scripts/size-budget.mjs';
import {
  type ConsoleLog,
  collectConsole,
  formatViolations,
  type LaunchedExtension,
  launchExtension,
  runAxe,
} from './support/browser';

// The extension API inside the pages, as far as these tests use it.
declare const chrome: {
  storage: {
    local: {
      get(): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      clear(): Promise<void>;
    };
    sync: { get(): Promise<Record<string, unknown>> };
  };
};

const extensionDir = path.resolve(import.meta.dirname, '../../dist/chrome-mv3');

let extension: LaunchedExtension;
let page: Page;
let log: ConsoleLog;
/** Every request any page made that is not to the extension's own files. */
let outside: string[];

const url = (file: string, id = extension.extensionId) => `chrome-extension://${id}/${file}`;

/** Records requests that leave the extension, on every page of `context`. */
function watchRequests(context: BrowserContext, id: string, into: string[]) {
  context.on('request', (request) => {
    const address = request.url();
    // A download is made from a blob: URL of the page itself: local, not a request out.
    if (!address.startsWith(`chrome-extension://${id}/`) && !address.startsWith(`blob:chrome-extension://${id}/`)) {
      into.push(address);
    }
  });
}

beforeAll(async () => {
  extension = await launchExtension(extensionDir);
  outside = [];
  watchRequests(extension.context, extension.extensionId, outside);
});

afterAll(async () => {
  await extension?.close();
  expect(outside).toEqual([]);
});

async function openPlan(target: Page = page, id?: string) {
  await target.goto(url('safety-plan.html', id));
  await target.getByRole('heading', { level: 1 }).first().waitFor();
}

beforeEach(async () => {
  page = await extension.context.newPage();
  await page.setViewportSize({ width: 800, height: 900 });
  log = collectConsole(page);
  await page.goto(url('safety-plan.html'));
  await page.evaluate(() => chrome.storage.local.clear());
  await openPlan();
});

afterEach(async () => {
  await page.close();
  expect(log).toEqual({ errors: [], warnings: [], pageErrors: [] });
});

async function expectNoViolations(target: Page = page) {
  const violations = await runAxe(target);
  expect(violations, formatViolations(violations)).toEqual([]);
}

/** The same states at 320 px: no sideways scrolling, and still no violations. */
async function expectNoViolationsAt320(target: Page = page) {
  const size = target.viewportSize();
  await target.setViewportSize({ width: 320, height: 640 });
  expect(await target.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
  await expectNoViolations(target);
  if (size) await target.setViewportSize(size);
}

const textbox = (name: string, target: Page = page) => target.getByRole('textbox', { name, exact: true });
const button = (name: string, target: Page = page) => target.getByRole('button', { name, exact: true });
const stored = (target: Page = page) => target.evaluate(() => chrome.storage.local.get());
const emergency = (target: Page = page) =>
  target.getByRole('navigation', { name: 'Help right now' }).locator('a[href="tel:113"]');

/** Writes a small plan by typing, as a person would. */
async function writePlan(target: Page = page) {
  await textbox('Warning sign 1', target).fill('I stop answering messages');
  await button('Add a warning sign', target).click();
  await textbox('Warning sign 2', target).fill('I sleep badly for nights in a row');
  await textbox('Something I can do 1', target).fill('Walk around the lake');
  await textbox('Name, person 1', target).fill('Kari');
  await textbox('Phone, person 1', target).fill('912 34 567');
  await textbox('Phone, service 5', target).fill('22 33 44 55');
  await textbox('Something that matters to me 1', target).fill('My cat');
}

/** Presses Tab until `target` has focus; fails after `limit` presses. */
async function tabTo(target: Locator, limit = 80) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim());

describe('My plan', () => {
  it('starts with the note, 113 in one tap, a discreet title and the services prefilled, with no violations', async () => {
    expect(await page.title()).toBe('My plan');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await emergency().count()).toBe(1);
    const text = await page.locator('main').innerText();
    expect(text).toContain('together with a therapist or your GP');
    expect(text).toContain('not an assessment of risk');
    expect(text).toContain('does not replace 113');
    expect(text).toContain('If you uninstall the extension, the plan is deleted');
    expect(text).toContain('The file is not encrypted');
    expect(await textbox('Phone, service 1').inputValue()).toBe('113');
    expect(await textbox('Name, service 5').inputValue()).toBe('My GP (fastlege)');
    expect(await textbox('Phone, service 5').inputValue()).toBe('');
    // Nothing is stored until the person writes.
    expect(await stored()).toEqual({});
    await expectNoViolations();
    await expectNoViolationsAt320();
  });

  it('shows 113 and the 24/7 lines without waiting for storage', async () => {
    // A storage that never answers: the numbers must not depend on it.
    await page.addInitScript(() => {
      chrome.storage.local.get = () => new Promise(() => {});
    });
    await page.reload();

    const lines = page.getByRole('navigation', { name: 'Help right now' }).getByRole('link');
    await expect
      .poll(() => lines.evaluateAll((links) => links.map((a) => a.getAttribute('href'))))
      .toEqual(['tel:113', 'tel:116117', 'tel:116123', 'tel:+4722400040']);
    expect(await page.title()).toBe('My plan');
    await expectNoViolations();
  });

  it('keeps what was written after the page is closed and opened again, in storage.local only', async () => {
    await writePlan();
    await expect.poll(() => page.locator('.plan-saved').textContent()).toBe('Saved in this browser.');
    await expect.poll(async () => JSON.stringify(await stored())).toContain('My cat');
    const before = (await stored()).safetyPlan;
    await page.close();

    page = await extension.context.newPage();
    log = collectConsole(page);
    await openPlan();

    expect(await textbox('Warning sign 2').inputValue()).toBe('I sleep badly for nights in a row');
    expect(await textbox('Name, person 1').inputValue()).toBe('Kari');
    expect(await page.getByRole('link', { name: 'Call Kari' }).getAttribute('href')).toBe('tel:+4791234567');
    expect((await stored()).safetyPlan).toEqual(before);
    expect(Object.keys(await stored())).toEqual(['safetyPlan']);
    expect(await page.evaluate(() => chrome.storage.sync.get())).toEqual({});
    await expectNoViolations();
  });

  it('follows the settings’ language, and adds the municipality’s services to a new plan', async () => {
    await page.evaluate(() =>
      chrome.storage.local.set({ settings: { language: 'nn', municipality: '0301', firstRunDone: true } }),
    );
    await openPlan();

    expect(await page.title()).toBe('Min plan');
    expect(await page.locator('html').getAttribute('lang')).toBe('nn');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Min plan');
    expect(await textbox('Namn, teneste 7').inputValue()).toBe('Oslo kommune: psykisk helse');
    expect(await page.getByRole('link', { name: 'Nettside: oslo.kommune.no' }).getAttribute('href')).toBe(
      'https://www.oslo.kommune.no',
    );
    await expectNoViolations();
  });

  it.each(['nb', 'nn', 'en'])('never shows the word suicide, on screen or on paper (%s)', async (language) => {
    await page.evaluate(
      (lang) => chrome.storage.local.set({ settings: { language: lang, municipality: '0301', firstRunDone: true } }),
      language,
    );
    await openPlan();
    const words = /selvmord|sjølvmord|suicid/i;
    // The whole document: the plan, the printout, the folded texts, the title.
    expect(await page.evaluate(() => document.documentElement.textContent)).not.toMatch(words);
    await page.locator('#crisis-open').click();
    expect(await page.evaluate(() => document.documentElement.textContent)).not.toMatch(words);
  });

  it('follows a dark device setting, still without accessibility violations', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await writePlan();
    expect(await page.locator('.plan').evaluate((root) => getComputedStyle(root).backgroundColor)).toBe(
      'rgb(21, 24, 29)',
    );
    await expectNoViolations();
    await button('I need my plan now').click();
    await button('Next').click();
    await expectNoViolations();
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('can be used in crisis mode with the keyboard alone, one section at a time, 113 on every step', async () => {
    await writePlan();
    await page.reload();
    await page.getByRole('heading', { level: 1 }).first().waitFor();

    await tabTo(button('I need my plan now'));
    await page.keyboard.press('Enter');

    const steps: string[] = [];
    for (;;) {
      // Focus is on the step's heading, so a screen reader reads the new step first.
      await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
      steps.push((await focused()) ?? '');
      expect(await emergency().count()).toBe(1);
      expect(await page.getByRole('link', { name: /^116 123/ }).count()).toBe(1);
      await expectNoViolations();
      if ((await button('Next').count()) === 0) break;
      await tabTo(button('Next'));
      await page.keyboard.press('Enter');
    }

    expect(steps).toEqual([
      'My warning signs',
      'What I can do on my own',
      'People I can ask for help',
      'Professionals and services I can contact',
      'What makes life worth living for me',
      'You are not alone',
    ]);
    await expectNoViolationsAt320();
    // Back a step, then out: focus returns to the button that opened crisis mode.
    await tabTo(button('Back'));
    await page.keyboard.press('Enter');
    await expect.poll(focused).toBe('What makes life worth living for me');
    await tabTo(button('To the whole plan'));
    await page.keyboard.press('Enter');
    await expect.poll(focused).toBe('I need my plan now');
  });

  it('shows one-tap calls in crisis mode for the people and services written in the plan', async () => {
    await writePlan();
    await button('I need my plan now').click();
    await button('Next').click();
    await button('Next').click();

    expect(await page.getByRole('link', { name: /^Call Kari/ }).getAttribute('href')).toBe('tel:+4791234567');
    await button('Next').click();
    const calls = page.locator('.plan-crisis').getByRole('link');
    expect(await calls.evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
      'tel:113',
      'tel:116117',
      'tel:116123',
      'tel:+4722400040',
      'tel:+4722334455',
    ]);
  });

  it('prints the written plan with the date and the numbers, on one page', async () => {
    await writePlan();
    await page.emulateMedia({ media: 'print' });

    const print = page.locator('.plan-print');
    expect(await print.isVisible()).toBe(true);
    expect(await page.locator('.plan-section').first().isVisible()).toBe(false);
    expect(await emergency().isVisible()).toBe(true);
    const today = new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date());
    expect(await print.textContent()).toContain(`Printed ${today}`);
    expect(await print.textContent()).toContain('Kari: 912 34 567');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
    await page.emulateMedia({ media: 'screen' });
  });

  it('locks with a PIN, shows the numbers while locked, and opens only with the right PIN', async () => {
    await writePlan();
    await textbox('PIN or passphrase').fill('2468');
    await textbox('Type it once more').fill('2468');
    await button('Lock the plan').click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('The plan is locked.');
    await expect.poll(async () => JSON.stringify(await stored())).toContain('"locked"');
    // A phrase with spaces, which base64 never holds, so the check cannot fail by chance.
    expect(JSON.stringify(await stored())).not.toContain('912 34 567');
    await expectNoViolations();

    await page.reload();
    await page.getByRole('heading', { name: 'The plan is locked' }).waitFor();
    expect(await emergency().count()).toBe(1);
    expect(await textbox('Warning sign 1').count()).toBe(0);
    await expectNoViolations();
    await expectNoViolationsAt320();

    await textbox('PIN or passphrase').fill('1357');
    await button('Open the plan').click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('That code does not open the plan. Try again.');
    await expectNoViolations();
    await page.getByText('Forgot the code?').click();
    expect(await page.locator('.plan-forgot').textContent()).toContain('cannot be recovered');
    await expectNoViolations();

    await textbox('PIN or passphrase').fill('2468');
    await button('Open the plan').click();
    await expect.poll(() => textbox('Name, person 1').inputValue()).toBe('Kari');

    await button('Lock now').click();
    await page.getByRole('heading', { name: 'The plan is locked' }).waitFor();
    expect(await page.locator('main').textContent()).not.toContain('Kari');
  });

  it('deletes the plan after asking, leaving nothing of it in storage.local', async () => {
    await page.evaluate(() => chrome.storage.local.set({ settings: { firstRunDone: true } }));
    await writePlan();
    await expect.poll(async () => Object.keys(await stored())).toContain('safetyPlan');

    await button('Delete my plan').click();
    // "Keep it" takes focus first: a stray Enter deletes nothing.
    await expect.poll(focused).toBe('No, keep it');
    await expectNoViolations();
    await expectNoViolationsAt320();
    await button('Yes, delete the plan').click();

    await expect
      .poll(() => page.getByRole('status').textContent())
      .toBe('The plan is deleted. Nothing of it is stored any more.');
    expect(await stored()).toEqual({ settings: { firstRunDone: true } });
    expect(await textbox('Warning sign 1').inputValue()).toBe('');
    // Focus does not fall to the page's start: it stays where the person was.
    await expect.poll(focused).toBe('Delete my plan');
  });

  it('keeps a damaged record aside, says so, and lets the person download it', async () => {
    await page.evaluate(() => chrome.storage.local.set({ safetyPlan: { version: 1, warningSigns: 'Kari' } }));
    await openPlan();

    await page.getByRole('heading', { name: 'A saved plan could not be read' }).waitFor();
    // The one console warning a damaged record gives; afterEach expects no other.
    expect(log.warnings).toEqual([expect.stringContaining('the stored plan could not be read (invalid)')]);
    log.warnings.length = 0;
    expect(Object.keys(await stored())).toEqual(['safetyPlanSetAside']);
    await expectNoViolations();
    await expectNoViolationsAt320();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      button('Download the plan that could not be read').click(),
    ]);
    const saved = JSON.parse(await readFile((await download.path()) ?? '', 'utf8'));
    expect(saved[0].value).toEqual({ version: 1, warningSigns: 'Kari' });
  });

  it('exports the plan and imports it into a fresh browser profile as the same plan, asking first', async () => {
    await writePlan();
    await expect.poll(async () => JSON.stringify(await stored())).toContain('My cat');
    const [download] = await Promise.all([page.waitForEvent('download'), button('Download the plan').click()]);
    const file = (await download.path()) ?? '';
    expect(download.suggestedFilename()).toMatch(/^my-plan-\d{4}-\d\d-\d\d\.json$/);
    const exported = JSON.parse(await readFile(file, 'utf8'));
    expect(exported.plan).toEqual((await stored()).safetyPlan);
    expect(exported.plan.version).toBe(1);

    const fresh = await launchExtension(extensionDir);
    const freshOutside: string[] = [];
    watchRequests(fresh.context, fresh.extensionId, freshOutside);
    try {
      const other = await fresh.context.newPage();
      const otherLog = collectConsole(other);
      await openPlan(other, fresh.extensionId);
      await other.getByLabel('Load a plan from a file').setInputFiles(file);

      await other.getByRole('heading', { name: 'Replace your plan?' }).waitFor();
      const summary = await other.locator('.plan-confirm').textContent();
      expect(summary).toContain('My warning signs: 0 now, 2 from the file');
      expect(summary).toContain('People I can ask for help: 0 now, 1 from the file');
      // Nothing is replaced before the person says so.
      expect(await other.evaluate(() => chrome.storage.local.get())).toEqual({});
      await expectNoViolations(other);
      await expectNoViolationsAt320(other);
      await button('Replace my plan', other).click();

      await expect.poll(() => other.evaluate(() => chrome.storage.local.get())).toEqual({ safetyPlan: exported.plan });
      expect(await textbox('Name, person 1', other).inputValue()).toBe('Kari');
      expect(otherLog).toEqual({ errors: [], warnings: [], pageErrors: [] });

      await other.getByLabel('Load a plan from a file').setInputFiles({
        name: 'notes.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"hello":"world"}'),
      });
      await expect
        .poll(() => other.getByRole('alert').textContent())
        .toBe('This file is not a plan from Get help now.');
    } finally {
      await fresh.close();
    }
    expect(freshOutside).toEqual([]);
  });

  it('is opened from the popup and from the options page', async () => {
    await page.evaluate(() => chrome.storage.local.set({ settings: { firstRunDone: true } }));
    await page.goto(url('popup.html'));
    const fromPopup = page.getByRole('link', { name: 'My plan', exact: true });
    expect(await fromPopup.getAttribute('href')).toBe(url('safety-plan.html'));
    await page.goto(url('options.html'));
    expect(await page.getByRole('link', { name: 'Open My plan' }).getAttribute('href')).toBe(url('safety-plan.html'));
  });
});

describe('the budgets', () => {
  /** The gzip size of every script a page loaded from the extension's package. */
  async function loadedScripts(target: Page, open: () => Promise<void>) {
    const files = new Set<string>();
    const record = (response: { url(): string }) => {
      const address = new URL(response.url());
      if (address.pathname.endsWith('.js')) files.add(address.pathname.slice(1));
    };
    target.on('response', record);
    await open();
    await target.waitForTimeout(300);
    target.off('response', record);
    let gzip = 0;
    for (const file of files) gzip += (await gzipSize(path.join(extensionDir, file))).gzip;
    return { files, gzip };
  }

  it.each(['nb', 'nn', 'en'])('keeps what the plan page loads within its budget (%s)', async (language) => {
    await page.evaluate(
      (lang) => chrome.storage.local.set({ settings: { language: lang, firstRunDone: true } }),
      language,
    );
    const { files, gzip } = await loadedScripts(page, () => openPlan());

    expect(files.size).toBeGreaterThan(0);
    expect(gzip, [...files].join(', ')).toBeLessThanOrEqual(BUDGETS.plan);
    // A first use, as here, is the most a visit loads; the build's check (scripts/check-size.mjs) counts it so.
    expect(gzip).toBeLessThanOrEqual((await planScripts(extensionDir)).total);
  });

  it('keeps the popup’s opening free of the plan’s code', async () => {
    const popup = await popupScripts(extensionDir);
    const plan = await planScripts(extensionDir);

    expect(popup.opening.gzip).toBeLessThanOrEqual(BUDGETS.popup);
    for (const file of plan.opening.files) expect(popup.opening.files.has(file), file).toBe(false);
  });
});
