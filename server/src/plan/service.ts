/**
 * Implementation plan: a locality's actions with linked recommendations and principles, owner,
 * due date, status and dated updates. Changes bump the data version because M8 reads the plan.
 */

import { bumpDataVersion, type Database, type PlanAction } from '@ldm/db';
import type { PlanActionFields } from '@ldm/shared/schemas/reporting';
import type { Kysely } from 'kysely';
import { recordAuditEvent } from '../audit/record-audit-event';
import type { SessionUser } from '../context';
import { DomainError } from '../errors';
import * as q from './queries';
import { isOverdue, todayIso } from './summary';

async function toApi(db: Kysely<Database>, actions: PlanAction[], today: string) {
  const details = await q.listPlanActionDetails(
    db,
    actions.map((a) => a.id),
  );
  return actions.map((a) => ({
    id: a.id,
    localityCode: a.locality_code,
    title: a.title,
    owner: a.owner,
    dueDate: a.due_date,
    status: a.status,
    overdue: isOverdue(a, today),
    recommendations: details.recommendations
      .filter((r) => r.plan_action_id === a.id)
      .map((r) => r.recommendation_number),
    principles: details.principles.filter((p) => p.plan_action_id === a.id).map((p) => p.principle_number),
    updates: details.updates
      .filter((u) => u.plan_action_id === a.id)
      .map((u) => ({ id: u.id, status: u.status, note: u.note, createdBy: u.created_by, createdAt: u.created_at })),
    updatedAt: a.updated_at,
  }));
}
export type PlanActionView = Awaited<ReturnType<typeof toApi>>[number];

/** The locality's plan, soonest due first, each action flagged when overdue. */
export async function getPlan(
  db: Kysely<Database>,
  localityCode: string,
  today = todayIso(),
): Promise<PlanActionView[]> {
  return toApi(db, await q.listPlanActions(db, localityCode), today);
}

async function viewOf(db: Kysely<Database>, id: number): Promise<PlanActionView> {
  return (await toApi(db, [(await q.findPlanAction(db, id))!], todayIso()))[0]!;
}

/** The action, refused unless it belongs to the locality the caller was authorised for. */
async function mustFindAction(db: Kysely<Database>, localityCode: string, id: number): Promise<PlanAction> {
  const action = await q.findPlanAction(db, id);
  if (!action || action.locality_code !== localityCode)
    throw new DomainError('NOT_FOUND', 'That plan action does not exist in this locality.');
  return action;
}

async function recordChange(
  db: Kysely<Database>,
  user: SessionUser,
  action: string,
  id: number,
  before?: PlanActionView,
  after?: PlanActionView,
) {
  await bumpDataVersion(db, `plan action ${action} ${id}`);
  await recordAuditEvent(db, { userId: user.id, action, entity: 'plan_action', entityKey: String(id), before, after });
}

export function createPlanAction(
  db: Kysely<Database>,
  user: SessionUser,
  localityCode: string,
  fields: PlanActionFields,
): Promise<PlanActionView> {
  return db.transaction().execute(async (trx) => {
    const id = await q.insertPlanAction(trx, localityCode, fields, new Date().toISOString());
    await q.replacePlanActionLinks(trx, id, fields.recommendations, fields.principles);
    const after = await viewOf(trx, id);
    await recordChange(trx, user, 'create', id, undefined, after);
    return after;
  });
}

export function editPlanAction(
  db: Kysely<Database>,
  user: SessionUser,
  localityCode: string,
  id: number,
  fields: PlanActionFields,
): Promise<PlanActionView> {
  return db.transaction().execute(async (trx) => {
    await mustFindAction(trx, localityCode, id);
    const before = await viewOf(trx, id);
    await q.updatePlanAction(trx, id, fields, new Date().toISOString());
    await q.replacePlanActionLinks(trx, id, fields.recommendations, fields.principles);
    const after = await viewOf(trx, id);
    await recordChange(trx, user, 'update', id, before, after);
    return after;
  });
}

/** A dated progress note; when it carries a status, the action takes that status. */
export function addPlanActionUpdate(
  db: Kysely<Database>,
  user: SessionUser,
  localityCode: string,
  update: { actionId: number; note: string; status: string | null },
): Promise<PlanActionView> {
  return db.transaction().execute(async (trx) => {
    await mustFindAction(trx, localityCode, update.actionId);
    const before = await viewOf(trx, update.actionId);
    const now = new Date().toISOString();
    await q.insertPlanActionUpdate(trx, { ...update, userId: user.id, now });
    if (update.status !== null) await q.setPlanActionStatus(trx, update.actionId, update.status, now);
    const after = await viewOf(trx, update.actionId);
    await recordChange(trx, user, 'add_update', update.actionId, before, after);
    return after;
  });
}

export function removePlanAction(
  db: Kysely<Database>,
  user: SessionUser,
  localityCode: string,
  id: number,
): Promise<void> {
  return db.transaction().execute(async (trx) => {
    await mustFindAction(trx, localityCode, id);
    const before = await viewOf(trx, id);
    await q.deletePlanAction(trx, id);
    await recordChange(trx, user, 'delete', id, before, undefined);
  });
}
