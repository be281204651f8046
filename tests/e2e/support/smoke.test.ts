// Proves the harness can fail: a check that cannot see a broken page would pass every real test vacuously.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  collectConsole,
  formatViolations,
  type LaunchedExtension,
  launchBrowser,
  launchExtension,
  runAxe,
  type StaticServer,
  startStaticServer,
} from './browser';

const html = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harness</title></head><body>${body}</body></html>`;

const fixtures = {
  'unnamed-button.html': html('<main><h1>Help</h1><button></button></main>'),
  // listen.js runs before the inline script, so it is listening when the policy blocks it.
  'csp.html': html(
    '<main><h1>Help</h1></main><script src="/listen.js"></script><script>window.inlineRan = true;</script>',
  ),
  'listen.js': `window.violations = [];
document.addEventListener('securitypolicyviolation', (event) => window.violations.push(event.effectiveDirective));`,
  'extension/manifest.json': JSON.stringify({
    manifest_version: 3,
    name: 'Harness probe',
    version: '1.0',
    background: { service_worker: 'background.js' },
  }),
  'extension/background.js': '',
  'extension/page.html': html('<main><h1>Extension page</h1></main>'),
};

type Probe = { inlineRan?: boolean; violations: string[] };

let root: string;
let server: StaticServer;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'e2e-smoke-'));
  await mkdir(path.join(root, 'extension'));
  for (const [name, content] of Object.entries(fixtures)) await writeFile(path.join(root, name), content);
  server = await startStaticServer(root, {
    headers: (file) => (file === '/csp.html' ? { 'Content-Security-Policy': "default-src 'self'" } : undefined),
  });
});

afterAll(async () => {
  await server?.close();
  await rm(root, { recursive: true, force: true });
});

describe('the e2e harness on a web page', () => {
  let browser: Browser;
  let tab: Page;

  // Scoped to this describe, so this browser is closed before the extension's starts: one at a time.
  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  beforeEach(async () => {
    tab = await browser.newPage();
  });

  afterEach(async () => {
    await tab.close();
  });

  it('finds a button without an accessible name, so an accessibility check can fail', async () => {
    await tab.goto(`${server.url}/unnamed-button.html`);

    const violations = await runAxe(tab);

    expect(violations.map(({ id }) => id)).toEqual(['button-name']);
    expect(formatViolations(violations)).toContain('button-name (critical)');
  });

  it('serves the Content-Security-Policy header a test sets, and Chromium enforces it', async () => {
    const log = collectConsole(tab);
    await tab.goto(`${server.url}/csp.html`);

    // Polled, not awaited with waitForFunction: without the header this fails in a second with a diff.
    await expect
      .poll(() =>
        tab.evaluate(() => {
          const { inlineRan, violations } = window as unknown as Probe;
          return { inlineRan, violations };
        }),
      )
      .toEqual({ inlineRan: undefined, violations: ['script-src-elem'] });
    await expect.poll(() => log.errors).toEqual([expect.stringContaining('Content Security Policy')]);
  });

  it('runs axe on a page whose policy forbids inline scripts', async () => {
    await tab.goto(`${server.url}/csp.html`);

    const violations = await runAxe(tab);

    expect(violations, formatViolations(violations)).toEqual([]);
  });

  it('records the path of every request, query left off', async () => {
    server.requests.length = 0;

    await tab.goto(`${server.url}/csp.html?from=smoke`);

    expect(server.requests).toEqual(['/csp.html', '/listen.js']);
  });
});

describe('the e2e harness with an extension', () => {
  let extension: LaunchedExtension;

  beforeAll(async () => {
    extension = await launchExtension(path.join(root, 'extension'));
  });

  afterAll(async () => {
    await extension?.close();
  });

  it('loads the extension and finds its id from the background service worker', async () => {
    expect(extension.extensionId).toMatch(/^[a-p]{32}$/);

    const tab = await extension.context.newPage();
    await tab.goto(`chrome-extension://${extension.extensionId}/page.html`);

    expect(await tab.textContent('h1')).toBe('Extension page');
  });
});
