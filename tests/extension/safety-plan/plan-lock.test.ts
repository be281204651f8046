import { describe, expect, it } from 'vitest';
import { encryptPlan, LOCK_ITERATIONS, newKey, unlockPlan } from '../../../extension/safety-plan/plan-lock';
import { LockedPlanSchema } from '../../../shared/schema/locked-plan-schema';
import { examplePlan } from './example-plan';

// Fewer rounds than the page uses, so the tests stay fast; one test checks the page's own figure.
const FAST = 1000;

describe('locking the plan', () => {
  it('opens with the same PIN to exactly the plan that was locked', async () => {
    const locked = await encryptPlan(examplePlan, await newKey('2468', FAST));

    const opened = await unlockPlan(locked, '2468');

    expect(opened.ok && opened.plan).toEqual(examplePlan);
  });

  it('does not open with a wrong PIN, and says so', async () => {
    const locked = await encryptPlan(examplePlan, await newKey('2468', FAST));

    expect(await unlockPlan(locked, '2469')).toEqual({ ok: false, problem: 'wrong-secret' });
    expect(await unlockPlan(locked, '')).toEqual({ ok: false, problem: 'wrong-secret' });
  });

  it('stores nothing of the plan readable, and states its algorithms', async () => {
    const locked = await encryptPlan(examplePlan, await newKey('en lang setning om katter', FAST));
    const text = JSON.stringify(locked);

    expect(LockedPlanSchema.safeParse(locked).success).toBe(true);
    expect(locked.locked).toMatchObject({ kdf: 'PBKDF2-SHA-256', cipher: 'AES-GCM-256', iterations: FAST });
    // Phrases with spaces, which base64 never holds, so the check cannot fail by chance.
    for (const words of ['912 34 567', 'Katten min', 'svare på meldinger']) expect(text).not.toContain(words);
  });

  it('uses a fresh IV for every save under the same key, and a fresh salt for every lock', async () => {
    const key = await newKey('2468', FAST);
    const first = await encryptPlan(examplePlan, key);
    const second = await encryptPlan(examplePlan, key);
    const relocked = await encryptPlan(examplePlan, await newKey('2468', FAST));

    expect(second.locked.iv).not.toBe(first.locked.iv);
    expect(second.locked.salt).toBe(first.locked.salt);
    expect(relocked.locked.salt).not.toBe(first.locked.salt);
    // The key kept in memory after unlocking saves a plan that the PIN opens again.
    const opened = await unlockPlan(second, '2468');
    expect(opened.ok).toBe(true);
    if (opened.ok)
      expect(await unlockPlan(await encryptPlan(examplePlan, opened.key), '2468')).toMatchObject({ ok: true });
  });

  it('derives the key with 600,000 PBKDF2 rounds by default', async () => {
    const locked = await encryptPlan(examplePlan, await newKey('2468'));

    expect(locked.locked.iterations).toBe(LOCK_ITERATIONS);
    expect(LOCK_ITERATIONS).toBe(600_000);
    expect(await unlockPlan(locked, '2468')).toMatchObject({ ok: true, plan: examplePlan });
  });

  it('opens a plan whose content it cannot read as a problem, not as a plan', async () => {
    const key = await newKey('2468', FAST);
    const locked = await encryptPlan({ ...examplePlan, helpers: 'Kari' } as never, key);

    expect(await unlockPlan(locked, '2468')).toEqual({ ok: false, problem: 'invalid' });
  });
});
