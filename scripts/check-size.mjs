#!/usr/bin/env node
// Run by `npm run build:extension` after `wxt build`: fails the build when the JavaScript the popup loads on
// opening, My plan's with one language's texts, or either search help script, is over its budget
// (scripts/size-budget.mjs). The widget's budget is held by build-widget.mjs.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUDGETS, enforceBudget, gzipSize, planScripts, popupScripts } from './size-budget.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ext = path.join(root, process.argv[2] ?? 'dist/chrome-mv3');
try {
  const { opening } = await popupScripts(ext);
  console.log(enforceBudget('The popup’s JavaScript on opening', opening.gzip, BUDGETS.popup));
  const plan = await planScripts(ext);
  if (plan.languages.length === 0) throw new Error('My plan loads no texts: expected chunks named my-plan-<hash>.js.');
  console.log(enforceBudget('My plan’s JavaScript on first use, in one language', plan.total, BUDGETS.plan));
  for (const [script, budget] of [
    ['search-help.js', BUDGETS.searchHelp],
    ['search-card.js', BUDGETS.searchCard],
  ]) {
    const { gzip } = await gzipSize(path.join(ext, 'content-scripts', script));
    console.log(enforceBudget(`content-scripts/${script}`, gzip, budget));
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
