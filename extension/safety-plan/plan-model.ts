import { batch, computed, signal } from '@preact/signals';
import type { Municipality } from '../../shared/catalogue/municipalities';
import type { Language } from '../../shared/schema/language-schema';
import type { LockedPlan } from '../../shared/schema/locked-plan-schema';
import {
  type ContactSection,
  MAX_ENTRIES,
  PLAN_SECTIONS,
  type PlanContact,
  type PlanProblem,
  type PlanSection,
  type SafetyPlan,
  type TextSection,
} from '../../shared/schema/safety-plan-schema';
import { loadServiceNames, type SafetyPlanKey } from '../i18n/my-plan-messages';
import { freshPlan } from './fresh-plan';
import { exportPlan, filledEntries, importPlan } from './plan-file';
import { encryptPlan, LOCK_ITERATIONS, newKey, type PlanKey, unlockPlan } from './plan-lock';
import type { PlanStore, SetAsideRecord } from './plan-store';

/** loading: storage has not answered; unreadable: storage failed, so nothing is written over it. */
export type PlanPhase = 'loading' | 'unreadable' | 'locked' | 'open';

/** The municipality with this number, from the catalogue's data in a chunk of its own; never throws. */
async function findPlace(number: string): Promise<Municipality | undefined> {
  try {
    return (await import('../../shared/catalogue/municipalities')).findMunicipalityByNumber(number);
  } catch (error) {
    console.warn('My plan: could not load the municipalities.', error);
    return undefined;
  }
}

export interface PlanModelInit {
  /** The first paint's language, before the settings are read. */
  lang: Language;
  store: PlanStore;
  now?: () => Date;
  /** PBKDF2 rounds for a new lock; tests lower it, the page never does. */
  lockIterations?: number;
}

/** The problem of a file or record, as the text that explains it. */
const FILE_PROBLEM: Record<PlanProblem, SafetyPlanKey> = {
  'not-a-plan': 'file.notAPlan',
  'newer-version': 'file.newer',
  invalid: 'file.invalid',
};

/** What the plan takes from the extension's settings. */
export interface PlanSettings {
  lang?: Language | undefined;
  municipality?: string | undefined;
}

/** One step of crisis mode: a section with something written in it, or the closing words. */
export type CrisisStep = PlanSection | 'end';

/**
 * The plan page's state in signals (STYLE.md §7), and every action on it. Each change is saved at once, in
 * order: a later change never lands before an earlier one. While a lock is set, what is saved is encrypted with
 * the key kept in memory since the lock was set or opened.
 */
export function createPlanModel({
  lang: initialLang,
  store,
  now = () => new Date(),
  lockIterations = LOCK_ITERATIONS,
}: PlanModelInit) {
  const lang = signal<Language>(initialLang);
  const phase = signal<PlanPhase>('loading');
  /** The municipality from the settings: its services start a new plan's list. */
  let municipality: string | undefined;
  let place: Promise<Municipality | undefined> | undefined;
  // The 357 municipalities load only when a new plan starts with the settings' one.
  const placeForNewPlan = () =>
    (place ??= municipality === undefined ? Promise.resolve(undefined) : findPlace(municipality));
  /** A new plan in `language`, once what it starts with is loaded: the municipality and the services' names. */
  async function newPlan(language: Language): Promise<SafetyPlan> {
    const [municipalityPlace] = await Promise.all([placeForNewPlan(), loadServiceNames(language)]);
    return freshPlan(language, municipalityPlace, now());
  }
  const plan = signal<SafetyPlan>(freshPlan(initialLang, undefined, now()));
  const locked = signal<LockedPlan | undefined>(undefined);
  /** Whether a lock is set (the key is in memory while the plan is open). */
  const lockSet = signal(false);
  let key: PlanKey | undefined;
  /** PBKDF2 is running: the page says so and does not take a second request. */
  const busy = signal(false);
  const saveState = signal<'unchanged' | 'saved' | 'failed'>('unchanged');
  const setAside = signal<readonly SetAsideRecord[]>([]);
  const unlockFailed = signal(false);
  const lockProblem = signal<SafetyPlanKey | undefined>(undefined);
  const pendingImport = signal<{ plan: SafetyPlan; exported: string } | undefined>(undefined);
  const importProblem = signal<SafetyPlanKey | undefined>(undefined);
  const confirmingDelete = signal(false);
  /** The last action's outcome, for the page's live region. */
  const notice = signal<SafetyPlanKey | undefined>(undefined);
  /** The step of crisis mode that shows; undefined when the whole plan shows. */
  const crisisIndex = signal<number | undefined>(undefined);

  const crisisSteps = computed<CrisisStep[]>(() => [
    ...PLAN_SECTIONS.filter((section) => filledEntries(plan.value, section) > 0),
    'end',
  ]);
  const crisisStep = computed<CrisisStep | undefined>(() =>
    crisisIndex.value === undefined ? undefined : crisisSteps.value[crisisIndex.value],
  );

  let writing: Promise<void> = Promise.resolve();
  let dirty = false;
  /** Queues a save of the plan as it is when the write starts; saves asked for meanwhile become that one. */
  function save(): Promise<void> {
    dirty = true;
    writing = writing
      .then(async () => {
        if (!dirty) return;
        dirty = false;
        const current = plan.peek();
        await store.save(key ? await encryptPlan(current, key) : current);
        saveState.value = 'saved';
      })
      .catch((error: unknown) => {
        console.warn('My plan: could not save.', error);
        saveState.value = 'failed';
      });
    return writing;
  }

  function change(update: (current: SafetyPlan) => Partial<SafetyPlan>): Promise<void> {
    const current = plan.peek();
    batch(() => {
      plan.value = { ...current, ...update(current), updated: now().toISOString() };
      notice.value = undefined;
    });
    return save();
  }

  const replaceAt = <T>(list: readonly T[], index: number, value: T) => list.map((v, i) => (i === index ? value : v));
  const without = <T>(list: readonly T[], index: number) => list.filter((_, i) => i !== index);

  async function readSetAside() {
    try {
      setAside.value = await store.setAside();
    } catch (error) {
      console.warn('My plan: could not read the plans set aside.', error);
    }
  }

  async function open(settings: PlanSettings = {}) {
    municipality = settings.municipality;
    const loaded = await store.load();
    const fresh = loaded.state === 'open' ? undefined : await newPlan(settings.lang ?? lang.peek());
    await readSetAside();
    batch(() => {
      if (settings.lang) lang.value = settings.lang;
      plan.value = loaded.state === 'open' ? loaded.plan : (fresh ?? plan.value);
      if (loaded.state === 'locked') {
        locked.value = loaded.locked;
        lockSet.value = true;
      }
      phase.value = loaded.state === 'empty' ? 'open' : loaded.state;
    });
  }

  async function forget() {
    await writing;
    key = undefined;
    await store.deleteAll();
    const next = await newPlan(lang.peek());
    batch(() => {
      plan.value = next;
      locked.value = undefined;
      lockSet.value = false;
      setAside.value = [];
      pendingImport.value = undefined;
      confirmingDelete.value = false;
      crisisIndex.value = undefined;
      saveState.value = 'unchanged';
      phase.value = 'open';
      notice.value = 'delete.done';
    });
  }

  return {
    lang,
    phase,
    plan,
    locked,
    lockSet,
    busy,
    saveState,
    setAside,
    unlockFailed,
    lockProblem,
    pendingImport,
    importProblem,
    confirmingDelete,
    notice,
    crisisIndex,
    crisisSteps,
    crisisStep,
    /**
     * Applies the settings' language and municipality, then reads the plan; a record that does not read is set
     * aside by the store, and the page says so.
     */
    start: open,
    /** Resolves when every change so far is written. */
    saved: () => writing,

    setText: (section: TextSection, index: number, value: string) =>
      change((p) => ({ [section]: replaceAt(p[section], index, value) })),
    addText: (section: TextSection) =>
      change((p) => ({ [section]: p[section].length < MAX_ENTRIES ? [...p[section], ''] : p[section] })),
    removeText: (section: TextSection, index: number) => change((p) => ({ [section]: without(p[section], index) })),
    setContact: (section: ContactSection, index: number, field: keyof PlanContact, value: string) =>
      change((p) => ({
        [section]: (p[section] as readonly PlanContact[]).map((c, i) => (i === index ? { ...c, [field]: value } : c)),
      })),
    addContact: (section: ContactSection) =>
      change((p) => ({
        [section]: p[section].length < MAX_ENTRIES ? [...p[section], { name: '', phone: '' }] : p[section],
      })),
    removeContact: (section: ContactSection, index: number) =>
      change((p) => ({ [section]: without(p[section] as readonly PlanContact[], index) })),

    openCrisis() {
      crisisIndex.value = 0;
    },
    nextStep() {
      const index = crisisIndex.peek();
      if (index !== undefined) crisisIndex.value = Math.min(index + 1, crisisSteps.peek().length - 1);
    },
    previousStep() {
      const index = crisisIndex.peek();
      if (index !== undefined) crisisIndex.value = Math.max(index - 1, 0);
    },
    closeCrisis() {
      crisisIndex.value = undefined;
    },

    /** The plan as an exported file's text. */
    exportText: () => exportPlan(plan.peek(), now()),
    /** Reads a file's text; a plan in it waits in pendingImport until the person confirms. */
    previewImport(text: string) {
      const reading = importPlan(text);
      batch(() => {
        notice.value = undefined;
        pendingImport.value = reading.ok ? { plan: reading.plan, exported: reading.exported } : undefined;
        importProblem.value = reading.ok ? undefined : FILE_PROBLEM[reading.problem];
      });
    },
    async confirmImport() {
      const pending = pendingImport.peek();
      if (!pending) return;
      batch(() => {
        plan.value = pending.plan;
        pendingImport.value = undefined;
        notice.value = 'file.imported';
      });
      await save();
    },
    cancelImport() {
      pendingImport.value = undefined;
    },

    /** Sets a lock: from now on the plan is stored encrypted under a key from `secret`. */
    async lock(secret: string, repeated: string) {
      if (busy.peek()) return;
      const problem = secret.length < 4 ? 'lock.tooShort' : secret !== repeated ? 'lock.mismatch' : undefined;
      lockProblem.value = problem;
      if (problem) return;
      busy.value = true;
      try {
        key = await newKey(secret, lockIterations);
        await save();
        batch(() => {
          lockSet.value = true;
          notice.value = 'lock.locked';
        });
      } finally {
        busy.value = false;
      }
    },
    /** Closes the open plan: what stays in memory is the encrypted record. */
    async lockNow() {
      if (!key) return;
      const current = plan.peek();
      const record = await encryptPlan(current, key);
      await writing;
      key = undefined;
      batch(() => {
        locked.value = record;
        plan.value = freshPlan(lang.peek(), undefined, now());
        crisisIndex.value = undefined;
        unlockFailed.value = false;
        phase.value = 'locked';
      });
    },
    async unlock(secret: string) {
      const record = locked.peek();
      if (!record || busy.peek()) return;
      batch(() => {
        busy.value = true;
        // Cleared first, so a second wrong try is announced again.
        unlockFailed.value = false;
      });
      try {
        const result = await unlockPlan(record, secret);
        if (result.ok) {
          key = result.key;
          batch(() => {
            plan.value = result.plan;
            locked.value = undefined;
            unlockFailed.value = false;
            phase.value = 'open';
            notice.value = undefined;
          });
        } else if (result.problem === 'wrong-secret') {
          unlockFailed.value = true;
        } else {
          // It opened, but what it held is not a plan this version reads: set aside, like an open record.
          await store.keepAside(result.problem, record);
          key = undefined;
          await readSetAside();
          batch(() => {
            locked.value = undefined;
            lockSet.value = false;
            phase.value = 'open';
          });
        }
      } finally {
        busy.value = false;
      }
    },
    async removeLock() {
      key = undefined;
      batch(() => {
        lockSet.value = false;
        notice.value = 'lock.removed';
      });
      await save();
    },

    /** The records set aside, as a file's text, so the person can keep what they wrote. */
    setAsideText: () => `${JSON.stringify(setAside.peek(), null, 2)}\n`,
    async dropSetAside() {
      await store.dropSetAside();
      setAside.value = [];
    },

    askDelete() {
      confirmingDelete.value = true;
    },
    cancelDelete() {
      confirmingDelete.value = false;
    },
    /** Deletes the plan, anything set aside and the lock: storage.local holds nothing of them afterwards. */
    confirmDelete: forget,
  };
}
export type PlanModel = ReturnType<typeof createPlanModel>;
