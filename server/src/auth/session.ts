/**
 * Database sessions. The cookie carries a random token; the table stores only its SHA-256
 * (`sessionIdOf`). A session ends after IDLE_MINUTES without a request or ABSOLUTE_HOURS after
 * sign-in, whichever comes first; signing out deletes it.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Database } from '@ldm/db';
import type { Kysely } from 'kysely';

/** Sessions are stored by the SHA-256 of their token, so a database leak yields no live cookies. */
export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export const IDLE_MINUTES = 120;
export const ABSOLUTE_HOURS = 12;

export interface NewSession {
  token: string;
  /** Absolute expiry, also the cookie's `Expires`. */
  expires: Date;
}

export async function createSession(db: Kysely<Database>, userId: number, now = new Date()): Promise<NewSession> {
  const token = randomBytes(32).toString('base64url');
  const expires = new Date(now.getTime() + ABSOLUTE_HOURS * 3_600_000);
  await db
    .insertInto('sessions')
    .values({
      id: sessionIdOf(token),
      user_id: userId,
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      expires_at: expires.toISOString(),
    })
    .execute();
  return { token, expires };
}

export async function revokeSession(db: Kysely<Database>, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', sessionIdOf(token)).execute();
}

/** Ends every session of a user (deactivation, password reset). */
export async function revokeUserSessions(db: Kysely<Database>, userId: number): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}
