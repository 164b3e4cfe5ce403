/** Kysely queries for implementation-plan actions, their links and dated updates. */

import type { Database, PlanAction } from '@ldm/db';
import type { PlanActionFields } from '@ldm/shared/schemas/reporting';
import type { Kysely } from 'kysely';

export function listPlanActions(db: Kysely<Database>, localityCode: string): Promise<PlanAction[]> {
  return db
    .selectFrom('plan_actions')
    .selectAll()
    .where('locality_code', '=', localityCode)
    .orderBy('due_date')
    .orderBy('id')
    .execute();
}

export function findPlanAction(db: Kysely<Database>, id: number): Promise<PlanAction | undefined> {
  return db.selectFrom('plan_actions').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Links and updates of the given actions, in one query each. */
export async function listPlanActionDetails(db: Kysely<Database>, ids: number[]) {
  if (ids.length === 0) return { recommendations: [], principles: [], updates: [] };
  // One after another: on PostgreSQL, parallel queries outside a transaction would take three pool connections.
  const recommendations = await db
    .selectFrom('plan_action_recommendations')
    .selectAll()
    .where('plan_action_id', 'in', ids)
    .orderBy('recommendation_number')
    .execute();
  const principles = await db
    .selectFrom('plan_action_principles')
    .selectAll()
    .where('plan_action_id', 'in', ids)
    .orderBy('principle_number')
    .execute();
  const updates = await db
    .selectFrom('plan_action_updates')
    .selectAll()
    .where('plan_action_id', 'in', ids)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return { recommendations, principles, updates };
}

export async function insertPlanAction(
  db: Kysely<Database>,
  localityCode: string,
  fields: PlanActionFields,
  now: string,
): Promise<number> {
  const row = await db
    .insertInto('plan_actions')
    .values({
      locality_code: localityCode,
      title: fields.title,
      owner: fields.owner,
      due_date: fields.dueDate,
      status: fields.status,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updatePlanAction(
  db: Kysely<Database>,
  id: number,
  fields: PlanActionFields,
  now: string,
): Promise<void> {
  await db
    .updateTable('plan_actions')
    .set({ title: fields.title, owner: fields.owner, due_date: fields.dueDate, status: fields.status, updated_at: now })
    .where('id', '=', id)
    .execute();
}

export async function setPlanActionStatus(
  db: Kysely<Database>,
  id: number,
  status: string,
  now: string,
): Promise<void> {
  await db.updateTable('plan_actions').set({ status, updated_at: now }).where('id', '=', id).execute();
}

export async function replacePlanActionLinks(
  db: Kysely<Database>,
  id: number,
  recommendations: number[],
  principles: number[],
): Promise<void> {
  await db.deleteFrom('plan_action_recommendations').where('plan_action_id', '=', id).execute();
  await db.deleteFrom('plan_action_principles').where('plan_action_id', '=', id).execute();
  if (recommendations.length > 0) {
    await db
      .insertInto('plan_action_recommendations')
      .values(recommendations.map((n) => ({ plan_action_id: id, recommendation_number: n })))
      .execute();
  }
  if (principles.length > 0) {
    await db
      .insertInto('plan_action_principles')
      .values(principles.map((n) => ({ plan_action_id: id, principle_number: n })))
      .execute();
  }
}

export async function insertPlanActionUpdate(
  db: Kysely<Database>,
  update: { actionId: number; status: string | null; note: string; userId: number; now: string },
): Promise<void> {
  await db
    .insertInto('plan_action_updates')
    .values({
      plan_action_id: update.actionId,
      status: update.status,
      note: update.note,
      created_by: update.userId,
      created_at: update.now,
    })
    .execute();
}

export async function deletePlanAction(db: Kysely<Database>, id: number): Promise<void> {
  await db.deleteFrom('plan_actions').where('id', '=', id).execute();
}
