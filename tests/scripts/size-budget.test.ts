import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { BUDGETS, checkBudget, enforceBudget, gzipLength, popupScripts } from '../../scripts/size-budget.mjs';

describe('size budgets', () => {
  it('are the decided figures: 56 KB for the widget (six languages), 40 KB for the popup on opening', () => {
    expect(BUDGETS).toEqual({ widget: 56 * 1024, popup: 40 * 1024 });
  });

  it('fail a bundle over budget, printing the figure and the budget', () => {
    // Random bytes do not compress: a fake bundle just over the widget's budget once gzipped.
    const oversize = gzipLength(randomBytes(BUDGETS.widget + 100));
    const verdict = checkBudget('get-help-now.js', oversize, BUDGETS.widget);
    expect(verdict.ok).toBe(false);
    expect(verdict.message).toContain(`${(oversize / 1024).toFixed(1)} KB`);
    expect(verdict.message).toContain('56.0 KB budget');
    expect(() => enforceBudget('get-help-now.js', oversize, BUDGETS.widget)).toThrow(/OVER by .* the 56\.0 KB budget/);
  });

  it('pass a bundle at or under budget', () => {
    expect(checkBudget('x', BUDGETS.popup, BUDGETS.popup).ok).toBe(true);
    expect(() => enforceBudget('x', 1000, BUDGETS.popup)).not.toThrow();
  });

  it('count what the popup loads on opening apart from what it imports later', async () => {
    const ext = await mkdtemp(path.join(tmpdir(), 'ghn-size-'));
    try {
      await writeFile(path.join(ext, 'popup.html'), '<script type="module" src="/chunks/popup.js"></script>');
      await writeFile(path.join(ext, 'shared.js'), 'export const a = 1;');
      await writeFile(path.join(ext, 'later.js'), 'export const b = 2;');
      await mkdir(path.join(ext, 'chunks'));
      await writeFile(
        path.join(ext, 'chunks/popup.js'),
        'import { a } from "../shared.js"; const l = () => import("../later.js");',
      );
      const { opening, later } = await popupScripts(ext);
      expect([...opening.files].sort()).toEqual(['chunks/popup.js', 'shared.js']);
      expect([...later.files]).toEqual(['later.js']);
    } finally {
      await rm(ext, { recursive: true, force: true });
    }
  });
});
