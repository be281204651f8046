import { describe, expect, it } from 'vitest';
import { exportPlan, filledEntries, importPlan, replacementSummary } from '../../../extension/safety-plan/plan-file';
import { SAFETY_PLAN_FILE_KIND } from '../../../shared/schema/safety-plan-file-schema';
import { SAFETY_PLAN_VERSION } from '../../../shared/schema/safety-plan-schema';
import { examplePlan } from './example-plan';

const exported = new Date('2026-11-30T09:30:00.000Z');

describe('exporting and importing a plan', () => {
  it('gives back exactly the plan that was exported, with the time of export', () => {
    expect(importPlan(exportPlan(examplePlan, exported))).toEqual({
      ok: true,
      plan: examplePlan,
      exported: '2026-11-30T09:30:00.000Z',
    });
  });

  it('writes a file that says what it is and which version it holds', () => {
    const file = JSON.parse(exportPlan(examplePlan, exported));

    expect(file).toEqual({ kind: SAFETY_PLAN_FILE_KIND, exported: '2026-11-30T09:30:00.000Z', plan: examplePlan });
    expect(file.plan.version).toBe(SAFETY_PLAN_VERSION);
  });

  it.each([
    ['text that is not JSON', 'Kari 912 34 567', 'not-a-plan'],
    ['JSON of something else', JSON.stringify({ services: [] }), 'not-a-plan'],
    ['a bare plan without the file’s kind', JSON.stringify(examplePlan), 'not-a-plan'],
    [
      'a file from a newer version',
      JSON.stringify({ kind: SAFETY_PLAN_FILE_KIND, plan: { ...examplePlan, version: SAFETY_PLAN_VERSION + 1 } }),
      'newer-version',
    ],
    [
      'a damaged file',
      JSON.stringify({ kind: SAFETY_PLAN_FILE_KIND, plan: { ...examplePlan, warningSigns: null } }),
      'invalid',
    ],
  ])('refuses %s, saying why', (_, text, problem) => {
    expect(importPlan(text)).toEqual({ ok: false, problem });
  });

  it('counts what would be replaced, section by section, leaving out empty lines', () => {
    const empty = { ...examplePlan, warningSigns: ['', '  '], helpers: [{ name: '', phone: '' }], onMyOwn: [] };

    expect(filledEntries(empty, 'warningSigns')).toBe(0);
    expect(replacementSummary(empty, examplePlan)).toEqual([
      { section: 'warningSigns', current: 0, incoming: 2 },
      { section: 'onMyOwn', current: 0, incoming: 2 },
      { section: 'breaks', current: 2, incoming: 2 },
      { section: 'helpers', current: 0, incoming: 1 },
      { section: 'services', current: 3, incoming: 3 },
      { section: 'saferSurroundings', current: 1, incoming: 1 },
      { section: 'reasonsToLive', current: 2, incoming: 2 },
    ]);
  });
});
