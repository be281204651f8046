import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { exportPlan } from '../../../extension/safety-plan/plan-file';
import { safetyPlanJsonSchema } from '../../../shared/schema/safety-plan-json-schema';
import { examplePlan } from '../../extension/safety-plan/example-plan';

const validate = new Ajv({ strict: false }).compile(safetyPlanJsonSchema());

describe('the JSON Schema of an exported plan', () => {
  it('accepts the file the page exports', () => {
    const file = JSON.parse(exportPlan(examplePlan, new Date('2026-11-30T09:30:00.000Z')));

    expect(validate(file), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each([
    ['another kind of file', { kind: 'something-else', exported: '2026-11-30T09:30:00.000Z', plan: examplePlan }],
    [
      'a plan of another version',
      { kind: 'get-help-now/safety-plan', exported: '2026-11-30T09:30:00.000Z', plan: { ...examplePlan, version: 2 } },
    ],
    [
      'a helper without a phone field',
      {
        kind: 'get-help-now/safety-plan',
        exported: '2026-11-30T09:30:00.000Z',
        plan: { ...examplePlan, helpers: [{ name: 'Kari' }] },
      },
    ],
  ])('refuses %s, as the import does', (_, file) => {
    expect(validate(file)).toBe(false);
  });
});
