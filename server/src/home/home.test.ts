import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../context';
import { databaseWithUsers } from '../testing/database-with-users';
import { getWaitingFor } from './service';

describe('home: waiting for you', () => {
  const suite = databaseWithUsers();
  const now = new Date('2025-05-20T12:00:00Z');
  const at = '2025-05-01T09:00:00.000Z';

  beforeAll(async () => {
    const report = (locality_code: string, period: string, status: string) => ({
      locality_code,
      period,
      status,
      narrative: '',
      created_at: at,
      updated_at: at,
    });
    await suite.db
      .insertInto('progress_reports')
      .values([
        report('NE', '2024-25', 'submitted'),
        report('NE', '2023-24', 'approved'),
        report('NE', '2024-25 Q4', 'returned'),
        report('YH', '2024-25', 'submitted'),
        report('YH', '2024-25 Q4', 'returned'),
        report('YH', '2023-24', 'approved'),
        report('NE', '2024-25 Q3', 'draft'),
      ])
      .execute();
    const action = (locality_code: string, title: string, due_date: string, status: string) => ({
      locality_code,
      title,
      owner: 'Academy lead',
      due_date,
      status,
      created_at: at,
      updated_at: at,
    });
    await suite.db
      .insertInto('plan_actions')
      .values([
        action('NE', 'Late and at risk', '2025-03-31', 'at risk'),
        action('NE', 'Late but complete', '2025-03-31', 'complete'),
        action('NE', 'Due today', '2025-05-20', 'on track'),
        action('NE', 'Later', '2025-09-30', 'not started'),
        action('YH', 'Late elsewhere', '2025-01-31', 'off track'),
      ])
      .execute();
    const upload = (user_id: number, status: string, started_at: string, rejected: number) => ({
      kind: 'placements',
      file_name: `${status}-${started_at.slice(0, 10)}.csv`,
      checksum: started_at,
      user_id,
      started_at,
      finished_at: started_at,
      status,
      inserted: 0,
      updated: 0,
      unchanged: 0,
      rejected,
      problems: null,
    });
    await suite.db
      .insertInto('imports')
      .values([
        upload(suite.users.lead.id, 'rejected', '2025-05-10T10:00:00.000Z', 3),
        upload(suite.users.lead.id, 'applied', '2025-05-11T10:00:00.000Z', 0),
        // 40 days before "now": no longer waiting for anyone.
        upload(suite.users.lead.id, 'rejected', '2025-04-10T10:00:00.000Z', 1),
      ])
      .execute();
  });

  const periodsOf = (rows: { locality_code: string; period: string }[]) =>
    rows.map((r) => `${r.locality_code} ${r.period}`).sort();

  it("gives a dean their own locality's submitted reports, and nothing else", async () => {
    const waiting = await getWaitingFor(suite.db, suite.users.dean, now);
    expect(periodsOf(waiting.reportsToDecide)).toEqual(['NE 2024-25']);
    expect(waiting.reportsReturned).toEqual([]);
    expect(waiting.overduePlanActions).toEqual([]);
    expect(waiting.rejectedImports).toEqual([]);
  });

  it('gives an academy lead their returned reports and overdue actions (not complete, due before today)', async () => {
    const waiting = await getWaitingFor(suite.db, suite.users.lead, now);
    expect(periodsOf(waiting.reportsReturned)).toEqual(['NE 2024-25 Q4']);
    expect(waiting.overduePlanActions.map((a) => a.title)).toEqual(['Late and at risk']);
    expect(waiting.reportsToDecide).toEqual([]);
    expect(waiting.asOf).toBe('2025-05-20');
  });

  it('gives the national team approved reports everywhere and imports rejected in the last 30 days', async () => {
    const waiting = await getWaitingFor(suite.db, suite.users.national, now);
    expect(periodsOf(waiting.reportsApproved)).toEqual(['NE 2023-24', 'YH 2023-24']);
    expect(waiting.rejectedImports.map((i) => [i.file_name, i.rejected, i.locality_code])).toEqual([
      ['rejected-2025-05-10.csv', 3, 'NE'],
    ]);
    expect(waiting.reportsToDecide).toEqual([]);
  });

  it('gives an administrator every submitted report and the rejected imports', async () => {
    const waiting = await getWaitingFor(suite.db, suite.users.admin, now);
    expect(periodsOf(waiting.reportsToDecide)).toEqual(['NE 2024-25', 'YH 2024-25']);
    expect(waiting.rejectedImports).toHaveLength(1);
  });

  it('is decided by the caller alone: a dean of another locality sees none of NE', async () => {
    const otherDean: SessionUser = { ...suite.users.dean, id: 999, localityCode: 'YH' };
    const waiting = await suite.as(otherDean).home.waiting();
    expect(periodsOf(waiting.reportsToDecide)).toEqual(['YH 2024-25']);
  });
});
