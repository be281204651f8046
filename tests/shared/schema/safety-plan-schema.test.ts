import { describe, expect, it } from 'vitest';
import {
  MAX_ENTRIES,
  MAX_TEXT,
  migrateSafetyPlan,
  readSafetyPlan,
  SAFETY_PLAN_MIGRATIONS,
  SAFETY_PLAN_VERSION,
  SafetyPlanSchema,
} from '../../../shared/schema/safety-plan-schema';
import { examplePlan } from '../../extension/safety-plan/example-plan';

describe('SafetyPlanSchema', () => {
  it('accepts a plan with every section in use, as it is', () => {
    expect(SafetyPlanSchema.parse(examplePlan)).toEqual(examplePlan);
  });

  it.each([
    ['a section missing', { ...examplePlan, reasonsToLive: undefined }],
    ['a line that is not text', { ...examplePlan, warningSigns: [42] }],
    ['a helper without a phone field', { ...examplePlan, helpers: [{ name: 'Kari' }] }],
    [
      'a website that is not https',
      { ...examplePlan, services: [{ name: 'X', phone: '', web: 'javascript:alert(1)' }] },
    ],
    ['a line longer than the limit', { ...examplePlan, onMyOwn: ['a'.repeat(MAX_TEXT + 1)] }],
    ['more entries than the limit', { ...examplePlan, breaks: Array.from({ length: MAX_ENTRIES + 1 }, () => 'x') }],
    ['a change time that is not a time', { ...examplePlan, updated: 'yesterday' }],
  ])('refuses %s', (_, value) => {
    expect(SafetyPlanSchema.safeParse(value).success).toBe(false);
  });
});

describe('readSafetyPlan', () => {
  it('reads a stored plan of this version', () => {
    expect(readSafetyPlan(structuredClone(examplePlan))).toEqual({ ok: true, plan: examplePlan });
  });

  it.each([
    ['nothing', undefined],
    ['text', 'my plan'],
    ['a list', [examplePlan]],
    ['an object without a version', { ...examplePlan, version: undefined }],
    ['version 0', { ...examplePlan, version: 0 }],
    ['a version that is not a whole number', { ...examplePlan, version: 1.5 }],
  ])('says %s is not a plan', (_, value) => {
    expect(readSafetyPlan(value)).toEqual({ ok: false, problem: 'not-a-plan' });
  });

  it('says a plan from a newer version is newer, rather than reading part of it', () => {
    expect(readSafetyPlan({ ...examplePlan, version: SAFETY_PLAN_VERSION + 1 })).toEqual({
      ok: false,
      problem: 'newer-version',
    });
  });

  it('says a plan of this version that does not fit the shape is invalid', () => {
    expect(readSafetyPlan({ ...examplePlan, helpers: 'Kari' })).toEqual({ ok: false, problem: 'invalid' });
  });
});

describe('migrateSafetyPlan', () => {
  // Version 1 is the first shape, so the path is walked here with made-up versions 2 and 3.
  const migrations = {
    2: (previous: Record<string, unknown>) => ({ ...previous, warningSigns: [previous.signs], signs: undefined }),
    3: (previous: Record<string, unknown>) => ({ ...previous, reviewed: false }),
  };

  it('walks an old record through every migration, in order, to the target version', () => {
    expect(migrateSafetyPlan({ version: 1, signs: 'Jeg trekker meg unna' }, { to: 3, migrations })).toEqual({
      ok: true,
      record: { version: 3, warningSigns: ['Jeg trekker meg unna'], signs: undefined, reviewed: false },
    });
  });

  it('starts from the record’s own version', () => {
    expect(migrateSafetyPlan({ version: 2, warningSigns: [] }, { to: 3, migrations })).toEqual({
      ok: true,
      record: { version: 3, warningSigns: [], reviewed: false },
    });
  });

  it('calls a record invalid when a migration on its path is missing or throws', () => {
    expect(migrateSafetyPlan({ version: 1 }, { to: 3, migrations: { 3: migrations[3] } })).toEqual({
      ok: false,
      problem: 'invalid',
    });
    const throwing = {
      2: () => {
        throw new Error('bad');
      },
    };
    expect(migrateSafetyPlan({ version: 1 }, { to: 2, migrations: throwing })).toEqual({
      ok: false,
      problem: 'invalid',
    });
  });

  it('has exactly one migration for every version after the first', () => {
    const expected = Array.from({ length: SAFETY_PLAN_VERSION - 1 }, (_, i) => i + 2);
    expect(Object.keys(SAFETY_PLAN_MIGRATIONS).map(Number)).toEqual(expected);
  });
});
