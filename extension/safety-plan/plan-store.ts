import { browser } from 'wxt/browser';
import { type LockedPlan, LockedPlanSchema } from '../../shared/schema/locked-plan-schema';
import { type PlanProblem, readSafetyPlan, type SafetyPlan } from '../../shared/schema/safety-plan-schema';

/** The plan, open or locked, in storage.local (never storage.sync): the plan stays in this browser. */
export const PLAN_KEY = 'safetyPlan';
/** Records that could not be read, kept whole rather than dropped, so the person can still save their words. */
export const SET_ASIDE_KEY = 'safetyPlanSetAside';

/** A stored record this version could not read, as it was found. */
export interface SetAsideRecord {
  /** When it was set aside (ISO 8601). */
  at: string;
  problem: PlanProblem;
  value: unknown;
}

export type LoadedPlan =
  | { state: 'empty' }
  | { state: 'open'; plan: SafetyPlan }
  | { state: 'locked'; locked: LockedPlan }
  /** Storage itself failed: the page must not write over what may still be there. */
  | { state: 'unreadable' };

export interface PlanStore {
  /** The stored plan, validated. A record that does not read is moved to SET_ASIDE_KEY first. Never throws. */
  load(): Promise<LoadedPlan>;
  save(value: SafetyPlan | LockedPlan): Promise<void>;
  setAside(): Promise<SetAsideRecord[]>;
  /** Moves a record that cannot be read from the plan's key to the records set aside. */
  keepAside(problem: PlanProblem, value: unknown): Promise<void>;
  /** Forgets the records that were set aside. */
  dropSetAside(): Promise<void>;
  /** Deletes the plan and everything set aside: storage.local holds nothing of it afterwards. */
  deleteAll(): Promise<void>;
}

function isRecordList(value: unknown): value is SetAsideRecord[] {
  return Array.isArray(value) && value.every((r) => typeof r === 'object' && r !== null && 'value' in r);
}

/**
 * The plan in storage.local, validated here at the edge. Through the browser's storage.local itself, not WXT's
 * storage items: their versioning would be a second version beside the plan's own (which an exported file and
 * a locked plan carry too), and the wrapper was 3.6 KB gzip of the page's 30 KB budget.
 */
export function createPlanStore(now: () => Date = () => new Date()): PlanStore {
  const area = () => browser.storage.local;
  const read = async (key: string): Promise<unknown> => (await area().get(key))[key];

  async function setAside(): Promise<SetAsideRecord[]> {
    const value = await read(SET_ASIDE_KEY);
    return isRecordList(value) ? value : [];
  }

  async function keepAside(problem: PlanProblem, value: unknown) {
    const records = [...(await setAside()), { at: now().toISOString(), problem, value }];
    await area().set({ [SET_ASIDE_KEY]: records });
    await area().remove(PLAN_KEY);
  }

  return {
    async load() {
      let value: unknown;
      try {
        value = await read(PLAN_KEY);
      } catch (error) {
        console.warn('My plan: could not read storage.', error);
        return { state: 'unreadable' };
      }
      if (value === null || value === undefined) return { state: 'empty' };
      const locked = LockedPlanSchema.safeParse(value);
      if (locked.success) return { state: 'locked', locked: locked.data };
      const reading = readSafetyPlan(value);
      if (reading.ok) return { state: 'open', plan: reading.plan };
      console.warn(`My plan: the stored plan could not be read (${reading.problem}); it is kept aside.`);
      try {
        await keepAside(reading.problem, value);
      } catch (error) {
        console.warn('My plan: could not keep the unreadable plan aside.', error);
        return { state: 'unreadable' };
      }
      return { state: 'empty' };
    },
    save: (value) => area().set({ [PLAN_KEY]: value }),
    setAside,
    keepAside,
    dropSetAside: () => area().remove(SET_ASIDE_KEY),
    deleteAll: () => area().remove([PLAN_KEY, SET_ASIDE_KEY]),
  };
}
