import { testDatabaseForSuite } from '@ldm/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../auth/password';
import { buildDemoDatabase } from './build-demo-database';

describe('demo database (data, users, report snapshots)', () => {
  const t = testDatabaseForSuite();
  const log: string[] = [];

  beforeAll(async () => {
    await buildDemoDatabase(t.db, { traineesPerYear: 500, seed: 's', today: '2026-11-23' }, (line) => log.push(line));
  });

  it('adds an admin, a national user, and a dean and an academy lead for each of the 13 localities', async () => {
    const users = await t.db.selectFrom('users').select(['email', 'role', 'locality_code', 'password_hash']).execute();
    expect(users).toHaveLength(28);
    expect(new Set(users.filter((u) => u.role === 'dean').map((u) => u.locality_code)).size).toBe(13);
    expect(new Set(users.filter((u) => u.role === 'academy_lead').map((u) => u.locality_code)).size).toBe(13);
    const lead = users.find((u) => u.email === 'lead.nw@ldm.example')!;
    expect(lead).toMatchObject({ role: 'academy_lead', locality_code: 'NW' });
    expect(await verifyPassword('lead-nw-demo', lead.password_hash)).toBe(true);
    expect(await verifyPassword('dean-nw-demo', lead.password_hash)).toBe(false);
  });

  it('credits reports to the locality lead and dean and freezes snapshots of submitted ones only', async () => {
    const reports = await t.db
      .selectFrom('progress_reports')
      .innerJoin('users as author', 'author.id', 'progress_reports.created_by')
      .leftJoin('users as approver', 'approver.id', 'progress_reports.approved_by')
      .select([
        'progress_reports.locality_code',
        'status',
        'plan_snapshot',
        'measures_snapshot',
        'data_version',
        'author.email as author',
        'approver.email as approver',
      ])
      .execute();
    expect(reports).toHaveLength(65);
    for (const r of reports) {
      const slug = r.locality_code.toLowerCase();
      expect(r.author).toBe(`lead.${slug}@ldm.example`);
      expect(r.approver).toBe(r.status === 'approved' ? `dean.${slug}@ldm.example` : null);
      if (r.status === 'draft') expect(r.plan_snapshot).toBeNull();
      else {
        expect(JSON.parse(r.plan_snapshot!)).toHaveProperty('actions');
        expect(JSON.parse(r.measures_snapshot!).measures).toHaveProperty('M1.1');
        expect(r.data_version).toBeGreaterThan(0);
      }
    }
  });

  it('freezes a baseline from the first year and sets a current-year target for measures with data', async () => {
    const baselines = await t.db.selectFrom('measure_baselines').selectAll().where('measure_code', '=', 'M1').execute();
    expect(baselines).toHaveLength(13);
    expect(new Set(baselines.map((b) => b.period))).toEqual(new Set(['2022-23']));
    for (const b of baselines) expect(b.value).toBeCloseTo(b.numerator / b.denominator, 4);
    const targets = await t.db.selectFrom('measure_targets').selectAll().where('measure_code', '=', 'M1.1').execute();
    expect(targets.map((x) => [x.value, x.period])).toEqual(Array(13).fill([1, '2026-27']));
  });

  it('prints the counts and every sign-in to the log', () => {
    const text = log.join('\n');
    expect(text).toMatch(/trainees: [\d,]+/);
    expect(text).toContain('admin@ldm.example      admin-demo');
    expect(text).toContain('dean.wx@ldm.example');
  });
});
