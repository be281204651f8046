import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPlanStore, PLAN_KEY, SET_ASIDE_KEY } from '../../../extension/safety-plan/plan-store';
import { SAFETY_PLAN_VERSION } from '../../../shared/schema/safety-plan-schema';
import { examplePlan } from './example-plan';

const now = () => new Date('2026-11-30T08:00:00.000Z');
const stored = () => fakeBrowser.storage.local.get();

describe('the plan store', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('finds nothing on first use, and writes nothing by reading', async () => {
    expect(await createPlanStore(now).load()).toEqual({ state: 'empty' });
    expect(await stored()).toEqual({});
  });

  it('reads back what it saved, in storage.local under its own key, and nothing in sync', async () => {
    await createPlanStore(now).save(examplePlan);

    expect(await createPlanStore(now).load()).toEqual({ state: 'open', plan: examplePlan });
    expect(Object.keys(await stored())).toEqual([PLAN_KEY]);
    expect(await fakeBrowser.storage.sync.get()).toEqual({});
  });

  it('leaves the settings alone', async () => {
    await fakeBrowser.storage.local.set({ settings: { municipality: '0301', firstRunDone: true } });
    await createPlanStore(now).save(examplePlan);
    await createPlanStore(now).deleteAll();

    expect(await stored()).toEqual({ settings: { municipality: '0301', firstRunDone: true } });
  });

  it.each([
    ['text', 'Min plan', 'not-a-plan'],
    ['a plan with a section of the wrong shape', { ...examplePlan, helpers: 'Kari 912 34 567' }, 'invalid'],
    ['a plan from a newer version', { ...examplePlan, version: SAFETY_PLAN_VERSION + 1 }, 'newer-version'],
  ])('keeps %s aside under its own key, whole, and starts empty', async (_, value, problem) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await fakeBrowser.storage.local.set({ [PLAN_KEY]: value });

    expect(await createPlanStore(now).load()).toEqual({ state: 'empty' });
    expect(await stored()).toEqual({ [SET_ASIDE_KEY]: [{ at: '2026-11-30T08:00:00.000Z', problem, value }] });
    expect(await createPlanStore(now).setAside()).toEqual([{ at: '2026-11-30T08:00:00.000Z', problem, value }]);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('keeps every record it sets aside, not only the last', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const store = createPlanStore(now);
    await fakeBrowser.storage.local.set({ [PLAN_KEY]: 'first' });
    await store.load();
    await fakeBrowser.storage.local.set({ [PLAN_KEY]: 'second' });
    await store.load();

    expect((await store.setAside()).map((r) => r.value)).toEqual(['first', 'second']);
  });

  it('reads a locked plan as locked, without trying to read it as a plan', async () => {
    const locked = {
      locked: {
        kdf: 'PBKDF2-SHA-256',
        iterations: 600000,
        cipher: 'AES-GCM-256',
        salt: 'AAAA',
        iv: 'AAAA',
        ciphertext: 'AAAA',
      },
    };
    await fakeBrowser.storage.local.set({ [PLAN_KEY]: locked });

    expect(await createPlanStore(now).load()).toEqual({ state: 'locked', locked });
  });

  it('says storage is unreadable when it fails, and writes nothing over it', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await fakeBrowser.storage.local.set({ [PLAN_KEY]: examplePlan });
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('corrupt profile'));

    expect(await createPlanStore(now).load()).toEqual({ state: 'unreadable' });
    vi.mocked(fakeBrowser.storage.local.get).mockRestore();
    expect(await stored()).toEqual({ [PLAN_KEY]: examplePlan });
  });

  it('deletes the plan and everything set aside, leaving nothing of them', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const store = createPlanStore(now);
    await fakeBrowser.storage.local.set({ [PLAN_KEY]: 'damaged' });
    await store.load();
    await store.save(examplePlan);

    await store.deleteAll();

    expect(await stored()).toEqual({});
  });
});
