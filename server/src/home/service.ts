/**
 * "Waiting for you" on the home page (PRODUCT.md §5, work to act on): what each role is expected
 * to do next. A dean decides on submitted reports; an academy lead revises returned reports and
 * chases overdue plan actions; the national team sees approved reports and imports that failed;
 * an administrator, who unblocks localities, sees reports awaiting decision and failed imports.
 */

import type { Database } from '@ldm/db';
import type { Kysely } from 'kysely';
import type { SessionUser } from '../context';
import { todayIso } from '../plan/summary';
import * as q from './queries';

/** How many of each kind the home page lists; the full lists are one link away. */
const LIST_LIMIT = 20;
/** A rejected import stops mattering once it is this old (the uploader has usually fixed it). */
const REJECTED_IMPORT_DAYS = 30;

export interface WaitingFor {
  reportsToDecide: Awaited<ReturnType<typeof q.selectReportsInStatus>>;
  reportsReturned: Awaited<ReturnType<typeof q.selectReportsInStatus>>;
  reportsApproved: Awaited<ReturnType<typeof q.selectReportsInStatus>>;
  overduePlanActions: Awaited<ReturnType<typeof q.selectOverduePlanActions>>;
  rejectedImports: Awaited<ReturnType<typeof q.selectRejectedImports>>;
  /** The day "overdue" and "recent" were judged against. */
  asOf: string;
}

export async function getWaitingFor(db: Kysely<Database>, user: SessionUser, now = new Date()): Promise<WaitingFor> {
  const today = todayIso(now);
  const since = new Date(now.getTime() - REJECTED_IMPORT_DAYS * 86_400_000).toISOString();
  const own = user.localityCode;
  const waiting: WaitingFor = {
    reportsToDecide: [],
    reportsReturned: [],
    reportsApproved: [],
    overduePlanActions: [],
    rejectedImports: [],
    asOf: today,
  };
  if (user.role === 'dean' && own) {
    waiting.reportsToDecide = await q.selectReportsInStatus(db, 'submitted', own, LIST_LIMIT);
  } else if (user.role === 'academy_lead' && own) {
    waiting.reportsReturned = await q.selectReportsInStatus(db, 'returned', own, LIST_LIMIT);
    waiting.overduePlanActions = await q.selectOverduePlanActions(db, own, today, LIST_LIMIT);
  } else if (user.role === 'national') {
    waiting.reportsApproved = await q.selectReportsInStatus(db, 'approved', null, LIST_LIMIT);
    waiting.rejectedImports = await q.selectRejectedImports(db, since, LIST_LIMIT);
  } else if (user.role === 'admin') {
    waiting.reportsToDecide = await q.selectReportsInStatus(db, 'submitted', null, LIST_LIMIT);
    waiting.rejectedImports = await q.selectRejectedImports(db, since, LIST_LIMIT);
  }
  return waiting;
}
