import { currentDataVersion } from '@ldm/db';
import { describe, expect, it } from 'vitest';
import { databaseWithUsers } from '../testing/database-with-users';
import { getPlan } from './service';
import { summarisePlan } from './summary';

const NE = { localityCode: 'NE' } as const;

describe('implementation plan', () => {
  const suite = databaseWithUsers();
  const as = suite.as;

  it('creates, edits and updates actions with their links, audited, bumping the data version', async () => {
    const dean = as(suite.users.dean);
    const version = await currentDataVersion(suite.db);
    const created = await dean.plan.create({
      ...NE,
      title: 'Tier-1 offer for all',
      owner: 'Dr A',
      dueDate: '2025-03-31',
      status: 'not started',
      recommendations: [1, 7],
      principles: [2, 4],
    });
    expect(created).toMatchObject({ recommendations: [1, 7], principles: [2, 4], updates: [], status: 'not started' });
    const edited = await dean.plan.update({
      ...NE,
      actionId: created.id,
      title: 'Tier-1 offer for every stage',
      owner: 'Dr B',
      dueDate: '2025-06-30',
      status: 'on track',
      recommendations: [1],
      principles: [2, 3, 4],
    });
    expect(edited).toMatchObject({
      title: 'Tier-1 offer for every stage',
      owner: 'Dr B',
      dueDate: '2025-06-30',
      recommendations: [1],
      principles: [2, 3, 4],
    });
    const updated = await as(suite.users.lead).plan.addUpdate({
      ...NE,
      actionId: created.id,
      note: 'Commissioned',
      status: 'complete',
    });
    expect(updated.status).toBe('complete');
    expect(updated.updates.map((u) => [u.note, u.status])).toEqual([['Commissioned', 'complete']]);
    const noted = await as(suite.users.lead).plan.addUpdate({ ...NE, actionId: created.id, note: 'Evaluated' });
    expect(noted.status).toBe('complete');
    expect(noted.updates).toHaveLength(2);
    expect(await currentDataVersion(suite.db)).toBe(version + 4);
    const audit = await suite.auditTrail('plan_action');
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'add_update', 'add_update']);
    expect(JSON.parse(audit[1]!.before!).owner).toBe('Dr A');
    expect(JSON.parse(audit[1]!.after!).owner).toBe('Dr B');
  });

  it('flags overdue actions: due before today and not complete', async () => {
    const lead = as(suite.users.lead);
    const base = { ...NE, owner: 'x', recommendations: [], principles: [] };
    await lead.plan.create({ ...base, title: 'Late', dueDate: '2025-01-10', status: 'at risk' });
    await lead.plan.create({ ...base, title: 'Due today', dueDate: '2025-01-15', status: 'on track' });
    await lead.plan.create({ ...base, title: 'Done late', dueDate: '2025-01-01', status: 'complete' });
    const plan = await getPlan(suite.db, 'NE', '2025-01-15');
    expect(plan.map((a) => [a.title, a.overdue])).toEqual([
      ['Done late', false],
      ['Late', true],
      ['Due today', false],
      ['Tier-1 offer for every stage', false],
    ]);
  });

  it('refuses changes from other localities and the national role, and actions of another locality', async () => {
    const fields = {
      title: 'x',
      owner: 'x',
      dueDate: '2025-01-01',
      status: 'not started' as const,
      recommendations: [],
      principles: [],
    };
    await expect(as(suite.users.national).plan.create({ ...NE, ...fields })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(as(suite.users.lead).plan.create({ localityCode: 'YH', ...fields })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const yh = await as(suite.users.admin).plan.create({ localityCode: 'YH', ...fields });
    await expect(as(suite.users.lead).plan.delete({ ...NE, actionId: yh.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(as(suite.users.lead).plan.create({ ...NE, ...fields, recommendations: [8] })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    expect((await as(suite.users.national).plan.list({ localityCode: 'YH' })).map((a) => a.id)).toEqual([yh.id]);
    await as(suite.users.admin).plan.delete({ localityCode: 'YH', actionId: yh.id });
    expect(await as(suite.users.admin).plan.list({ localityCode: 'YH' })).toEqual([]);
  });

  it('summarises status counts, overdue and M8 figures', () => {
    const actions = [
      { due_date: '2024-05-01', status: 'complete' },
      { due_date: '2025-03-31', status: 'off track' },
      { due_date: '2025-04-01', status: 'complete' },
      { due_date: '2025-09-01', status: 'not started' },
    ];
    expect(summarisePlan(actions, '2025-06-01', '2025-03-31')).toEqual({
      total: 4,
      byStatus: { 'not started': 1, 'on track': 0, 'at risk': 0, 'off track': 1, complete: 2 },
      overdue: 1,
      asOf: '2025-06-01',
      dueByPeriodEnd: 2,
      completeOfDue: 1,
    });
  });
});
