/** All-or-nothing application, dry runs, progress reports and locality scoping. */

import { currentDataVersion, isPostgres } from '@ldm/db';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { SessionUser } from '../context';
import { academyLeadNE, databaseWithReferenceRows, importText, placementsCsv } from '../testing/imports';
import type { ImportProgress } from './progress';

const test = databaseWithReferenceRows();

/** 1,200 placements: more than two batches, so a failure at the end comes after rows were written. */
const placements = placementsCsv(1200);
const placementCount = async () => (await test.db.selectFrom('placements').select('placement_id').execute()).length;

/** The placements table's indexes as the database states them. */
async function placementIndexes() {
  const query = isPostgres(test.db)
    ? sql<{ name: string; sql: string }>`select indexname as name, indexdef as sql from pg_indexes
        where tablename = 'placements' order by indexname`
    : sql<{ name: string; sql: string }>`select name, sql from sqlite_master
        where type = 'index' and tbl_name = 'placements' order by name`;
  return (await query.execute(test.db)).rows;
}

describe('applying a file', () => {
  it('rolls back everything when the process fails inside the transaction', async () => {
    const version = await currentDataVersion(test.db);
    const failAtEnd = (progress: ImportProgress) => {
      if (progress.phase === 'apply' && progress.rowsRead === 1200) throw new Error('killed');
    };
    await expect(importText(test.db, 'placements', placements, { onProgress: failAtEnd })).rejects.toThrow('killed');
    expect(await placementCount()).toBe(0);
    expect(await currentDataVersion(test.db)).toBe(version);
    expect(await test.db.selectFrom('imports').select('id').execute()).toEqual([]);
    expect(await test.db.selectFrom('audit_events').select('id').execute()).toEqual([]);
  });

  // 12,000 rows into an empty table: on SQLite the apply drops the secondary indexes after 10,000
  // changed rows and builds them again at the end (index-rebuild.ts), all in the one transaction.
  const large = placementsCsv(12_000);

  it('keeps the indexes of a table a large file was applied to', async () => {
    const indexes = await placementIndexes();
    expect(indexes.map((index) => index.name)).toContain('placements_period');
    expect(await importText(test.db, 'placements', large)).toMatchObject({ counts: { inserted: 12_000 } });
    expect(await placementIndexes()).toEqual(indexes);
    expect(await placementCount()).toBe(12_000);
  });

  it('leaves the rows and the indexes as they were when a large apply fails after its first 10,000 rows', async () => {
    const indexes = await placementIndexes();
    const failLate = (progress: ImportProgress) => {
      if (progress.phase === 'apply' && progress.rowsRead > 10_500) throw new Error('killed');
    };
    await expect(importText(test.db, 'placements', large, { onProgress: failLate })).rejects.toThrow('killed');
    expect(await placementCount()).toBe(0);
    expect(await placementIndexes()).toEqual(indexes);
  });

  it('reports progress in both phases with rows and bytes', async () => {
    const seen: ImportProgress[] = [];
    await importText(test.db, 'placements', placements, { onProgress: (p) => seen.push(p) });
    const last = (phase: ImportProgress['phase']) => seen.filter((p) => p.phase === phase).at(-1);
    const size = Buffer.byteLength(placements);
    expect(last('validate')).toEqual({ phase: 'validate', rowsRead: 1200, bytesRead: size, totalBytes: size });
    expect(last('apply')).toEqual({ phase: 'apply', rowsRead: 1200, bytesRead: size, totalBytes: size });
    expect(await placementCount()).toBe(1200);
  });

  it('a dry run counts inserted / updated / unchanged and writes nothing', async () => {
    const text = 'code,name,type,locality\nRX1,Northumbria,trust,NE\nRWA,Hull renamed,trust,YH\nNEW,New,other,NE\n';
    const result = await importText(test.db, 'organisations', text, { dryRun: true });
    expect(result).toMatchObject({
      status: 'applied',
      importId: null,
      counts: { inserted: 1, updated: 1, unchanged: 1, rejected: 0 },
    });
    expect((await test.db.selectFrom('organisations').select('code').execute()).length).toBe(2);
    expect(await test.db.selectFrom('imports').select('id').execute()).toEqual([]);
  });
});

describe('locality scoping', () => {
  const expectOutside = async (kind: Parameters<typeof importText>[1], text: string, expected: string[]) => {
    const result = await importText(test.db, kind, text, { actor: academyLeadNE });
    expect(result.problems.map((p) => `${p.row} ${p.column} ${p.reason}`)).toEqual(expected);
  };

  it('rejects rows that would create or change another locality’s data', async () => {
    await expectOutside(
      'organisations',
      'code,name,type,locality\nNEW,A,trust,NE\nRWA,Hull,trust,NE\nYH2,B,trust,YH\n',
      // Row 3 would move YH's organisation RWA to NE: YH owns it as stored.
      ['3 code outside your locality (YH)', '4 locality outside your locality (YH)'],
    );
    await expectOutside(
      'placements',
      'placement_id,gmc_number,organisation_code,grade,start_date,end_date,wte\nP1,7000001,RX1,F1,2024-08-07,2025-08-05,1\nP2,7000001,RWA,F1,2024-08-07,2025-08-05,1\n',
      ['3 organisation_code outside your locality (YH)'],
    );
    await expectOutside(
      'offers',
      'code,title,provider,scope,tier,stages\nNE-2,T,P,NE,1,core\nNAT-2,T,P,national,1,core\nNAT-1,T,P,NE,1,core\n',
      ['3 scope outside your locality (national)', '4 code outside your locality (national)'],
    );
    await expectOutside(
      'cohorts',
      'code,offer_code,start_date,end_date,places\nC1,NE-1,2024-01-01,2024-02-01,5\nC2,NAT-1,2024-01-01,2024-02-01,5\n',
      ['3 offer_code outside your locality (national)'],
    );
    await expectOutside(
      'participations',
      'gmc_number,cohort_code,status,start_date\n7000001,NE-1-A,enrolled,2024-09-01\n7000002,NAT-1-A,enrolled,2024-09-01\n',
      // In a national offer's cohort the trainee's owner decides: 7000002 has no placement and no creator.
      ['3 gmc_number outside your locality (national)'],
    );
    await expectOutside('workplace_practices', 'organisation_code,year\nRX1,2024-25\nRWA,2024-25\n', [
      '3 organisation_code outside your locality (YH)',
    ]);
  });

  it('lets a locality user import trainees, and lets the operator and an admin import anywhere', async () => {
    expect((await importText(test.db, 'trainees', 'gmc_number\n7000003\n', { actor: academyLeadNE })).status).toBe(
      'applied',
    );
    const admin: SessionUser = { id: 1, email: 'a@x', name: 'A', role: 'admin', localityCode: null };
    expect(
      (await importText(test.db, 'organisations', 'code,name,type,locality\nYH2,B,trust,YH\n', { actor: admin }))
        .status,
    ).toBe('applied');
    expect((await importText(test.db, 'organisations', 'code,name,type,locality\nYH3,B,trust,YH\n')).status).toBe(
      'applied',
    );
  });

  it('refuses the national role', async () => {
    const national: SessionUser = { id: 1, email: 'n@x', name: 'N', role: 'national', localityCode: null };
    await expect(importText(test.db, 'trainees', 'gmc_number\n7000003\n', { actor: national })).rejects.toThrow(
      'The national role cannot import data.',
    );
  });
});
