/** Resolves a session cookie token to the signed-in user, or null when absent, expired or revoked. */

import { type Database, isDatabaseBusy, writeWithoutWaiting } from '@ldm/db';
import type { Role } from '@ldm/shared';
import type { Kysely } from 'kysely';
import type { SessionUser } from '../context';
import { IDLE_MINUTES, sessionIdOf } from './session';

export { sessionIdOf };

/** `last_seen_at` is written at most this often, so reads do not turn every request into a write. */
const TOUCH_EVERY_MS = 60_000;

/**
 * After a touch met SQLite's write lock (a long import's commit holds it for minutes), no touch is
 * tried on that handle for this long. A touch does not wait for the lock (writeWithoutWaiting),
 * but each try is still a failed write on the request thread.
 */
const TOUCH_PAUSE_AFTER_BUSY_MS = TOUCH_EVERY_MS;
const touchesPausedUntil = new WeakMap<Kysely<Database>, number>();

export async function findSessionUser(
  db: Kysely<Database>,
  token: string,
  now = new Date(),
): Promise<SessionUser | null> {
  const id = sessionIdOf(token);
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'users.id',
      'users.email',
      'users.name',
      'users.role',
      'users.locality_code',
      'users.active',
      'sessions.expires_at',
      'sessions.last_seen_at',
    ])
    .where('sessions.id', '=', id)
    .executeTakeFirst();
  if (row?.active !== 1) return null;
  const lastSeen = Date.parse(row.last_seen_at);
  if (row.expires_at <= now.toISOString() || now.getTime() - lastSeen > IDLE_MINUTES * 60_000) {
    await db.deleteFrom('sessions').where('id', '=', id).execute();
    return null;
  }
  if (now.getTime() - lastSeen > TOUCH_EVERY_MS && now.getTime() >= (touchesPausedUntil.get(db) ?? 0)) {
    try {
      await writeWithoutWaiting(db, (connection) =>
        connection.updateTable('sessions').set({ last_seen_at: now.toISOString() }).where('id', '=', id).execute(),
      );
    } catch (error) {
      // An import holding SQLite's write lock: the touch only extends idle time, so it waits for a later request.
      if (!isDatabaseBusy(error)) throw error;
      touchesPausedUntil.set(db, now.getTime() + TOUCH_PAUSE_AFTER_BUSY_MS);
    }
  }
  return { id: row.id, email: row.email, name: row.name, role: row.role as Role, localityCode: row.locality_code };
}
