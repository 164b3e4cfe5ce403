/** An administrator ends all of a user's sessions; deactivating a user ends them too. */
import { describe, expect, it } from 'vitest';
import { createSession } from '../auth/session';
import { findSessionUser } from '../auth/session-user';
import { databaseWithUsers } from '../testing/database-with-users';

describe("ending a user's sessions", () => {
  const suite = databaseWithUsers();

  const live = async (tokens: string[]) =>
    (await Promise.all(tokens.map((token) => findSessionUser(suite.db, token)))).filter((u) => u !== null).length;

  it('lets an admin sign a user out everywhere, leaving other users signed in, and audits it', async () => {
    const dean = [
      await createSession(suite.db, suite.users.dean.id),
      await createSession(suite.db, suite.users.dean.id),
    ];
    const lead = await createSession(suite.db, suite.users.lead.id);
    expect(await live(dean.map((s) => s.token))).toBe(2);
    await suite.as(suite.users.admin).user.endSessions({ id: suite.users.dean.id });
    expect(await live(dean.map((s) => s.token))).toBe(0);
    expect(await live([lead.token])).toBe(1);
    const audit = await suite.db
      .selectFrom('audit_events')
      .select(['action', 'entity_key'])
      .where('action', '=', 'end_sessions')
      .execute();
    expect(audit).toEqual([{ action: 'end_sessions', entity_key: String(suite.users.dean.id) }]);
    await expect(suite.as(suite.users.dean).user.endSessions({ id: suite.users.lead.id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('ends every session of a user who is deactivated', async () => {
    const sessions = [
      await createSession(suite.db, suite.users.lead.id),
      await createSession(suite.db, suite.users.lead.id),
    ];
    await suite.as(suite.users.admin).user.update({
      id: suite.users.lead.id,
      name: suite.users.lead.name,
      role: 'academy_lead',
      localityCode: 'NE',
      active: false,
    });
    expect(
      await suite.db.selectFrom('sessions').select('id').where('user_id', '=', suite.users.lead.id).execute(),
    ).toEqual([]);
    expect(await live(sessions.map((s) => s.token))).toBe(0);
  });
});
