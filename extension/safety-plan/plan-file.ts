import { SAFETY_PLAN_FILE_KIND, type SafetyPlanFile } from '../../shared/schema/safety-plan-file-schema';
import {
  isContactSection,
  PLAN_SECTIONS,
  type PlanProblem,
  type PlanSection,
  readSafetyPlan,
  type SafetyPlan,
} from '../../shared/schema/safety-plan-schema';

/** An exported plan as the file's text: the plan with its version, and when it was exported. */
export function exportPlan(plan: SafetyPlan, now: Date): string {
  const file: SafetyPlanFile = { kind: SAFETY_PLAN_FILE_KIND, exported: now.toISOString(), plan };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type ImportReading = { ok: true; plan: SafetyPlan; exported: string } | { ok: false; problem: PlanProblem };

/** A plan from an exported file's text, migrated and validated like a stored one. Never throws. */
export function importPlan(text: string): ImportReading {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-a-plan' };
  }
  if (typeof value !== 'object' || value === null || (value as { kind?: unknown }).kind !== SAFETY_PLAN_FILE_KIND) {
    return { ok: false, problem: 'not-a-plan' };
  }
  const { plan, exported } = value as { plan?: unknown; exported?: unknown };
  const reading = readSafetyPlan(plan);
  if (!reading.ok) return reading;
  return { ok: true, plan: reading.plan, exported: typeof exported === 'string' ? exported : reading.plan.updated };
}

/** How many entries a section holds that say something: empty lines left for writing do not count. */
export function filledEntries(plan: SafetyPlan, section: PlanSection): number {
  if (isContactSection(section)) return plan[section].filter((c) => c.name.trim() || c.phone.trim()).length;
  return plan[section].filter((line) => line.trim()).length;
}

/** Each section's filled entries in the plan now and in the one that would replace it. */
export function replacementSummary(current: SafetyPlan, incoming: SafetyPlan) {
  return PLAN_SECTIONS.map((section) => ({
    section,
    current: filledEntries(current, section),
    incoming: filledEntries(incoming, section),
  }));
}
