// Password hashing: PBKDF2-SHA256 with a per-user salt at the highest iteration count Workers allow.
import { constantTimeEqual, fromHex, toHex } from './crypto';

/** workerd refuses PBKDF2 above 100,000 iterations. */
export const PBKDF2_ITERATIONS = 100_000;

export type PasswordHash = { hash: string; salt: string; iterations: number };

async function derive(password: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, 256);
  return new Uint8Array(bits);
}

export async function hashPassword(password: string, iterations = PBKDF2_ITERATIONS): Promise<PasswordHash> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return { hash: toHex(await derive(password, salt, iterations)), salt: toHex(salt), iterations };
}

export async function verifyPassword(password: string, stored: PasswordHash): Promise<boolean> {
  const derived = await derive(password, fromHex(stored.salt), stored.iterations);
  return constantTimeEqual(derived, fromHex(stored.hash));
}
