/** An administrator ends all of a user's sessions; deactivating a user ends them too. */
import { createTestDatabase, type TestDatabase } from '@ldm/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../auth/session';
import { findSessionUser } from '../auth/session-user';
import type { SessionUser } from '../context';
import { callAs } from '../testing/call-as';
import { addTestUsers } from '../testing/users';

describe("ending a user's sessions", () => {
  let t: TestDatabase;
  let users: Record<'admin' | 'national' | 'dean' | 'lead', SessionUser>;
  beforeAll(async () => {
    t = await createTestDatabase();
    users = await addTestUsers(t.db);
  });
  afterAll(() => t.destroy());

  const live = async (tokens: string[]) =>
    (await Promise.all(tokens.map((token) => findSessionUser(t.db, token)))).filter((u) => u !== null).length;

  it('lets an admin sign a user out everywhere, leaving other users signed in, and audits it', async () => {
    const dean = [await createSession(t.db, users.dean.id), await createSession(t.db, users.dean.id)];
    const lead = await createSession(t.db, users.lead.id);
    expect(await live(dean.map((s) => s.token))).toBe(2);
    await callAs(t.db, users.admin).user.endSessions({ id: users.dean.id });
    expect(await live(dean.map((s) => s.token))).toBe(0);
    expect(await live([lead.token])).toBe(1);
    const audit = await t.db
      .selectFrom('audit_events')
      .select(['action', 'entity_key'])
      .where('action', '=', 'end_sessions')
      .execute();
    expect(audit).toEqual([{ action: 'end_sessions', entity_key: String(users.dean.id) }]);
    await expect(callAs(t.db, users.dean).user.endSessions({ id: users.lead.id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('ends every session of a user who is deactivated', async () => {
    const sessions = [await createSession(t.db, users.lead.id), await createSession(t.db, users.lead.id)];
    await callAs(t.db, users.admin).user.update({
      id: users.lead.id,
      name: users.lead.name,
      role: 'academy_lead',
      localityCode: 'NE',
      active: false,
    });
    expect(await t.db.selectFrom('sessions').select('id').where('user_id', '=', users.lead.id).execute()).toEqual([]);
    expect(await live(sessions.map((s) => s.token))).toBe(0);
  });
});
