/** The change log of an applied import, its rows with problems, and reverting it: clean, conflicting, twice, interrupted. */

import { currentDataVersion } from '@ldm/db';
import { parse } from 'csv-parse/sync';
import { beforeEach, describe, expect, it } from 'vitest';
import type { SessionUser } from '../context';
import { academyLeadNE, databaseWithReferenceRows, importText, placementsCsv } from '../testing/imports';
import { listImportChanges, problemRowsCsv } from './history-service';
import { revertImport } from './revert';

const test = databaseWithReferenceRows();
let deanNE: SessionUser;
let leadYH: SessionUser;

async function addUser(role: 'dean' | 'academy_lead', localityCode: string): Promise<SessionUser> {
  const email = `${role}.${localityCode}@example.org`;
  const { id } = await test.db
    .insertInto('users')
    .values({ email, name: email, role, locality_code: localityCode, password_hash: 'x', created_at: '2026-01-01' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id, email, name: email, role, localityCode };
}

beforeEach(async () => {
  deanNE = await addUser('dean', 'NE');
  leadYH = await addUser('academy_lead', 'YH');
});

const organisations = () => test.db.selectFrom('organisations').selectAll().orderBy('code').execute();
const RENAME = 'code,name,type,locality\nRX1,Northumbria renamed,trust,NE\nNEW,New practice,gp_practice,NE\n';

async function importAsLead(kind: Parameters<typeof importText>[1], text: string) {
  const result = await importText(test.db, kind, text, { actor: academyLeadNE });
  expect(result.status).toBe('applied');
  return result.importId!;
}

describe('the change log', () => {
  it('keeps the before and after of every row an import changed, paged and filtered by key', async () => {
    const importId = await importAsLead('organisations', `${RENAME}RWX,Unchanged? no: new,trust,NE\n`);
    const page = await listImportChanges(test.db, academyLeadNE, { importId, page: 1, pageSize: 2, key: '' });
    expect(page.total).toBe(3);
    expect(page.rows).toEqual([
      {
        key: 'RX1',
        change: 'updated',
        before: { code: 'RX1', name: 'Northumbria', type: 'trust', locality_code: 'NE' },
        after: { code: 'RX1', name: 'Northumbria renamed', type: 'trust', locality_code: 'NE' },
      },
      {
        key: 'NEW',
        change: 'inserted',
        before: null,
        after: { code: 'NEW', name: 'New practice', type: 'gp_practice', locality_code: 'NE' },
      },
    ]);
    const filtered = await listImportChanges(test.db, academyLeadNE, { importId, page: 1, pageSize: 50, key: 'RW' });
    expect(filtered.rows.map((r) => r.key)).toEqual(['RWX']);
    await expect(listImportChanges(test.db, leadYH, { importId, page: 1, pageSize: 50, key: '' })).rejects.toThrow(
      'That import was not found.',
    );
  });

  it('offers a rejected file’s failing rows, as in the file, with a problem column', async () => {
    const text = 'code,name,type,locality\nOK1,Fine,trust,NE\nBAD,"Shop, corner",shop,NE\nRWA,Hull,trust,YH\n';
    const result = await importText(test.db, 'organisations', text, { actor: academyLeadNE });
    expect(result.status).toBe('rejected');
    const file = await problemRowsCsv(test.db, academyLeadNE, result.importId!);
    expect(file.fileName).toBe('organisations-rows-with-problems.csv');
    expect(parse(file.csv, { bom: true })).toEqual([
      ['code', 'name', 'type', 'locality', 'problem'],
      ['BAD', 'Shop, corner', 'shop', 'NE', 'column type, value "shop": must be one of trust, gp_practice, other'],
      ['RWA', 'Hull', 'trust', 'YH', 'column locality, value "YH": outside your locality (YH)'],
    ]);
  });
});

describe('reverting an import', () => {
  it('puts every row back in one go, records the revert and bumps the data version', async () => {
    const before = await organisations();
    const importId = await importAsLead('organisations', RENAME);
    const version = await currentDataVersion(test.db);
    const result = await revertImport(test.db, deanNE, importId);
    expect(result).toMatchObject({ status: 'reverted', deleted: 1, restored: 1 });
    expect(await organisations()).toEqual(before);
    expect(await currentDataVersion(test.db)).toBe(version + 1);
    const records = await test.db.selectFrom('imports').selectAll().orderBy('id').execute();
    expect(records.map((r) => [r.id, r.reverts_import_id, r.reverted_by_import_id])).toEqual([
      [importId, null, importId + 1],
      [importId + 1, importId, null],
    ]);
    const audit = await test.db.selectFrom('audit_events').selectAll().where('action', '=', 'revert').execute();
    expect(audit).toMatchObject([{ user_id: deanNE.id, entity: 'organisations', entity_key: `import ${importId}` }]);
  });

  it('changes nothing a second time', async () => {
    const importId = await importAsLead('organisations', RENAME);
    await revertImport(test.db, null, importId);
    const after = await organisations();
    const version = await currentDataVersion(test.db);
    await expect(revertImport(test.db, null, importId)).rejects.toThrow(`Import ${importId} was already reverted`);
    expect(await organisations()).toEqual(after);
    expect(await currentDataVersion(test.db)).toBe(version);
  });

  it('changes nothing and lists the rows when a later import changed any of them', async () => {
    const first = await importAsLead('organisations', RENAME);
    const second = await importAsLead(
      'organisations',
      'code,name,type,locality\nNEW,New practice renamed,gp_practice,NE\n',
    );
    const current = await organisations();
    const version = await currentDataVersion(test.db);
    expect(await revertImport(test.db, academyLeadNE, first)).toEqual({
      status: 'conflict',
      conflictCount: 1,
      conflicts: ['NEW'],
    });
    expect(await organisations()).toEqual(current);
    expect(await currentDataVersion(test.db)).toBe(version);
    // Reverting the later import first makes the earlier one clean again.
    await revertImport(test.db, academyLeadNE, second);
    expect(await revertImport(test.db, academyLeadNE, first)).toMatchObject({ status: 'reverted' });
  });

  it('restores a trainee’s values but keeps who created them, and deletes only what the import added', async () => {
    await importAsLead('trainees', 'gmc_number,forenames,sex\n7000003,New,male\n');
    const stored = await test.db.selectFrom('trainees').selectAll().orderBy('gmc_number').execute();
    expect(stored.at(-1)).toMatchObject({ gmc_number: '7000003', created_by_locality_code: 'NE' });
    const importId = await importAsLead(
      'trainees',
      'gmc_number,forenames,sex\n7000003,Renamed,female\n7000004,Other,male\n',
    );
    await revertImport(test.db, academyLeadNE, importId);
    expect(await test.db.selectFrom('trainees').selectAll().orderBy('gmc_number').execute()).toEqual(stored);
  });

  it('is refused to another locality and to nobody of the importing one', async () => {
    const importId = await importAsLead('organisations', RENAME);
    await expect(revertImport(test.db, leadYH, importId)).rejects.toThrow(
      `There is no import ${importId} you can revert.`,
    );
    const national: SessionUser = { id: 99, email: 'n@x', name: 'N', role: 'national', localityCode: null };
    await expect(revertImport(test.db, national, importId)).rejects.toThrow('you can revert');
  });

  it('leaves the data as it was when the process dies during the revert', async () => {
    const importId = await importAsLead('placements', placementsCsv(1200));
    const version = await currentDataVersion(test.db);
    const dieAfterFirstBatch = (rows: number) => {
      if (rows >= 500) throw new Error('killed');
    };
    await expect(revertImport(test.db, null, importId, { onProgress: dieAfterFirstBatch })).rejects.toThrow('killed');
    expect((await test.db.selectFrom('placements').select('placement_id').execute()).length).toBe(1200);
    expect(await currentDataVersion(test.db)).toBe(version);
    expect((await test.db.selectFrom('imports').select('id').execute()).length).toBe(1);
    expect(await test.db.selectFrom('audit_events').select('id').where('action', '=', 'revert').execute()).toEqual([]);
  });
});
