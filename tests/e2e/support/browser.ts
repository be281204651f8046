// The e2e harness: Debian's Chromium driven by playwright-core (Playwright's own browser downloads are not
// available here), the project's static server, axe-core and a console recorder.
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type * as axe from 'axe-core';
import { type Browser, type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';

export { type StaticServer, type StaticServerOptions, startStaticServer } from '../../../scripts/static-server.mjs';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// The sandbox cannot start as root in a container, and there is no GPU. Without the networking flags Chromium
// keeps retrying Google services on a machine with no network.
const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

function executablePath(): string {
  if (!existsSync(chromiumPath)) {
    throw new Error(`No Chromium at ${chromiumPath}: run \`apt-get install chromium\` or set CHROMIUM_PATH.`);
  }
  return chromiumPath;
}

/** A headless Chromium. Launch one per test file: the machine has two cores. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: executablePath(), headless: true, args: chromiumFlags });
}

export interface LaunchedExtension {
  context: BrowserContext;
  /** The host of the extension's URLs: `chrome-extension://${extensionId}/popup.html`. */
  extensionId: string;
  /** Closes the browser and removes its temporary profile. */
  close(): Promise<void>;
}

const isExtensionWorker = (worker: Worker) => worker.url().startsWith('chrome-extension://');

/**
 * Chromium with the unpacked extension in `extensionDir` loaded into a fresh, temporary profile.
 * The extension id is read from the URL of its background service worker, so the extension must have one.
 */
export async function launchExtension(extensionDir: string): Promise<LaunchedExtension> {
  const dir = path.resolve(extensionDir);
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(`No manifest.json in ${dir}: build the extension first (npm run build:extension).`);
  }
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'get-help-now-profile-'));
  const removeProfile = () => rm(userDataDir, { recursive: true, force: true });

  let context: BrowserContext;
  try {
    // Chromium 132+ reads plain `--headless` (what headless: true passes) as the new headless mode, the one
    // that runs extensions; `--disable-extensions-except` overrides Playwright's default `--disable-extensions`.
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: executablePath(),
      headless: true,
      args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, ...chromiumFlags],
    });
  } catch (error) {
    await removeProfile();
    throw error;
  }
  const close = async () => {
    await context.close();
    await removeProfile();
  };

  try {
    const worker =
      context.serviceWorkers().find(isExtensionWorker) ??
      (await context.waitForEvent('serviceworker', { predicate: isExtensionWorker, timeout: 10_000 }));
    return { context, extensionId: new URL(worker.url()).host, close };
  } catch (error) {
    await close();
    throw new Error(`The extension in ${dir} started no background service worker.`, { cause: error });
  }
}

/** The parts of an axe violation worth reading in a failed assertion. */
export type AxeViolation = Pick<axe.Result, 'id' | 'impact' | 'help' | 'helpUrl'> & {
  nodes: Pick<axe.NodeResult, 'target' | 'failureSummary'>[];
};

/** What to check: a selector, a list of them, or `{ include, exclude }`; the whole document by default. */
export type AxeContext = axe.SerialSelector | axe.SerialSelectorList | axe.SerialContextObject;

// WCAG 2.1 A and AA: the level Norway's universal-design regulation (uu-forskriften) requires.
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const require = createRequire(import.meta.url);
let axeSource: string | undefined;

/** Runs axe-core's WCAG 2.1 A/AA rules on the page (open shadow roots included) and returns the violations. */
export async function runAxe(page: Page, context?: AxeContext): Promise<AxeViolation[]> {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  // Evaluated over the DevTools protocol rather than added as a <script>, which a strict CSP would block.
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(axeSource);

  return page.evaluate(
    async ([selection, tags]) => {
      const axeInPage = (globalThis as unknown as { axe: typeof axe }).axe;
      const results = await axeInPage.run(selection ?? document, { runOnly: { type: 'tag', values: [...tags] } });
      return results.violations.map(({ id, impact, help, helpUrl, nodes }) => ({
        id,
        impact,
        help,
        helpUrl,
        nodes: nodes.map(({ target, failureSummary }) => ({ target, failureSummary })),
      }));
    },
    [context ?? null, wcagTags] as const,
  );
}

/** Violations as text for an assertion message: `expect(violations, formatViolations(violations)).toEqual([])`. */
export function formatViolations(violations: readonly AxeViolation[]): string {
  if (violations.length === 0) return 'No accessibility violations.';
  const blocks = violations.map(({ id, impact, help, helpUrl, nodes }) => {
    const where = nodes.map(({ target, failureSummary }) => {
      // A target lists one selector per frame; a selector inside shadow roots is a list, host first.
      const selector = target.map((part) => (Array.isArray(part) ? part.join(' >>> ') : part)).join(' / ');
      const summary = (failureSummary ?? '').replaceAll('\n', '\n      ');
      return `  - ${selector}\n      ${summary}`;
    });
    return [`${id} (${impact ?? 'no impact given'}): ${help}`, `  ${helpUrl}`, ...where].join('\n');
  });
  return `${violations.length} accessibility violation(s):\n${blocks.join('\n')}`;
}

export interface ConsoleLog {
  errors: string[];
  warnings: string[];
  /** Uncaught exceptions thrown in the page. */
  pageErrors: string[];
}

/** Records the page's console errors and warnings and its uncaught exceptions from now on, as they happen. */
export function collectConsole(page: Page): ConsoleLog {
  const log: ConsoleLog = { errors: [], warnings: [], pageErrors: [] };
  page.on('console', (message) => {
    const list = message.type() === 'error' ? log.errors : message.type() === 'warning' ? log.warnings : undefined;
    // The text of a failed load does not name the resource; the location does.
    const { url, lineNumber } = message.location();
    list?.push(url ? `${message.text()} (${url}:${lineNumber})` : message.text());
  });
  page.on('pageerror', (error) => log.pageErrors.push(error.message));
  return log;
}
