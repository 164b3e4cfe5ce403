/** Resolves a session cookie token to the signed-in user, or null when absent, expired or revoked. */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '@ldm/db';
import type { Role } from '@ldm/shared';
import type { SessionUser } from '../context';

/** Sessions are stored by the SHA-256 of their token, so a database leak yields no live cookies. */
export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function findSessionUser(db: Kysely<Database>, token: string, now = new Date()): Promise<SessionUser | null> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['users.id', 'users.email', 'users.name', 'users.role', 'users.locality_code', 'users.active', 'sessions.expires_at'])
    .where('sessions.id', '=', sessionIdOf(token))
    .executeTakeFirst();
  if (!row || row.active !== 1 || row.expires_at <= now.toISOString()) return null;
  return { id: row.id, email: row.email, name: row.name, role: row.role as Role, localityCode: row.locality_code };
}
