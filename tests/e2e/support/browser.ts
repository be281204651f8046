// The e2e harness: Debian's Chromium (scripts/chromium.mjs), the project's static server, axe-core and a
// console recorder.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as axe from 'axe-core';
import type { Page } from 'playwright-core';

export { type LaunchedExtension, launchBrowser, launchExtension } from '../../../scripts/chromium.mjs';
export { type StaticServer, type StaticServerOptions, startStaticServer } from '../../../scripts/static-server.mjs';

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
