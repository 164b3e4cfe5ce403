/** Kysely queries for progress reports. */

import type { Database, ProgressReportTable } from '@ldm/db';
import type { Kysely, Updateable } from 'kysely';
import { localityRecordColumns, type NewLocalityRecord } from '../locality-record';

/** Reports with the names of who submitted and approved them, for the printed document. */
function selectReports(db: Kysely<Database>) {
  return db
    .selectFrom('progress_reports as r')
    .leftJoin('users as submitter', 'submitter.id', 'r.submitted_by')
    .leftJoin('users as approver', 'approver.id', 'r.approved_by')
    .selectAll('r')
    .select(['submitter.name as submitted_by_name', 'approver.name as approved_by_name']);
}
export type ReportRow = Awaited<ReturnType<ReturnType<typeof selectReports>['executeTakeFirstOrThrow']>>;

export function findReport(db: Kysely<Database>, id: number): Promise<ReportRow | undefined> {
  return selectReports(db).where('r.id', '=', id).executeTakeFirst();
}

export function findReportForPeriod(
  db: Kysely<Database>,
  localityCode: string,
  period: string,
): Promise<ReportRow | undefined> {
  return selectReports(db)
    .where('r.locality_code', '=', localityCode)
    .where('r.period', '=', period)
    .executeTakeFirst();
}

export function listReports(db: Kysely<Database>, localityCode: string): Promise<ReportRow[]> {
  return selectReports(db).where('r.locality_code', '=', localityCode).orderBy('r.period', 'desc').execute();
}

/** Status of every locality's report for one period (only those that exist). */
export function listReportStatuses(db: Kysely<Database>, period: string) {
  return db
    .selectFrom('progress_reports')
    .select(['id', 'locality_code', 'status', 'submitted_at', 'approved_at', 'updated_at'])
    .where('period', '=', period)
    .execute();
}

export async function insertReport(
  db: Kysely<Database>,
  row: NewLocalityRecord & { narrative: string },
): Promise<number> {
  const inserted = await db
    .insertInto('progress_reports')
    .values({ ...localityRecordColumns(row), status: 'draft', narrative: row.narrative })
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

/**
 * Changes a report only if it is still in `fromStatus`: a concurrent transition (e.g. an approval
 * landing first) makes this a no-op, which the caller reports as a conflict.
 */
export async function updateReportFrom(
  db: Kysely<Database>,
  id: number,
  fromStatus: string,
  changes: Updateable<ProgressReportTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('progress_reports')
    .set(changes)
    .where('id', '=', id)
    .where('status', '=', fromStatus)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteReportFrom(db: Kysely<Database>, id: number, fromStatus: string): Promise<boolean> {
  const result = await db
    .deleteFrom('progress_reports')
    .where('id', '=', id)
    .where('status', '=', fromStatus)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}
