import * as z from 'zod/mini';

/**
 * The shape's version, stored inside the plan itself, so that storage, an exported file and the text inside a
 * locked plan all say which shape they hold. Bump it together with a migration in SAFETY_PLAN_MIGRATIONS,
 * keyed by the version it migrates to, whenever a field changes meaning or shape.
 */
export const SAFETY_PLAN_VERSION = 1;

/** Version → function from the previous version's plan. Version 1 is the first shape: nothing to migrate. */
export const SAFETY_PLAN_MIGRATIONS: Record<number, (previous: Record<string, unknown>) => Record<string, unknown>> =
  {};

/** The plan's sections in the order of the method: the plan, crisis mode and the printout follow it. */
export const PLAN_SECTIONS = [
  'warningSigns',
  'onMyOwn',
  'breaks',
  'helpers',
  'services',
  'saferSurroundings',
  'reasonsToLive',
] as const;
export type PlanSection = (typeof PLAN_SECTIONS)[number];
/** The sections that are lists of the person's own sentences; the other two are lists of contacts. */
export type TextSection = Exclude<PlanSection, 'helpers' | 'services'>;
export type ContactSection = Extract<PlanSection, 'helpers' | 'services'>;
export const isContactSection = (section: PlanSection): section is ContactSection =>
  section === 'helpers' || section === 'services';

/** Limits far above any real plan; they only stop a damaged or hostile record from filling the page. */
export const MAX_ENTRIES = 100;
export const MAX_TEXT = 2000;
const MAX_SHORT = 200;

const text = (max: number) => z.string().check(z.maxLength(max, `at most ${max} characters`));
const list = <T extends z.core.SomeType>(entry: T) =>
  z.array(entry).check(z.maxLength(MAX_ENTRIES, `at most ${MAX_ENTRIES} entries`));

// A plain pattern rather than z.iso.datetime(): the same check for what toISOString writes, 0.6 KB gzip less.
export const isoDate = () =>
  z.string().check(z.regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/, 'must be an ISO 8601 time in UTC'));

/** Someone the person can ask for help: a name, and a number the page turns into a `tel:` link. */
export const PlanContactSchema = z.object({ name: text(MAX_SHORT), phone: text(MAX_SHORT) });
export type PlanContact = z.output<typeof PlanContactSchema>;

/**
 * A professional or a service. Prefilled from the catalogue (`from` names the catalogue id, or `municipality`
 * for the municipality's own page), then the person's own copy to change or remove.
 */
export const PlanServiceSchema = z.object({
  name: text(MAX_SHORT),
  phone: text(MAX_SHORT),
  web: z.optional(text(MAX_SHORT).check(z.regex(/^https:\/\//, 'web must be an https:// address'))),
  from: z.optional(text(MAX_SHORT)),
});
export type PlanService = z.output<typeof PlanServiceSchema>;

/**
 * A safety plan, in the person's own words. Strict on purpose, unlike the settings: a record that does not fit
 * is kept aside whole and the person is told, rather than quietly losing the parts that did not fit.
 */
export const SafetyPlanSchema = z.object({
  version: z.literal(SAFETY_PLAN_VERSION),
  /** When the person last changed it (ISO 8601), for the printout. */
  updated: isoDate(),
  /** What tells me a crisis may be coming. */
  warningSigns: list(text(MAX_TEXT)),
  /** What I can do on my own to get through it. */
  onMyOwn: list(text(MAX_TEXT)),
  /** People and places that give me a break. */
  breaks: list(text(MAX_TEXT)),
  /** People I can ask for help. */
  helpers: list(PlanContactSchema),
  /** Professionals and services I can contact. */
  services: list(PlanServiceSchema),
  /** Making my surroundings safer. */
  saferSurroundings: list(text(MAX_TEXT)),
  /** What makes life worth living for me. */
  reasonsToLive: list(text(MAX_TEXT)),
});
export type SafetyPlan = z.output<typeof SafetyPlanSchema>;

/** Why a value is not a plan this version can read. */
export type PlanProblem = 'not-a-plan' | 'newer-version' | 'invalid';

export type PlanReading = { ok: true; plan: SafetyPlan } | { ok: false; problem: PlanProblem };

type Migrated = { ok: true; record: Record<string, unknown> } | { ok: false; problem: PlanProblem };

/**
 * Walks a stored or imported record from its version up to `to`, one migration at a time. The target and the
 * migrations are parameters so that the path can be tested before a version 2 exists.
 */
export function migrateSafetyPlan(
  value: unknown,
  { to = SAFETY_PLAN_VERSION, migrations = SAFETY_PLAN_MIGRATIONS } = {},
): Migrated {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, problem: 'not-a-plan' };
  let record = value as Record<string, unknown>;
  const version = record.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, problem: 'not-a-plan' };
  }
  if (version > to) return { ok: false, problem: 'newer-version' };
  for (let next = version + 1; next <= to; next++) {
    const migrate = migrations[next];
    if (!migrate) return { ok: false, problem: 'invalid' };
    try {
      record = { ...migrate(record), version: next };
    } catch {
      return { ok: false, problem: 'invalid' };
    }
  }
  return { ok: true, record };
}

/** A plan from whatever was stored or imported: migrated from an older version, then validated. Never throws. */
export function readSafetyPlan(value: unknown): PlanReading {
  const migrated = migrateSafetyPlan(value);
  if (!migrated.ok) return migrated;
  const parsed = SafetyPlanSchema.safeParse(migrated.record);
  return parsed.success ? { ok: true, plan: parsed.data } : { ok: false, problem: 'invalid' };
}
