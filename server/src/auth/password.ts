/**
 * Password hashing with scrypt (memory-hard, in Node's crypto: no native dependency to build), at
 * OWASP's current minimum: N = 2^17, r = 8, p = 1 (128 MiB per hash), 16-byte salt, 32-byte key.
 * Stored as `scrypt$N$r$p$salt$hash` (base64), so a hash made with older parameters is
 * recognised (`needsRehash`) and replaced at the user's next successful sign-in.
 */
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}

export const PASSWORD_COST: ScryptCost = { N: 2 ** 17, r: 8, p: 1 };
const KEY_LENGTH = 32;

function derive(password: string, salt: Buffer, cost: ScryptCost, keyLength: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(
      password.normalize('NFKC'),
      salt,
      keyLength,
      // scrypt needs 128·N·r·p bytes; Node refuses more than 32 MiB unless maxmem is raised.
      { ...cost, maxmem: 2 * 128 * cost.N * cost.r * cost.p },
      (error, key) => (error ? reject(error) : resolve(key)),
    ),
  );
}

/** Hashes at the current cost; `cost` is for tests that need a hash made with older parameters. */
export async function hashPassword(password: string, cost: ScryptCost = PASSWORD_COST): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, cost, KEY_LENGTH);
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64'), key.toString('base64')].join('$');
}

function parse(stored: string): { cost: ScryptCost; salt: Buffer; hash: Buffer } | null {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !hash) return null;
  return {
    cost: { N: Number(n), r: Number(r), p: Number(p) },
    salt: Buffer.from(salt, 'base64'),
    hash: Buffer.from(hash, 'base64'),
  };
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parse(stored);
  if (!parsed) return false;
  const key = await derive(password, parsed.salt, parsed.cost, parsed.hash.length);
  return timingSafeEqual(key, parsed.hash);
}

/** Whether a stored hash was made with other parameters than today's (then it is re-hashed at sign-in). */
export function needsRehash(stored: string): boolean {
  const parsed = parse(stored);
  return (
    !parsed ||
    parsed.cost.N !== PASSWORD_COST.N ||
    parsed.cost.r !== PASSWORD_COST.r ||
    parsed.cost.p !== PASSWORD_COST.p ||
    parsed.hash.length !== KEY_LENGTH
  );
}

/** A readable one-time password: four groups of four from an unambiguous alphabet (≈ 80 bits). */
export function generatePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const bytes = randomBytes(16);
  const chars = Array.from(bytes, (b) => alphabet[b % alphabet.length]);
  return [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join('')).join('-');
}
