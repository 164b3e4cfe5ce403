import { beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../context';
import { appRouter } from '../router';
import { databaseWithUsers } from '../testing/database-with-users';
import { createCallerFactory } from '../trpc';

const createCaller = createCallerFactory(appRouter);

describe('audit list and user administration', () => {
  const suite = databaseWithUsers();
  const as = suite.as;

  beforeAll(async () => {
    const event = (at: string, user_id: number | null, action: string, entity: string, key: string) => ({
      at,
      user_id,
      action,
      entity,
      entity_key: key,
      before: null,
      after: '{"x":1}',
    });
    await suite.db
      .insertInto('audit_events')
      .values([
        event('2025-01-01T09:00:00.000Z', suite.users.admin.id, 'update', 'offer', 'O1'),
        event('2025-01-02T23:59:59.999Z', suite.users.lead.id, 'create', 'cohort', 'C1'),
        event('2025-01-03T00:00:00.000Z', suite.users.lead.id, 'update', 'offer', 'O2'),
      ])
      .execute();
  });

  it('filters by user, entity, action and an inclusive date range, newest first', async () => {
    const admin = as(suite.users.admin);
    const keys = async (filter: object) =>
      (await admin.audit.list({ from: '2025-01-01', to: '2025-01-31', ...filter })).rows.map((r) => r.entityKey);
    expect(await keys({})).toEqual(['O2', 'C1', 'O1']);
    expect(await keys({ userId: suite.users.lead.id })).toEqual(['O2', 'C1']);
    expect(await keys({ entity: 'offer' })).toEqual(['O2', 'O1']);
    expect(await keys({ action: 'create' })).toEqual(['C1']);
    expect(await keys({ from: '2025-01-02', to: '2025-01-02' })).toEqual(['C1']);
    const page = await admin.audit.list({ from: '2025-01-01', to: '2025-01-31', pageSize: 2, page: 2 });
    expect(page).toMatchObject({
      total: 3,
      rows: [{ entityKey: 'O1', userEmail: 'admin@example.org', after: { x: 1 } }],
    });
    await expect(admin.audit.list({ from: '2025-02-01', to: '2025-01-01' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });

  it('creates, changes, deactivates and resets users, auditing each change', async () => {
    const admin = as(suite.users.admin);
    const { user, password } = await admin.user.create({
      email: 'New.Lead@Example.org',
      name: 'New Lead',
      role: 'academy_lead',
      localityCode: 'SW',
    });
    expect(user).toMatchObject({
      email: 'new.lead@example.org',
      role: 'academy_lead',
      localityCode: 'SW',
      active: true,
    });
    expect(password).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    await expect(admin.user.create({ email: 'x@example.org', name: 'X', role: 'dean' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    await expect(
      admin.user.create({ email: 'new.lead@example.org', name: 'Again', role: 'national' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });

    const signIn = () =>
      createCaller(createContext({ db: suite.db, ip: '10.1.1.1' })).auth.signIn({ email: user.email, password });
    await expect(signIn()).resolves.toMatchObject({ id: user.id });
    const changed = await admin.user.update({
      id: user.id,
      name: 'New Lead',
      role: 'dean',
      localityCode: 'SW',
      active: false,
    });
    expect(changed).toMatchObject({ role: 'dean', active: false });
    expect(await suite.db.selectFrom('sessions').select('id').where('user_id', '=', user.id).execute()).toEqual([]);
    await expect(signIn()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });

    const reset = await admin.user.resetPassword({ id: user.id });
    expect(reset.password).not.toBe(password);
    const events = (await admin.audit.list({ entity: 'user' })).rows.filter((r) => r.entityKey === String(user.id));
    expect(events.map((e) => e.action)).toEqual(['reset_password', 'update', 'create']);
    expect(events[1]).toMatchObject({
      before: { role: 'academy_lead', active: true },
      after: { role: 'dean', active: false },
    });
    expect(JSON.stringify(events)).not.toContain('scrypt');
    await expect(
      admin.user.update({
        id: suite.users.admin.id,
        name: 'admin',
        role: 'national',
        localityCode: null,
        active: true,
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});
