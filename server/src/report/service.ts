/**
 * Progress reports: an academy lead drafts the locality's report for a period and submits it
 * (freezing the snapshot); the locality's dean approves it or returns it with comments.
 * Every rule about who and when lives in ./workflow.ts; every change is audited in its transaction.
 */

import { currentDataVersion, type Database } from '@ldm/db';
import { LOCALITY_CODES, type ReportStatus } from '@ldm/shared';
import type { Kysely } from 'kysely';
import { recordAuditEvent } from '../audit/record-audit-event';
import type { SessionUser } from '../context';
import { DomainError } from '../errors';
import * as q from './queries';
import { buildReportSnapshot, type ReportSnapshot, toSnapshotColumns } from './snapshot';
import { discloseFrozen, isVisibleTo, type ReportView, toApi } from './view';
import { assertReportAction, NEXT_STATUS, type ReportAction } from './workflow';

/** An unapproved report of another locality answers "not found": its content stays in the locality. */
export async function getReport(
  db: Kysely<Database>,
  user: SessionUser,
  localityCode: string,
  reportId: number,
): Promise<ReportView> {
  const row = await q.findReport(db, reportId);
  if (!row || row.locality_code !== localityCode || !isVisibleTo(user, row))
    throw new DomainError('NOT_FOUND', 'That report does not exist.');
  return toApi(row, user);
}

export async function listReports(
  db: Kysely<Database>,
  user: SessionUser,
  localityCode: string,
): Promise<ReportView[]> {
  return (await q.listReports(db, localityCode)).filter((row) => isVisibleTo(user, row)).map((row) => toApi(row, user));
}

/** The national overview: every locality's report status for a period (`none` when not started). */
export async function getReportOverview(db: Kysely<Database>, period: string) {
  const rows = await q.listReportStatuses(db, period);
  return LOCALITY_CODES.map((code) => {
    const row = rows.find((r) => r.locality_code === code);
    return {
      localityCode: code,
      status: (row?.status ?? 'none') as ReportStatus | 'none',
      submittedAt: row?.submitted_at ?? null,
      approvedAt: row?.approved_at ?? null,
    };
  });
}

/** The figures the report would freeze if submitted now (for writing the narrative). */
export async function previewReportSnapshot(
  db: Kysely<Database>,
  user: SessionUser,
  localityCode: string,
  period: string,
) {
  const snapshot = await buildReportSnapshot(db, localityCode, period);
  return { ...snapshot, ...discloseFrozen(user, localityCode, snapshot) };
}

export function createReport(
  db: Kysely<Database>,
  user: SessionUser,
  localityCode: string,
  input: { period: string; narrative: string },
): Promise<ReportView> {
  return db.transaction().execute(async (trx) => {
    const existing = await q.findReportForPeriod(trx, localityCode, input.period);
    assertReportAction(user, 'create', { localityCode, status: existing ? (existing.status as ReportStatus) : null });
    const id = await q.insertReport(trx, {
      localityCode,
      period: input.period,
      narrative: input.narrative,
      userId: user.id,
      now: new Date().toISOString(),
    });
    const after = (await q.findReport(trx, id))!;
    await recordAuditEvent(trx, {
      userId: user.id,
      action: 'create',
      entity: 'progress_report',
      entityKey: String(id),
      after,
    });
    return toApi(after, user);
  });
}

type Change = {
  action: Exclude<ReportAction, 'create' | 'delete'>;
  comments?: string;
  changes: (trx: Kysely<Database>, before: q.ReportRow) => Promise<object>;
};

/** Loads the report in the transaction, checks the workflow, applies the change only from the state checked. */
async function changeReport(
  db: Kysely<Database>,
  user: SessionUser,
  localityCode: string,
  reportId: number,
  change: Change,
): Promise<ReportView> {
  return db.transaction().execute(async (trx) => {
    const before = await q.findReport(trx, reportId);
    if (!before || before.locality_code !== localityCode)
      throw new DomainError('NOT_FOUND', 'That report does not exist.');
    assertReportAction(user, change.action, { localityCode, status: before.status as ReportStatus }, change.comments);
    const changed = await q.updateReportFrom(trx, reportId, before.status, {
      ...(await change.changes(trx, before)),
      updated_at: new Date().toISOString(),
    });
    if (!changed)
      throw new DomainError('CONFLICT', 'Someone else changed this report at the same time; reload it and try again.');
    const after = (await q.findReport(trx, reportId))!;
    // The audit keeps the stored rows, exact; viewers get them under disclosure control.
    await recordAuditEvent(trx, {
      userId: user.id,
      action: change.action,
      entity: 'progress_report',
      entityKey: String(reportId),
      before,
      after,
    });
    return toApi(after, user);
  });
}

export function editReport(
  db: Kysely<Database>,
  user: SessionUser,
  localityCode: string,
  reportId: number,
  narrative: string,
): Promise<ReportView> {
  return changeReport(db, user, localityCode, reportId, { action: 'edit', changes: async () => ({ narrative }) });
}

/**
 * Freezes the snapshot with its data version; a resubmission replaces the earlier snapshot and
 * clears the dean's comments (the audit keeps them). The measures take a while at national scale,
 * so they are computed before the transaction (from the version cache) and recomputed inside it
 * only if the data changed meanwhile — on SQLite the transaction holds the one connection, so
 * nothing could be read beside it.
 */
export async function submitReport(
  db: Kysely<Database>,
  user: SessionUser,
  localityCode: string,
  reportId: number,
): Promise<ReportView> {
  const current = await q.findReport(db, reportId);
  let prepared: ReportSnapshot | undefined;
  if (current && current.locality_code === localityCode) {
    assertReportAction(user, 'submit', { localityCode, status: current.status as ReportStatus });
    prepared = await buildReportSnapshot(db, localityCode, current.period);
  }
  return changeReport(db, user, localityCode, reportId, {
    action: 'submit',
    changes: async (trx, before) => {
      const fresh = prepared !== undefined && prepared.dataVersion === (await currentDataVersion(trx));
      const snapshot = fresh ? prepared! : await buildReportSnapshot(trx, localityCode, before.period);
      return {
        status: NEXT_STATUS.submit,
        ...toSnapshotColumns(snapshot),
        return_comments: null,
        submitted_by: user.id,
        submitted_at: new Date().toISOString(),
      };
    },
  });
}

export function approveReport(
  db: Kysely<Database>,
  user: SessionUser,
  localityCode: string,
  reportId: number,
): Promise<ReportView> {
  return changeReport(db, user, localityCode, reportId, {
    action: 'approve',
    changes: async () => ({ status: NEXT_STATUS.approve, approved_by: user.id, approved_at: new Date().toISOString() }),
  });
}

export function returnReport(
  db: Kysely<Database>,
  user: SessionUser,
  localityCode: string,
  reportId: number,
  comments: string,
): Promise<ReportView> {
  return changeReport(db, user, localityCode, reportId, {
    action: 'return',
    comments,
    changes: async () => ({ status: NEXT_STATUS.return, return_comments: comments.trim() }),
  });
}

export function deleteReport(
  db: Kysely<Database>,
  user: SessionUser,
  localityCode: string,
  reportId: number,
): Promise<void> {
  return db.transaction().execute(async (trx) => {
    const before = await q.findReport(trx, reportId);
    if (!before || before.locality_code !== localityCode)
      throw new DomainError('NOT_FOUND', 'That report does not exist.');
    assertReportAction(user, 'delete', { localityCode, status: before.status as ReportStatus });
    if (!(await q.deleteReportFrom(trx, reportId, before.status)))
      throw new DomainError('CONFLICT', 'Someone else changed this report at the same time; reload it and try again.');
    await recordAuditEvent(trx, {
      userId: user.id,
      action: 'delete',
      entity: 'progress_report',
      entityKey: String(reportId),
      before,
    });
  });
}
