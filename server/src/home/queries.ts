/** Kysely queries for what waits for a user: reports by status, overdue plan actions, rejected imports. */

import type { Database } from '@ldm/db';
import type { ReportStatus } from '@ldm/shared';
import type { Kysely } from 'kysely';
import { importsWithUploader } from '../import/queries';

/** Reports in `status`, most recently changed first; `localityCode` null means every locality. */
export function selectReportsInStatus(
  db: Kysely<Database>,
  status: ReportStatus,
  localityCode: string | null,
  limit: number,
) {
  let query = db
    .selectFrom('progress_reports')
    .select(['id', 'locality_code', 'period', 'status', 'updated_at', 'submitted_at', 'approved_at'])
    .where('status', '=', status);
  if (localityCode !== null) query = query.where('locality_code', '=', localityCode);
  return query.orderBy('updated_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
}

/** A locality's plan actions due before `today` and not complete, oldest due first. */
export function selectOverduePlanActions(db: Kysely<Database>, localityCode: string, today: string, limit: number) {
  return db
    .selectFrom('plan_actions')
    .select(['id', 'locality_code', 'title', 'owner', 'due_date', 'status'])
    .where('locality_code', '=', localityCode)
    .where('due_date', '<', today)
    .where('status', '!=', 'complete')
    .orderBy('due_date')
    .orderBy('id')
    .limit(limit)
    .execute();
}

/** Rejected imports since `since` (ISO timestamp), newest first, with the locality of who uploaded them. */
export function selectRejectedImports(db: Kysely<Database>, since: string, limit: number) {
  return importsWithUploader(db)
    .select([
      'imports.id',
      'imports.kind',
      'imports.file_name',
      'imports.started_at',
      'imports.rejected',
      'users.locality_code',
    ])
    .where('imports.status', '=', 'rejected')
    .where('imports.started_at', '>=', since)
    .orderBy('imports.started_at', 'desc')
    .orderBy('imports.id', 'desc')
    .limit(limit)
    .execute();
}
