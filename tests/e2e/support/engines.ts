// One small driver over two engines besides Chromium, so that one walk runs in each: Firefox ESR through
// puppeteer-core over WebDriver BiDi, and WebKitGTK through WebKitWebDriver (plain W3C WebDriver over fetch,
// under Xvfb: it has no headless mode). The recipe and its measured quirks: ../shared/TESTING-ENGINES.md.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import type * as Axe from 'axe-core';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export type EngineName = 'firefox' | 'webkit';
export type Key = 'Tab' | 'Enter' | 'Space' | 'Shift' | 'ArrowDown';

/** What the walks need from a browser; every call fails after a timeout rather than hang. */
export interface EngineDriver {
  readonly name: EngineName;
  goto(url: string): Promise<void>;
  /** Runs a self-contained function in the page (no closures: it is sent as source) and returns its result. */
  run<A extends unknown[], T>(fn: (...args: A) => T | Promise<T>, ...args: A): Promise<T>;
  /** Runs a script's source in the page as the driver's own, which the page's CSP does not restrict. */
  inject(source: string): Promise<void>;
  /** A real click on the first match of `selector` inside the open shadow root of the first `host`. */
  click(host: string, selector: string): Promise<void>;
  press(key: Key): Promise<void>;
  close(): Promise<void>;
}

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const WEBKIT_DRIVER_PATH = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';

/** A WebDriver request that takes longer than this fails: without a display, `POST /session` hangs forever. */
const REQUEST_TIMEOUT_MS = 20_000;

/**
 * Put first in every test page's <head> (startStaticServer's `headStart`): records uncaught errors, rejected
 * promises and console errors and warnings in the page, where either driver can read them. WebDriver has no
 * log endpoint in WebKitGTK, and this keeps the two engines' checks the same.
 */
export const ERROR_RECORDER = `<script>(() => {
  const seen = (window.__pageProblems = []);
  addEventListener('error', (e) => seen.push('error: ' + (e.error?.stack || e.message)));
  addEventListener('unhandledrejection', (e) => seen.push('unhandled rejection: ' + String(e.reason?.stack || e.reason)));
  for (const level of ['error', 'warn']) {
    const original = console[level];
    console[level] = (...args) => { seen.push('console.' + level + ': ' + args.map(String).join(' ')); original.apply(console, args); };
  }
})();</script>`;

/** What the page recorded since it loaded (see ERROR_RECORDER). */
export function pageProblems(driver: EngineDriver): Promise<string[]> {
  return driver.run(() => (window as unknown as { __pageProblems?: string[] }).__pageProblems ?? ['no recorder']);
}

const require = createRequire(import.meta.url);
let axeSource: string | undefined;

/** Runs axe-core's WCAG 2.1 A/AA rules in the page (open shadow roots included); returns the violations. */
export async function axeViolations(driver: EngineDriver): Promise<string[]> {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  if (!(await driver.run(() => 'axe' in window))) await driver.inject(axeSource);
  return driver.run(async () => {
    const axe = (window as unknown as { axe: typeof Axe }).axe;
    const results = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return results.violations.map(
      (v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
    );
  });
}

// ---------- Firefox ----------

export interface FirefoxLaunch {
  browser: Browser;
  /** Lines Firefox printed: with devtools.console.stdout.content, extension pages' errors land here. */
  output: string[];
}

/** Firefox ESR, headless, driven over WebDriver BiDi. */
export async function launchFirefox(prefs: Record<string, unknown> = {}, args: string[] = []): Promise<FirefoxLaunch> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    protocolTimeout: REQUEST_TIMEOUT_MS,
    extraPrefsFirefox: prefs,
    args,
  });
  const output: string[] = [];
  const collect = (chunk: Buffer) => output.push(...chunk.toString('utf8').split('\n'));
  browser.process()?.stdout?.on('data', collect);
  browser.process()?.stderr?.on('data', collect);
  return { browser, output };
}

const PUPPETEER_KEYS = { Tab: 'Tab', Enter: 'Enter', Space: ' ', Shift: 'Shift', ArrowDown: 'ArrowDown' } as const;

/** An EngineDriver over a puppeteer page. */
export function puppeteerDriver(page: Page, close: () => Promise<void>): EngineDriver {
  page.setDefaultTimeout(REQUEST_TIMEOUT_MS);
  page.setDefaultNavigationTimeout(REQUEST_TIMEOUT_MS);
  return {
    name: 'firefox',
    async goto(url) {
      await page.goto(url, { waitUntil: 'load' });
    },
    run: (fn, ...args) => page.evaluate(fn as never, ...(args as unknown as never[])) as never,
    async inject(source) {
      await page.evaluate(source);
    },
    async click(host, selector) {
      const handle = await page.waitForSelector(`${host} >>> ${selector}`, { visible: true });
      if (!handle) throw new Error(`No ${selector} in ${host}`);
      await handle.click();
      await handle.dispose();
    },
    press: (key) => page.keyboard.press(PUPPETEER_KEYS[key]),
    close,
  };
}

// ---------- WebKit ----------

const WEBDRIVER_KEYS: Record<Key, string> = {
  Tab: '\uE004',
  Enter: '\uE007',
  Space: '\uE00D',
  Shift: '\uE008',
  ArrowDown: '\uE015',
};
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
const SHADOW = 'shadow-6066-11e4-a52e-4f735466cecf';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

class WebDriverError extends Error {
  override name = 'WebDriverError';
}

/** One W3C WebDriver command; every request has a timeout, so a hang fails instead of stalling the suite. */
async function command(base: string, method: string, path: string, body?: unknown, timeout = REQUEST_TIMEOUT_MS) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    signal: AbortSignal.timeout(timeout),
  });
  const json = (await response.json()) as { value: unknown };
  if (!response.ok) {
    const value = json.value as { error?: string; message?: string };
    throw new WebDriverError(`${method} ${path}: ${value.error ?? response.status} ${value.message ?? ''}`);
  }
  return json.value;
}

/** WebKitGTK through WebKitWebDriver under `xvfb-run -a`, one session; close() ends both processes. */
export async function launchWebKit(): Promise<EngineDriver> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  // Its own process group, so that close() ends xvfb-run, Xvfb, the driver and the browser together.
  const server: ChildProcess = spawn('xvfb-run', ['-a', WEBKIT_DRIVER_PATH, `--port=${port}`], {
    detached: true,
    stdio: 'ignore',
  });
  const stop = () => {
    try {
      if (server.pid !== undefined) process.kill(-server.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  try {
    const deadline = Date.now() + REQUEST_TIMEOUT_MS;
    for (;;) {
      const ready = await command(base, 'GET', '/status', undefined, 1000).then(
        (status) => (status as { ready?: boolean }).ready === true,
        () => false,
      );
      if (ready) break;
      if (Date.now() > deadline || server.exitCode !== null) throw new Error('WebKitWebDriver did not start');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const { sessionId } = (await command(base, 'POST', '/session', {
      capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': { args: ['--automation'] } } },
    })) as { sessionId: string };
    const session = `/session/${sessionId}`;
    const call = (method: string, path: string, body?: unknown) => command(base, method, `${session}${path}`, body);
    await call('POST', '/timeouts', { script: REQUEST_TIMEOUT_MS, pageLoad: REQUEST_TIMEOUT_MS, implicit: 0 });

    return {
      name: 'webkit',
      async goto(url) {
        await call('POST', '/url', { url });
      },
      async run(fn, ...args) {
        // Async, so that a function returning a promise is awaited; errors come back as values, not hangs.
        const script = `const done = arguments[arguments.length - 1];
          Promise.resolve().then(() => (${fn.toString()}).apply(null, Array.from(arguments).slice(0, -1)))
            .then((value) => done({ value }), (error) => done({ error: String(error && error.stack || error) }));`;
        const result = (await call('POST', '/execute/async', { script, args })) as { value: never; error?: string };
        if (result.error !== undefined) throw new Error(`In the page: ${result.error}`);
        return result.value;
      },
      async inject(source) {
        await call('POST', '/execute/sync', { script: source, args: [] });
      },
      async click(host, selector) {
        const hostElement = (await call('POST', '/element', { using: 'css selector', value: host })) as Record<
          string,
          string
        >;
        const shadow = (await call('GET', `/element/${hostElement[ELEMENT]}/shadow`)) as Record<string, string>;
        const deadline = Date.now() + 5000;
        // The shadow content renders after a task or two: look again for a moment, as puppeteer's waitFor does.
        for (;;) {
          const found = (await call('POST', `/shadow/${shadow[SHADOW]}/elements`, {
            using: 'css selector',
            value: selector,
          })) as Record<string, string>[];
          const first = found[0];
          if (first) {
            await call('POST', `/element/${first[ELEMENT]}/click`, {});
            return;
          }
          if (Date.now() > deadline) throw new Error(`No ${selector} in ${host}`);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      },
      async press(key) {
        const value = WEBDRIVER_KEYS[key];
        await call('POST', '/actions', {
          actions: [
            {
              type: 'key',
              id: 'keyboard',
              actions: [
                { type: 'keyDown', value },
                { type: 'keyUp', value },
              ],
            },
          ],
        });
      },
      async close() {
        await call('DELETE', '').catch(() => {});
        stop();
      },
    };
  } catch (error) {
    stop();
    throw error;
  }
}
