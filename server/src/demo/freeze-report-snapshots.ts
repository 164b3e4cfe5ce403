/**
 * Demo reports that have been through submission carry the snapshot the report service freezes
 * when a report is submitted, as of their submission date.
 */

import type { Database } from '@ldm/db';
import type { Kysely } from 'kysely';
import { buildReportSnapshot, toSnapshotColumns } from '../report/snapshot';

export async function freezeDemoReportSnapshots(db: Kysely<Database>, today: string): Promise<void> {
  const reports = await db
    .selectFrom('progress_reports')
    .select(['id', 'locality_code', 'period', 'submitted_at', 'created_at'])
    .where('status', '!=', 'draft')
    .execute();
  for (const report of reports) {
    const asOf = (report.submitted_at ?? report.created_at).slice(0, 10);
    const snapshot = await buildReportSnapshot(db, report.locality_code, report.period, asOf < today ? asOf : today);
    await db.updateTable('progress_reports').set(toSnapshotColumns(snapshot)).where('id', '=', report.id).execute();
  }
}
