/**
 * Empties every table the demo fills (children before parents, for the foreign keys), keeping the
 * reference data and the data-version history so cached measures can never be mistaken for new ones.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../schema';

const TABLES_CHILDREN_FIRST = [
  'sessions',
  'audit_events',
  'imports',
  'measure_baseline_history',
  'measure_baselines',
  'measure_targets',
  'resource_tags',
  'resources',
  'progress_reports',
  'plan_action_updates',
  'plan_action_principles',
  'plan_action_recommendations',
  'plan_actions',
  'self_assessment_scores',
  'self_assessments',
  'workplace_practice_records',
  'participations',
  'cohorts',
  'offer_interventions',
  'offer_stages',
  'offers',
  'placements',
  'trainees',
  'programmes',
  'organisations',
  'users',
] as const satisfies readonly (keyof Database)[];

export async function clearData(db: Kysely<Database>): Promise<void> {
  for (const table of TABLES_CHILDREN_FIRST) await db.deleteFrom(table).execute();
}
