import * as z from 'zod/mini';

const base64 = () => z.string().check(z.regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64'));

/**
 * A plan locked with a PIN or passphrase, as it rests in storage: the plan's JSON encrypted with AES-GCM under
 * a key derived from the secret with PBKDF2. The names of the algorithms are stored so that a later version
 * can change them and still open what this one wrote.
 */
export const LockedPlanSchema = z.object({
  locked: z.object({
    kdf: z.literal('PBKDF2-SHA-256'),
    iterations: z.number().check(z.gte(1), z.lte(1e8)),
    cipher: z.literal('AES-GCM-256'),
    salt: base64(),
    iv: base64(),
    ciphertext: base64(),
  }),
});
export type LockedPlan = z.output<typeof LockedPlanSchema>;
