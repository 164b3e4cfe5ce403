/**
 * A long import holds SQLite's only write lock. The request thread's connection waits for it only
 * briefly (better-sqlite3 waits synchronously, stalling every request): a session still resolves,
 * its last-seen touch left for later, and a write procedure answers "try again", not an internal error.
 */
import { isDatabaseBusy, openDatabase } from '@ldm/db';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callAs } from '../testing/call-as';
import { databaseWithUsers } from '../testing/database-with-users';
import { createSession } from './session';
import { findSessionUser } from './session-user';

const onSqlite = !process.env.DATABASE_URL;

describe.skipIf(!onSqlite)('the request thread while an import holds the write lock (SQLite only)', () => {
  const suite = databaseWithUsers();
  let lock: ReturnType<typeof openDatabase>;
  let requestThread: ReturnType<typeof openDatabase>;
  let token: string;
  const signedIn = new Date(Date.now() - 5 * 60_000);
  beforeAll(async () => {
    ({ token } = await createSession(suite.db, suite.users.dean.id, signedIn));
    if (suite.test.config.kind !== 'sqlite') throw new Error('SQLite only');
    requestThread = openDatabase(suite.test.config, { busyTimeoutMs: 100 });
    // Another connection holds the write lock, as an import's worker does throughout its commit.
    lock = openDatabase(suite.test.config);
    await sql`BEGIN IMMEDIATE`.execute(lock);
  });
  afterAll(async () => {
    await sql`ROLLBACK`.execute(lock);
    await lock.destroy();
    await requestThread?.destroy();
  });

  it('resolves a session whose touch is due within the short wait, leaving last-seen as it was', async () => {
    const started = performance.now();
    expect(await findSessionUser(requestThread, token)).toMatchObject({ id: suite.users.dean.id, role: 'dean' });
    expect(performance.now() - started).toBeLessThan(2_000);
    const row = await requestThread.selectFrom('sessions').select('last_seen_at').executeTakeFirstOrThrow();
    expect(row.last_seen_at).toBe(signedIn.toISOString());
  });

  it("does not wait for the lock to touch a session, and keeps the handle's wait for every other write", async () => {
    // A wait long enough to tell apart: the touch must fail at once, the other write only after it.
    const handle = openDatabase(suite.test.config, { busyTimeoutMs: 1_000 });
    try {
      const started = performance.now();
      expect(await findSessionUser(handle, token)).not.toBeNull();
      expect(performance.now() - started).toBeLessThan(500);
      const writeStarted = performance.now();
      await expect(handle.deleteFrom('sessions').execute()).rejects.toSatisfy(isDatabaseBusy);
      expect(performance.now() - writeStarted).toBeGreaterThanOrEqual(900);
    } finally {
      await handle.destroy();
    }
  });

  it('tries no touch for a minute after one met the lock, then touches again', async () => {
    // A handle of its own: the pause is per handle.
    const handle = openDatabase(suite.test.config, { busyTimeoutMs: 100 });
    const busyAt = new Date();
    expect(await findSessionUser(handle, token, busyAt)).not.toBeNull();
    // The lock is gone, but the pause is not over: no touch (each try would wait out the busy timeout).
    await sql`ROLLBACK`.execute(lock);
    try {
      expect(await findSessionUser(handle, token, new Date(busyAt.getTime() + 59_000))).not.toBeNull();
      const untouched = await handle.selectFrom('sessions').select('last_seen_at').executeTakeFirstOrThrow();
      expect(untouched.last_seen_at).toBe(signedIn.toISOString());
      const later = new Date(busyAt.getTime() + 61_000);
      expect(await findSessionUser(handle, token, later)).not.toBeNull();
      const touched = await handle.selectFrom('sessions').select('last_seen_at').executeTakeFirstOrThrow();
      expect(touched.last_seen_at).toBe(later.toISOString());
      // Back as the other tests found it.
      await handle.updateTable('sessions').set({ last_seen_at: signedIn.toISOString() }).execute();
    } finally {
      await sql`BEGIN IMMEDIATE`.execute(lock);
      await handle.destroy();
    }
  });

  it('answers a write that meets the lock with SERVICE_UNAVAILABLE and a message to try again', async () => {
    const setTarget = callAs(requestThread, suite.users.admin).measure.setTarget({
      measureCode: 'M3',
      localityCode: 'NE',
      period: '2025-26',
      value: 0.5,
    });
    await expect(setTarget).rejects.toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      message: 'The database is busy applying an import. Please try again in a minute.',
    });
    await expect(requestThread.deleteFrom('sessions').execute()).rejects.toSatisfy(isDatabaseBusy);
  });
});
