import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  BUDGETS,
  checkBudget,
  enforceBudget,
  gzipLength,
  gzipSize,
  planScripts,
  popupScripts,
} from '../../scripts/size-budget.mjs';

describe('size budgets', () => {
  it('are the decided figures: 59 KB for the widget (six languages), 40 KB for the popup on opening, 32 KB for My plan (six languages), 15 KB for the search help script, 16.5 KB for its card', () => {
    expect(BUDGETS).toEqual({
      widget: 59 * 1024,
      popup: 40 * 1024,
      plan: 32 * 1024,
      searchHelp: 15 * 1024,
      searchCard: 16.5 * 1024,
    });
  });

  it('fail a bundle over budget, printing the figure and the budget', () => {
    // Random bytes do not compress: a fake bundle just over the widget's budget once gzipped.
    const oversize = gzipLength(randomBytes(BUDGETS.widget + 100));
    const verdict = checkBudget('get-help-now.js', oversize, BUDGETS.widget);
    expect(verdict.ok).toBe(false);
    expect(verdict.message).toContain(`${(oversize / 1024).toFixed(1)} KB`);
    expect(verdict.message).toContain('59.0 KB budget');
    expect(() => enforceBudget('get-help-now.js', oversize, BUDGETS.widget)).toThrow(/OVER by .* the 59\.0 KB budget/);
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

  it('count My plan as its script, its largest language and its largest names, the other chunks apart', async () => {
    const ext = await mkdtemp(path.join(tmpdir(), 'ghn-size-'));
    const text = (bytes: number) => `export const m = "${randomBytes(bytes).toString('hex')}";`;
    try {
      await mkdir(path.join(ext, 'chunks'));
      await writeFile(
        path.join(ext, 'safety-plan.html'),
        '<script type="module" src="/chunks/safety-plan-a1.js"></script>',
      );
      await writeFile(
        path.join(ext, 'chunks/safety-plan-a1.js'),
        ['my-plan-b2', 'my-plan-C_3', 'services-e5', 'services-f6', 'municipalities-d4']
          .map((chunk, i) => `const f${i} = () => import("./${chunk}.js");`)
          .join('\n'),
      );
      // Random text does not compress: the larger of each kind is the one with more of it.
      await writeFile(path.join(ext, 'chunks/my-plan-b2.js'), text(10));
      await writeFile(path.join(ext, 'chunks/my-plan-C_3.js'), text(300));
      await writeFile(path.join(ext, 'chunks/services-e5.js'), text(200));
      await writeFile(path.join(ext, 'chunks/services-f6.js'), text(20));
      await writeFile(path.join(ext, 'chunks/municipalities-d4.js'), text(900));

      const plan = await planScripts(ext);

      const size = async (file: string) => (await gzipSize(path.join(ext, 'chunks', file))).gzip;
      expect([...plan.opening.files]).toEqual(['chunks/safety-plan-a1.js']);
      expect(plan.languages.map((c) => c.file).sort()).toEqual(['chunks/my-plan-C_3.js', 'chunks/my-plan-b2.js']);
      expect(plan.names.map((c) => c.file).sort()).toEqual(['chunks/services-e5.js', 'chunks/services-f6.js']);
      expect(plan.others.map((c) => c.file)).toEqual(['chunks/municipalities-d4.js']);
      expect(plan.total).toBe(
        (await size('safety-plan-a1.js')) + (await size('my-plan-C_3.js')) + (await size('services-e5.js')),
      );
    } finally {
      await rm(ext, { recursive: true, force: true });
    }
  });
});
