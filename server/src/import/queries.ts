/** Kysely queries of the import: reference key sets (loaded once per import) and the `imports` table. */

import type { Database, ImportTable } from '@ldm/db';
import type { Insertable, Kysely } from 'kysely';
import { selectTraineeOwners } from '../ownership/queries';
import type { Owner } from '../ownership/rules';

export interface ReferenceData {
  /** Organisation code → locality code. */
  organisations: Map<string, string>;
  /** Programme code → locality code. */
  programmes: Map<string, string>;
  /** GMC number → the trainee's owner (ownership/rules.ts). */
  trainees: Map<string, Owner>;
  /** Offer code → scope locality (null = national). */
  offers: Map<string, string | null>;
  /** Cohort code → its offer's scope locality (null = national). */
  cohorts: Map<string, string | null>;
}

export type ReferenceName = keyof ReferenceData;

/** Loads only the key sets a kind needs: at national scale the trainees alone are 50,000 keys. */
export async function loadReferences(db: Kysely<Database>, needed: readonly ReferenceName[]): Promise<ReferenceData> {
  const wants = (name: ReferenceName) => needed.includes(name);
  const [organisations, programmes, trainees, offers, cohorts] = await Promise.all([
    wants('organisations') ? db.selectFrom('organisations').select(['code', 'locality_code']).execute() : [],
    wants('programmes') ? db.selectFrom('programmes').select(['code', 'locality_code']).execute() : [],
    wants('trainees') ? selectTraineeOwners(db) : new Map<string, Owner>(),
    wants('offers') ? db.selectFrom('offers').select(['code', 'scope_locality_code']).execute() : [],
    wants('cohorts')
      ? db
          .selectFrom('cohorts')
          .innerJoin('offers', 'offers.code', 'cohorts.offer_code')
          .select(['cohorts.code', 'offers.scope_locality_code'])
          .execute()
      : [],
  ]);
  return {
    organisations: new Map(organisations.map((row) => [row.code, row.locality_code])),
    programmes: new Map(programmes.map((row) => [row.code, row.locality_code])),
    trainees,
    offers: new Map(offers.map((row) => [row.code, row.scope_locality_code])),
    cohorts: new Map(cohorts.map((row) => [row.code, row.scope_locality_code])),
  };
}

export async function insertImportRecord(db: Kysely<Database>, record: Insertable<ImportTable>): Promise<number> {
  const row = await db.insertInto('imports').values(record).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function finishImportRecord(
  db: Kysely<Database>,
  importId: number,
  status: string,
  counts: { inserted: number; updated: number; unchanged: number },
): Promise<void> {
  await db
    .updateTable('imports')
    .set({ status, ...counts, finished_at: new Date().toISOString() })
    .where('id', '=', importId)
    .execute();
}

/** Imports with the user who made each (none for the operator's command-line imports): their name and locality. */
export function importsWithUploader(db: Kysely<Database>) {
  return db.selectFrom('imports').leftJoin('users', 'users.id', 'imports.user_id');
}

/** Imports newest first; `localityCode` keeps those made by users of that locality (null = all, CLI included). */
export function selectImports(
  db: Kysely<Database>,
  filter: { kind?: string; localityCode: string | null; limit: number },
) {
  let query = importsWithUploader(db)
    .select([
      'imports.id',
      'imports.kind',
      'imports.file_name',
      'imports.checksum',
      'imports.started_at',
      'imports.finished_at',
      'imports.status',
      'imports.inserted',
      'imports.updated',
      'imports.unchanged',
      'imports.rejected',
      'imports.transfers',
      'imports.reverts_import_id',
      'imports.reverted_by_import_id',
      'users.name as user_name',
    ])
    .orderBy('imports.id', 'desc')
    .limit(filter.limit);
  if (filter.kind) query = query.where('imports.kind', '=', filter.kind);
  if (filter.localityCode !== null) query = query.where('users.locality_code', '=', filter.localityCode);
  return query.execute();
}

/** One import with the locality of the user who made it (null: an administrator or the operator). */
export function selectImport(db: Kysely<Database>, importId: number) {
  return importsWithUploader(db)
    .select([
      'imports.id',
      'imports.kind',
      'imports.file_name',
      'imports.file_id',
      'imports.status',
      'imports.problems',
      'users.locality_code',
    ])
    .where('imports.id', '=', importId)
    .executeTakeFirst();
}
