/**
 * The access matrix of imports (PRODUCT.md §7 "Who owns a record"), tried as a hostile dean and
 * academy lead of NE would, through the dashboard's own import procedures: for every kind — insert
 * own, insert foreign, update own, update foreign (and, for placements, a transfer). After every
 * call the rows YH owned at the start are compared byte for byte; a refused file changes nothing
 * at all. The expected problems are written out by hand from the §7 table, not from the code.
 */

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DATA_TABLES_PARENTS_FIRST } from '@ldm/db';
import {
  createTestDatabase,
  offerRow,
  participationRow,
  placementRow,
  practiceRecordRow,
  seedRows,
  type TestDatabase,
  traineeRow,
} from '@ldm/db/testing';
import type { SessionUser } from '@ldm/server/context';
import { registerUpload } from '@ldm/server/import/uploads';
import { callAs } from '@ldm/server/testing/call-as';
import type { ImportKind } from '@ldm/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

type Db = TestDatabase['db'];

type Role = 'dean' | 'lead';
const ROLES: Role[] = ['dean', 'lead'];

let t: TestDatabase;
const users = {} as Record<Role, SessionUser>;

async function addUser(db: Db, role: Role): Promise<SessionUser> {
  const email = `${role}.ne@example.org`;
  const dbRole = role === 'dean' ? 'dean' : 'academy_lead';
  const { id } = await db
    .insertInto('users')
    .values({ email, name: role, role: dbRole, locality_code: 'NE', password_hash: 'x', created_at: '2026-01-01' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id, email, name: role, role: dbRole, localityCode: 'NE' };
}

const trainee = (gmc_number: string) =>
  traineeRow(gmc_number, {
    forenames: `T${gmc_number}`,
    surname: 'Fixture',
    sex: 'female',
    ethnic_group: 'asian',
    qualification: 'international',
  });

/** NE and YH each own one of everything; 7200003 and 7200004 are YH trainees kept for the transfers. */
async function seed(db: Db): Promise<void> {
  const cohort = (code: string, offer_code: string) => ({
    code,
    offer_code,
    start_date: '2024-09-01',
    end_date: '2025-03-31',
    places: 10,
  });
  await seedRows(db, {
    organisations: [
      { code: 'NE-ORG', name: 'NE trust', type: 'trust', locality_code: 'NE' },
      { code: 'YH-ORG', name: 'YH trust', type: 'trust', locality_code: 'YH' },
    ],
    programmes: [
      { code: 'NE-PRG', name: 'NE', specialty: 'Foundation', type: 'foundation', locality_code: 'NE' },
      { code: 'YH-PRG', name: 'YH', specialty: 'Foundation', type: 'foundation', locality_code: 'YH' },
    ],
    trainees: ['7100001', '7100002', '7200001', '7200003', '7200004'].map(trainee),
    placements: [
      placementRow('7100001', 'NE-ORG', 'F1', { placement_id: 'PNE' }),
      placementRow('7100002', 'NE-ORG', 'F1', { placement_id: 'PNE2' }),
      placementRow('7200001', 'YH-ORG', 'F1', { placement_id: 'PYH' }),
      placementRow('7200003', 'YH-ORG', 'F1', { placement_id: 'PYH3' }),
      placementRow('7200004', 'YH-ORG', 'F1', { placement_id: 'PYH4' }),
    ],
    offers: [offerRow('NE-OFF', 'NE', 1), offerRow('YH-OFF', 'YH', 1), offerRow('NAT-OFF', null, 1)],
    offer_stages: ['NE-OFF', 'YH-OFF', 'NAT-OFF'].map((offer_code) => ({ offer_code, stage_code: 'core' })),
    cohorts: [cohort('NE-COH', 'NE-OFF'), cohort('YH-COH', 'YH-OFF'), cohort('NAT-COH', 'NAT-OFF')],
    participations: [
      participationRow('7100001', 'NE-COH', '2024-09-01'),
      participationRow('7200001', 'YH-COH', '2024-09-01'),
      participationRow('7200001', 'NAT-COH', '2024-09-01'),
    ],
    // One practice each (QI projects).
    workplace_practice_records: [
      practiceRecordRow('NE-ORG', '2024-25', ['qi_projects']),
      practiceRecordRow('YH-ORG', '2024-25', ['qi_projects']),
    ],
  });
}

/** Every row YH owns at the start (by §7), in a fixed order: the rows no NE user may change. */
async function yhRows(db: Db): Promise<string> {
  const yhTrainees = ['7200001', '7200003', '7200004'];
  return JSON.stringify([
    await db.selectFrom('organisations').selectAll().where('code', '=', 'YH-ORG').execute(),
    await db.selectFrom('programmes').selectAll().where('code', '=', 'YH-PRG').execute(),
    await db.selectFrom('trainees').selectAll().where('gmc_number', 'in', yhTrainees).orderBy('gmc_number').execute(),
    await db
      .selectFrom('placements')
      .selectAll()
      .where('placement_id', 'in', ['PYH', 'PYH3', 'PYH4'])
      .orderBy('placement_id')
      .execute(),
    await db.selectFrom('offers').selectAll().where('code', 'in', ['YH-OFF', 'NAT-OFF']).orderBy('code').execute(),
    await db
      .selectFrom('offer_stages')
      .selectAll()
      .where('offer_code', 'in', ['YH-OFF', 'NAT-OFF'])
      .orderBy('offer_code')
      .execute(),
    await db.selectFrom('cohorts').selectAll().where('code', 'in', ['YH-COH', 'NAT-COH']).orderBy('code').execute(),
    await db
      .selectFrom('participations')
      .selectAll()
      .where('gmc_number', 'in', yhTrainees)
      .orderBy('cohort_code')
      .execute(),
    await db.selectFrom('workplace_practice_records').selectAll().where('organisation_code', '=', 'YH-ORG').execute(),
  ]);
}

/** Every data row there is: a refused file must leave all of it as it was. */
async function allRows(db: Db): Promise<string> {
  const rows = [];
  // Every table but the import's own record of the refusal.
  for (const table of DATA_TABLES_PARENTS_FIRST.filter((table) => table !== 'imports' && table !== 'audit_events')) {
    rows.push(await db.selectFrom(table).selectAll().execute());
  }
  return JSON.stringify(rows);
}

async function importAs(role: Role, kind: ImportKind, text: string, dryRun = false) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ownership-'));
  const file = path.join(dir, `${kind}.csv`);
  fs.writeFileSync(file, text);
  const user = users[role];
  const upload = await registerUpload(t.db, { path: file, fileName: `${kind}.csv`, size: text.length }, user);
  const api = callAs(t.db, user);
  const input = { localityCode: 'NE' as const, uploadId: upload.id, kind };
  return dryRun ? api.import.validate(input) : api.import.commit(input);
}

const HEADERS: Record<ImportKind, string> = {
  organisations: 'code,name,type,locality',
  programmes: 'code,name,specialty,type,locality',
  trainees: 'gmc_number,forenames,surname,sex,ethnic_group,qualification',
  placements: 'placement_id,gmc_number,organisation_code,grade,start_date,end_date,wte',
  offers: 'code,title,provider,scope,tier,stages',
  cohorts: 'code,offer_code,start_date,end_date,places',
  participations: 'gmc_number,cohort_code,status,start_date',
  workplace_practices: 'organisation_code,year,qi_projects',
};

interface KindCases {
  /** Rows of a new record NE owns (per role, so each role's insert is new). */
  insertOwn: (role: Role) => string[];
  /** Rows creating records YH (or only an administrator) owns, with the problem each must get. */
  insertForeign: [string, string][];
  updateOwn: (role: Role) => string[];
  updateForeign: [string, string][];
}

const CASES: Record<ImportKind, KindCases> = {
  organisations: {
    insertOwn: (role) => [`NE-NEW-${role},New,trust,NE`],
    insertForeign: [['YH-NEW,New,trust,YH', 'locality outside your locality (YH)']],
    updateOwn: (role) => [`NE-ORG,Renamed by ${role},trust,NE`],
    updateForeign: [
      ['YH-ORG,Renamed,trust,YH', 'locality outside your locality (YH)'],
      ['YH-ORG,Taken,trust,NE', 'code outside your locality (YH)'],
    ],
  },
  programmes: {
    insertOwn: (role) => [`NE-NEW-${role},New,Surgery,core,NE`],
    insertForeign: [['YH-NEW,New,Surgery,core,YH', 'locality outside your locality (YH)']],
    updateOwn: (role) => [`NE-PRG,Renamed by ${role},Foundation,foundation,NE`],
    updateForeign: [
      ['YH-PRG,Renamed,Foundation,foundation,YH', 'locality outside your locality (YH)'],
      ['YH-PRG,Taken,Foundation,foundation,NE', 'code outside your locality (YH)'],
    ],
  },
  trainees: {
    // A new trainee is owned by whoever creates them: there is no foreign insert of a trainee.
    insertOwn: (role) => [`${role === 'dean' ? '7100008' : '7100009'},New,Trainee,male,white,uk`],
    insertForeign: [],
    updateOwn: (role) => [`7100001,Renamed by ${role},Fixture,female,asian,international`],
    updateForeign: [['7200001,Renamed,Fixture,male,white,uk', 'gmc_number outside your locality (YH)']],
  },
  placements: {
    insertOwn: (role) => [`PNE-NEW-${role},7100001,NE-ORG,F1,2023-08-02,2024-08-06,1`],
    insertForeign: [
      ['PYH-NEW,7200001,YH-ORG,F1,2023-08-02,2024-08-06,1', 'organisation_code outside your locality (YH)'],
    ],
    updateOwn: (role) => [`PNE,7100001,NE-ORG,F1,2024-08-07,2025-08-05,${role === 'dean' ? '0.8' : '0.6'}`],
    updateForeign: [
      ['PYH,7200001,YH-ORG,F1,2024-08-07,2025-08-05,0.5', 'organisation_code outside your locality (YH)'],
      // Re-using a YH placement id at an own organisation must not take the placement over.
      ['PYH,7200001,NE-ORG,F1,2024-08-07,2025-08-05,1', 'placement_id outside your locality (YH)'],
    ],
  },
  offers: {
    insertOwn: (role) => [`NE-NEW-${role},T,P,NE,1,core`],
    insertForeign: [
      ['YH-NEW,T,P,YH,1,core', 'scope outside your locality (YH)'],
      ['NAT-NEW,T,P,national,1,core', 'scope outside your locality (national)'],
    ],
    updateOwn: (role) => [`NE-OFF,Renamed by ${role},P,NE,1,core`],
    updateForeign: [
      ['YH-OFF,Renamed,P,YH,1,core', 'scope outside your locality (YH)'],
      ['YH-OFF,Taken,P,NE,1,core', 'code outside your locality (YH)'],
      ['NAT-OFF,Taken,P,NE,1,core', 'code outside your locality (national)'],
    ],
  },
  cohorts: {
    insertOwn: (role) => [`NE-NEW-${role},NE-OFF,2025-09-01,2026-03-31,5`],
    insertForeign: [
      ['YH-NEW,YH-OFF,2025-09-01,2026-03-31,5', 'offer_code outside your locality (YH)'],
      ['NAT-NEW,NAT-OFF,2025-09-01,2026-03-31,5', 'offer_code outside your locality (national)'],
    ],
    updateOwn: (role) => [`NE-COH,NE-OFF,2024-09-01,2025-03-31,${role === 'dean' ? 20 : 30}`],
    updateForeign: [
      ['YH-COH,YH-OFF,2024-09-01,2025-03-31,99', 'offer_code outside your locality (YH)'],
      ['YH-COH,NE-OFF,2024-09-01,2025-03-31,10', 'code outside your locality (YH)'],
      ['NAT-COH,NE-OFF,2024-09-01,2025-03-31,10', 'code outside your locality (national)'],
    ],
  },
  participations: {
    // In a national offer's cohort, the trainee's locality owns the participation.
    insertOwn: (role) => [`${role === 'dean' ? '7100001' : '7100002'},NAT-COH,enrolled,2024-09-01`],
    insertForeign: [
      ['7100001,YH-COH,enrolled,2024-09-01', 'cohort_code outside your locality (YH)'],
      ['7200003,NAT-COH,enrolled,2024-09-01', 'gmc_number outside your locality (YH)'],
    ],
    updateOwn: (role) => [`7100001,NE-COH,${role === 'dean' ? 'completed' : 'withdrawn'},2024-09-01`],
    updateForeign: [
      ['7200001,YH-COH,completed,2024-09-01', 'cohort_code outside your locality (YH)'],
      ['7200001,NAT-COH,completed,2024-09-01', 'gmc_number outside your locality (YH)'],
    ],
  },
  workplace_practices: {
    insertOwn: (role) => [`NE-ORG,${role === 'dean' ? '2025-26' : '2026-27'},yes`],
    insertForeign: [['YH-ORG,2025-26,yes', 'organisation_code outside your locality (YH)']],
    updateOwn: (role) => [`NE-ORG,2024-25,${role === 'dean' ? 'no' : 'yes'}`],
    updateForeign: [['YH-ORG,2024-25,no', 'organisation_code outside your locality (YH)']],
  },
};

const csv = (kind: ImportKind, rows: string[]) => [HEADERS[kind], ...rows].join('\n');

describe('imports keep to the owner of each record (§7)', () => {
  let yhAtStart: string;
  beforeAll(async () => {
    t = await createTestDatabase();
    await seed(t.db);
    for (const role of ROLES) users[role] = await addUser(t.db, role);
    yhAtStart = await yhRows(t.db);
  });
  afterAll(() => t.destroy());

  const kinds = Object.keys(CASES) as ImportKind[];
  describe.each(ROLES)('as the %s of NE', (role) => {
    it.each(kinds)('%s: inserts and updates its own records', async (kind) => {
      const inserted = await importAs(role, kind, csv(kind, CASES[kind].insertOwn(role)));
      expect(inserted).toMatchObject({ status: 'applied', counts: { inserted: 1, updated: 0 }, problemCount: 0 });
      const updated = await importAs(role, kind, csv(kind, CASES[kind].updateOwn(role)));
      expect(updated).toMatchObject({ status: 'applied', counts: { inserted: 0, updated: 1 }, problemCount: 0 });
      expect(await yhRows(t.db)).toBe(yhAtStart);
    });

    it.each(kinds)('%s: refuses every row that inserts or changes another locality’s record', async (kind) => {
      for (const [row, problem] of [...CASES[kind].insertForeign, ...CASES[kind].updateForeign]) {
        const before = await allRows(t.db);
        // One own row first: a file with any foreign row changes nothing, not even its own rows.
        const result = await importAs(role, kind, csv(kind, [...CASES[kind].insertOwn(role), row]));
        expect(result.status).toBe('rejected');
        expect(result.problems.map((p) => `${p.row} ${p.column} ${p.reason}`)).toEqual([`3 ${problem}`]);
        expect(await allRows(t.db)).toBe(before);
      }
      expect(await yhRows(t.db)).toBe(yhAtStart);
    });
  });

  it.each([
    ['dean', '7200003'],
    ['lead', '7200004'],
  ] as const)(
    'as the %s: a new own placement for a YH trainee is a transfer, previewed and audited',
    async (role, gmc) => {
      const file = csv('placements', [`PNE-T-${role},${gmc},NE-ORG,F2,2025-08-06,2026-08-04,1`]);
      const preview = await importAs(role, 'placements', file, true);
      expect(preview).toMatchObject({ status: 'applied', importId: null, transfers: [{ from: 'YH', trainees: 1 }] });
      const result = await importAs(role, 'placements', file);
      expect(result).toMatchObject({
        status: 'applied',
        counts: { inserted: 1 },
        transfers: [{ from: 'YH', trainees: 1 }],
      });
      const audit = await t.db
        .selectFrom('audit_events')
        .select('after')
        .where('entity', '=', 'placements')
        .where('user_id', '=', users[role].id)
        .orderBy('id', 'desc')
        .executeTakeFirstOrThrow();
      expect(JSON.parse(audit.after!).transfers).toEqual([{ from: 'YH', trainees: 1 }]);
      // The trainee, the YH placement and the YH participations are as they were.
      expect(await yhRows(t.db)).toBe(yhAtStart);
      // Now NE's trainee, readable by NE.
      const api = callAs(t.db, users[role]);
      expect(await api.trainee.get({ localityCode: 'NE', gmcNumber: gmc })).toMatchObject({ localityCode: 'NE' });
    },
  );
});

describe('a dry run never confirms a stored value of a record the user may not read', () => {
  beforeAll(async () => {
    t = await createTestDatabase();
    await seed(t.db);
    users.lead = await addUser(t.db, 'lead');
  });
  afterAll(() => t.destroy());

  it('answers the same for the true and a false guess of a YH trainee’s demographics', async () => {
    // Stored: female, asian, international.
    const guess = (sex: string, group: string, qualification: string) =>
      importAs(
        'lead',
        'trainees',
        csv('trainees', [`7200001,T7200001,Fixture,${sex},${group},${qualification}`]),
        true,
      );
    const right = await guess('female', 'asian', 'international');
    const wrong = await guess('male', 'white', 'uk');
    expect(right).toMatchObject({
      status: 'rejected',
      counts: { inserted: 0, updated: 0, unchanged: 0, rejected: 1 },
      problems: [{ row: 2, column: 'gmc_number', value: '7200001', reason: 'outside your locality (YH)' }],
    });
    const { importId: _a, ...rightAnswer } = right;
    const { importId: _b, ...wrongAnswer } = wrong;
    expect(rightAnswer).toEqual(wrongAnswer);
  });
});
