/**
 * Replaces the database's contents with a generated data set in one transaction (all or nothing)
 * and bumps the data version. Rows with generated ids are inserted one by one to learn their ids;
 * everything else goes in multi-row chunks.
 */
import type { Kysely } from 'kysely';
import { bumpDataVersion } from '../data-version';
import type { Database } from '../schema';
import { clearData } from './clear-data';
import type { DemoData } from './generate-demo-data';
import { insertRows } from './insert-rows';

async function insertWithId<T extends 'self_assessments' | 'plan_actions' | 'resources'>(
  db: Kysely<Database>,
  table: T,
  row: Parameters<typeof insertRows<T>>[2][number],
): Promise<number> {
  const inserted = await db
    .insertInto(table)
    .values(row as never)
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

async function writeMonitoring(trx: Kysely<Database>, data: DemoData): Promise<void> {
  for (const assessment of data.selfAssessments) {
    const id = await insertWithId(trx, 'self_assessments', assessment.row);
    await insertRows(
      trx,
      'self_assessment_scores',
      assessment.scores.map((s) => ({ ...s, self_assessment_id: id })),
    );
  }
  for (const action of data.planActions) {
    const id = await insertWithId(trx, 'plan_actions', action.row);
    await insertRows(
      trx,
      'plan_action_recommendations',
      action.recommendations.map((n) => ({ plan_action_id: id, recommendation_number: n })),
    );
    await insertRows(
      trx,
      'plan_action_principles',
      action.principles.map((n) => ({ plan_action_id: id, principle_number: n })),
    );
    await insertRows(
      trx,
      'plan_action_updates',
      action.updates.map((u) => ({ ...u, plan_action_id: id })),
    );
  }
  await insertRows(trx, 'progress_reports', data.progressReports);
  for (const resource of data.resources) {
    const id = await insertWithId(trx, 'resources', resource.row);
    await insertRows(
      trx,
      'resource_tags',
      resource.tags.map((t) => ({ ...t, resource_id: id })),
    );
  }
}

/** `finish` runs last in the same transaction (after the version bump), e.g. to add users. */
export async function writeDemoData(
  db: Kysely<Database>,
  data: DemoData,
  finish?: (trx: Kysely<Database>) => Promise<void>,
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    await clearData(trx);
    await insertRows(
      trx,
      'organisations',
      data.organisations.map(({ size: _size, ...row }) => row),
    );
    await insertRows(trx, 'programmes', data.programmes);
    await insertRows(trx, 'trainees', data.trainees);
    await insertRows(trx, 'placements', data.placements);
    await insertRows(
      trx,
      'offers',
      data.offers.map((o) => o.row),
    );
    await insertRows(
      trx,
      'offer_stages',
      data.offers.flatMap((o) => o.stages.map((stage_code) => ({ offer_code: o.row.code, stage_code }))),
    );
    await insertRows(
      trx,
      'offer_interventions',
      data.offers.flatMap((o) =>
        o.interventions.map((intervention_code) => ({ offer_code: o.row.code, intervention_code })),
      ),
    );
    await insertRows(
      trx,
      'cohorts',
      data.cohorts.map(({ yearIndex: _yearIndex, ...row }) => row),
    );
    await insertRows(trx, 'participations', data.participations);
    await insertRows(trx, 'workplace_practice_records', data.workplacePractices);
    await writeMonitoring(trx, data);
    const version = await bumpDataVersion(trx, 'demo data set');
    await finish?.(trx);
    return version;
  });
}
