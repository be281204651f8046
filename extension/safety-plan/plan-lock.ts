import type { LockedPlan } from '../../shared/schema/locked-plan-schema';
import { type PlanReading, readSafetyPlan, type SafetyPlan } from '../../shared/schema/safety-plan-schema';

/**
 * PBKDF2 rounds: OWASP's 2023 figure for PBKDF2-HMAC-SHA256. About a quarter of a second on a laptop, once per
 * unlock. It slows guessing; it cannot make a 4-digit PIN strong, which is why the page suggests a passphrase.
 */
export const LOCK_ITERATIONS = 600_000;

/** The key that opened (or locked) a plan, kept in memory while the page is open so saving needs no PIN. */
export interface PlanKey {
  key: CryptoKey;
  salt: Uint8Array<ArrayBuffer>;
  iterations: number;
}

export type UnlockResult =
  | { ok: true; plan: SafetyPlan; key: PlanKey }
  | { ok: false; problem: 'wrong-secret' }
  | {
      ok: false;
      problem: Exclude<PlanReading, { ok: true }>['problem'];
    };

// Chunked: spreading a long plan's bytes into one call would pass the engine's argument limit.
function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** An AES-GCM key from the person's PIN or passphrase. Not extractable: it never leaves WebCrypto. */
export async function deriveKey(secret: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<PlanKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), 'PBKDF2', false, [
    'deriveKey',
  ]);
  const key = await crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
  return { key, salt, iterations };
}

/** A new key for a new lock: a fresh random salt each time a lock is set. */
export function newKey(secret: string, iterations = LOCK_ITERATIONS): Promise<PlanKey> {
  return deriveKey(secret, crypto.getRandomValues(new Uint8Array(16)), iterations);
}

/** The plan encrypted under `planKey`, with a fresh IV for every save (AES-GCM must never reuse one). */
export async function encryptPlan(plan: SafetyPlan, { key, salt, iterations }: PlanKey): Promise<LockedPlan> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = new TextEncoder().encode(JSON.stringify(plan));
  const ciphertext = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, data));
  return {
    locked: {
      kdf: 'PBKDF2-SHA-256',
      iterations,
      cipher: 'AES-GCM-256',
      salt: toBase64(salt),
      iv: toBase64(iv),
      ciphertext: toBase64(ciphertext),
    },
  };
}

/**
 * Opens a locked plan with the PIN or passphrase. A wrong one fails AES-GCM's check: the result says so, and
 * nothing is changed. What opens is read like a stored plan (migrated, validated).
 */
export async function unlockPlan(locked: LockedPlan, secret: string): Promise<UnlockResult> {
  const { salt, iv, ciphertext, iterations } = locked.locked;
  const planKey = await deriveKey(secret, fromBase64(salt), iterations);
  let text: string;
  try {
    const data = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(iv) },
      planKey.key,
      fromBase64(ciphertext),
    );
    text = new TextDecoder().decode(data);
  } catch {
    return { ok: false, problem: 'wrong-secret' };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'invalid' };
  }
  const reading = readSafetyPlan(value);
  return reading.ok ? { ok: true, plan: reading.plan, key: planKey } : reading;
}
