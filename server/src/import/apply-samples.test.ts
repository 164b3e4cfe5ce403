/** The sample files of docs/samples applied in order: stored values, upsert, re-import, records, audit. */
import path from 'node:path';
import { currentDataVersion, REPOSITORY_ROOT } from '@ldm/db';
import { testDatabaseForEachTest } from '@ldm/db/testing';
import { describe, expect, it } from 'vitest';
import { importText } from '../testing/imports';
import { IMPORT_KINDS, type ImportKind } from './import-kinds';
import { runImport } from './service';

const test = testDatabaseForEachTest();

const sample = (kind: ImportKind) => path.join(REPOSITORY_ROOT, 'docs', 'samples', `${kind}.csv`);
const importSample = (kind: ImportKind) =>
  runImport(test.db, { kind, fileName: `${kind}.csv`, source: sample(kind), actor: null });
/** An offer's stage codes and intervention codes as stored, in code order. */
const stagesOf = async (offerCode: string) =>
  (
    await test.db
      .selectFrom('offer_stages')
      .select('stage_code')
      .where('offer_code', '=', offerCode)
      .orderBy('stage_code')
      .execute()
  ).map((s) => s.stage_code);
const interventionsOf = async (offerCode: string) =>
  (
    await test.db
      .selectFrom('offer_interventions')
      .select('intervention_code')
      .where('offer_code', '=', offerCode)
      .orderBy('intervention_code')
      .execute()
  ).map((i) => i.intervention_code);

const SAMPLE_ROWS: Record<ImportKind, number> = {
  organisations: 4,
  programmes: 4,
  trainees: 4,
  placements: 4,
  offers: 2,
  cohorts: 2,
  participations: 3,
  workplace_practices: 3,
};

describe('applying the sample files', () => {
  it('inserts every row of every kind and stores the values read', async () => {
    for (const kind of IMPORT_KINDS) {
      const result = await importSample(kind);
      expect({ kind, status: result.status, counts: result.counts }).toEqual({
        kind,
        status: 'applied',
        counts: { inserted: SAMPLE_ROWS[kind], updated: 0, unchanged: 0, rejected: 0 },
      });
    }
    const placement = await test.db
      .selectFrom('placements')
      .selectAll()
      .where('placement_id', '=', 'PL-0002')
      .executeTakeFirstOrThrow();
    expect(placement).toMatchObject({ start_date: '2024-08-07', end_date: '2025-08-05', wte: 0.8, grade: 'ST4' });
    const trainee = await test.db
      .selectFrom('trainees')
      .selectAll()
      .where('gmc_number', '=', '7045678')
      .executeTakeFirstOrThrow();
    expect(trainee).toEqual({
      gmc_number: '7045678',
      forenames: null,
      surname: null,
      sex: null,
      ethnic_group: null,
      qualification: null,
      // Imported by the operator: no locality created it.
      created_by_locality_code: null,
    });
    const offer = await test.db.selectFrom('offers').selectAll().where('code', '=', 'NLA-EJ').executeTakeFirstOrThrow();
    expect(offer).toMatchObject({
      scope_locality_code: null,
      tier: 1,
      capacity: null,
      multiprofessional: 1,
      description: 'Online introduction to leadership, open to all',
    });
    expect(await stagesOf('NLA-EJ')).toEqual(['core', 'foundation', 'higher']);
    expect(await interventionsOf('NE-CIM')).toEqual(['action_learning', 'short_courses']);
    const participation = await test.db
      .selectFrom('participations')
      .selectAll()
      .where('gmc_number', '=', '7034567')
      .executeTakeFirstOrThrow();
    expect(participation).toMatchObject({ status: 'withdrawn', end_date: '2024-12-15' });
    const rtd = await test.db
      .selectFrom('workplace_practice_records')
      .selectAll()
      .where('organisation_code', '=', 'RTD')
      .executeTakeFirstOrThrow();
    expect([rtd.qi_projects, rtd.patient_safety, rtd.manager_buddying, rtd.induction, rtd.longer_placements]).toEqual([
      1, 1, 1, 1, 0,
    ]);
  });

  it('records each import, bumps the data version once per changing import and writes one audit event each', async () => {
    const versionBefore = await currentDataVersion(test.db);
    for (const kind of IMPORT_KINDS) await importSample(kind);
    expect(await currentDataVersion(test.db)).toBe(versionBefore + 8);
    const audit = await test.db.selectFrom('audit_events').selectAll().where('entity', '=', 'placements').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'import', user_id: null, entity_key: 'placements.csv' });
    const record = await test.db
      .selectFrom('imports')
      .selectAll()
      .where('kind', '=', 'placements')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit[0]!.after!)).toEqual({ importId: record.id, inserted: 4, updated: 0, unchanged: 0 });
    expect(record).toMatchObject({
      status: 'applied',
      inserted: 4,
      updated: 0,
      unchanged: 0,
      rejected: 0,
      problems: null,
      file_name: 'placements.csv',
    });
    expect(record.checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it('re-importing the same files reports everything unchanged and changes nothing', async () => {
    for (const kind of IMPORT_KINDS) await importSample(kind);
    const version = await currentDataVersion(test.db);
    const auditCount = (await test.db.selectFrom('audit_events').select('id').execute()).length;
    for (const kind of IMPORT_KINDS) {
      const result = await importSample(kind);
      expect({ kind, status: result.status, counts: result.counts }).toEqual({
        kind,
        status: 'unchanged',
        counts: { inserted: 0, updated: 0, unchanged: SAMPLE_ROWS[kind], rejected: 0 },
      });
    }
    expect(await currentDataVersion(test.db)).toBe(version);
    expect((await test.db.selectFrom('audit_events').select('id').execute()).length).toBe(auditCount);
    const statuses = await test.db.selectFrom('imports').select('status').orderBy('id').execute();
    expect(statuses.map((s) => s.status)).toEqual([...Array(8).fill('applied'), ...Array(8).fill('unchanged')]);
  });

  it('upserts on the natural key: a changed row is updated, a new one inserted, the rest unchanged', async () => {
    for (const kind of ['organisations', 'offers'] as const) await importSample(kind);
    const result = await importText(
      test.db,
      'organisations',
      'code,name,type,locality\nRX1,Northumbria Healthcare,trust,NE\nRTD,The Newcastle upon Tyne Hospitals NHS Foundation Trust,trust,NE\nNEW1,New,other,NW\n',
    );
    expect(result.counts).toEqual({ inserted: 1, updated: 1, unchanged: 1, rejected: 0 });
    expect(
      await test.db.selectFrom('organisations').select('name').where('code', '=', 'RX1').executeTakeFirstOrThrow(),
    ).toEqual({ name: 'Northumbria Healthcare' });
    expect((await test.db.selectFrom('organisations').select('code').execute()).length).toBe(5);
    // An offer whose stage list changes is updated, and its links follow.
    const offers = await importText(
      test.db,
      'offers',
      'code,title,provider,scope,tier,stages\nNE-CIM,Clinicians in Management,North East local office,NE,2,core;higher\n',
    );
    expect(offers.counts).toEqual({ inserted: 0, updated: 1, unchanged: 0, rejected: 0 });
    expect(await stagesOf('NE-CIM')).toEqual(['core', 'higher']);
    expect(await interventionsOf('NE-CIM')).toEqual([]);
  });
});
