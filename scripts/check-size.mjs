#!/usr/bin/env node
// Run by `npm run build:extension` after `wxt build`: fails the build when the JavaScript the popup loads on
// opening is over its budget (scripts/size-budget.mjs). The widget's budget is held by build-widget.mjs.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUDGETS, enforceBudget, popupScripts } from './size-budget.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ext = path.join(root, process.argv[2] ?? 'dist/chrome-mv3');
try {
  const { opening } = await popupScripts(ext);
  console.log(enforceBudget('The popup’s JavaScript on opening', opening.gzip, BUDGETS.popup));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
