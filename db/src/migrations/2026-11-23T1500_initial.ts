/** The whole domain model of PRODUCT.md §2. Constraints the database can hold live here. */
import { type Kysely, sql } from 'kysely';
import { addIdColumn, doublePrecision } from './dialect-helpers';

const check = (expr: string) => sql.raw(expr);
const inList = (column: string, values: readonly string[]) =>
  check(`${column} in (${values.map((v) => `'${v}'`).join(', ')})`);
const flag = (column: string) => check(`${column} in (0, 1)`);
const isoDate = (column: string) => check(`length(${column}) = 10`);

const PRACTICES = [
  'qi_projects',
  'patient_safety',
  'manager_buddying',
  'induction',
  'longer_placements',
  'place_based_training',
  'step_up',
  'shadowing',
  'senior_meetings',
];

export async function up(db: Kysely<any>): Promise<void> {
  // Reference data (filled from shared/ by the reference-data sync after migrating).
  await db.schema
    .createTable('regions')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('localities')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull().references('regions.code'))
    .execute();
  await db.schema
    .createTable('stages')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('ordinal', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('grades')
    .addColumn('grade', 'text', (c) => c.primaryKey())
    .addColumn('stage_code', 'text', (c) => c.notNull().references('stages.code'))
    .execute();
  await db.schema
    .createTable('tiers')
    .addColumn('tier', 'integer', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('interventions')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('learning_modes')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('share', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('practices')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('ordinal', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('principles')
    .addColumn('number', 'integer', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('recommendations')
    .addColumn('number', 'integer', (c) => c.primaryKey())
    .addColumn('text', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('measures')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('definition', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('direction', 'text', (c) => c.notNull().check(inList('direction', ['higher', 'lower'])))
    .execute();

  // Users first: many tables record who did what.
  await addIdColumn(db, db.schema.createTable('users'))
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull().check(inList('role', ['admin', 'national', 'dean', 'academy_lead'])))
    .addColumn('locality_code', 'text', (c) => c.references('localities.code'))
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1).check(flag('active')))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addCheckConstraint(
      'users_locality_for_role',
      check(`(role in ('dean', 'academy_lead')) = (locality_code is not null)`),
    )
    .execute();
  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();

  // Operational data: what imports load.
  await db.schema
    .createTable('organisations')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull().check(inList('type', ['trust', 'gp_practice', 'other'])))
    .addColumn('locality_code', 'text', (c) => c.notNull().references('localities.code'))
    .execute();
  await db.schema
    .createTable('programmes')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('specialty', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull().check(inList('type', ['foundation', 'core', 'specialty', 'gp'])))
    .addColumn('locality_code', 'text', (c) => c.notNull().references('localities.code'))
    .execute();
  await db.schema
    .createTable('trainees')
    .addColumn('gmc_number', 'text', (c) => c.primaryKey().check(check(`length(gmc_number) = 7`)))
    .addColumn('forenames', 'text')
    .addColumn('surname', 'text')
    .addColumn('sex', 'text', (c) => c.check(inList('sex', ['female', 'male'])))
    .addColumn('ethnic_group', 'text', (c) =>
      c.check(inList('ethnic_group', ['white', 'mixed', 'asian', 'black', 'other'])),
    )
    .addColumn('qualification', 'text', (c) => c.check(inList('qualification', ['uk', 'international'])))
    .execute();
  await db.schema
    .createTable('placements')
    .addColumn('placement_id', 'text', (c) => c.primaryKey())
    .addColumn('gmc_number', 'text', (c) => c.notNull().references('trainees.gmc_number'))
    .addColumn('organisation_code', 'text', (c) => c.notNull().references('organisations.code'))
    .addColumn('programme_code', 'text', (c) => c.references('programmes.code'))
    .addColumn('grade', 'text', (c) => c.notNull().references('grades.grade'))
    .addColumn('specialty', 'text')
    .addColumn('start_date', 'text', (c) => c.notNull().check(isoDate('start_date')))
    .addColumn('end_date', 'text', (c) => c.notNull().check(isoDate('end_date')))
    .addColumn('wte', doublePrecision, (c) => c.notNull().check(check('wte >= 0.1 and wte <= 1.0')))
    .addCheckConstraint('placements_dates', check('end_date >= start_date'))
    .execute();
  await db.schema.createIndex('placements_trainee').on('placements').columns(['gmc_number', 'start_date']).execute();
  await db.schema.createIndex('placements_dates').on('placements').columns(['start_date', 'end_date']).execute();
  await db.schema.createIndex('placements_organisation').on('placements').column('organisation_code').execute();

  await db.schema
    .createTable('offers')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('provider_type', 'text')
    .addColumn('scope_locality_code', 'text', (c) => c.references('localities.code'))
    .addColumn('tier', 'integer', (c) => c.notNull().references('tiers.tier'))
    .addColumn('mode', 'text', (c) => c.references('learning_modes.code'))
    .addColumn('capacity', 'integer', (c) => c.check(check('capacity >= 0')))
    .addColumn('multiprofessional', 'integer', (c) => c.check(flag('multiprofessional')))
    .addColumn('access', 'text', (c) => c.check(inList('access', ['open', 'competitive'])))
    .addColumn('funding', 'text', (c) => c.check(inList('funding', ['recurrent', 'one_off', 'none'])))
    .addColumn('delivery', 'text', (c) => c.check(inList('delivery', ['in_work', 'out_of_programme'])))
    .addColumn('description', 'text')
    .addColumn('url', 'text')
    .execute();
  await db.schema
    .createTable('offer_stages')
    .addColumn('offer_code', 'text', (c) => c.notNull().references('offers.code').onDelete('cascade'))
    .addColumn('stage_code', 'text', (c) => c.notNull().references('stages.code'))
    .addPrimaryKeyConstraint('offer_stages_pk', ['offer_code', 'stage_code'])
    .execute();
  await db.schema
    .createTable('offer_interventions')
    .addColumn('offer_code', 'text', (c) => c.notNull().references('offers.code').onDelete('cascade'))
    .addColumn('intervention_code', 'text', (c) => c.notNull().references('interventions.code'))
    .addPrimaryKeyConstraint('offer_interventions_pk', ['offer_code', 'intervention_code'])
    .execute();
  await db.schema
    .createTable('cohorts')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('offer_code', 'text', (c) => c.notNull().references('offers.code'))
    .addColumn('start_date', 'text', (c) => c.notNull().check(isoDate('start_date')))
    .addColumn('end_date', 'text', (c) => c.notNull().check(isoDate('end_date')))
    .addColumn('places', 'integer', (c) => c.notNull().check(check('places >= 1')))
    .addCheckConstraint('cohorts_dates', check('end_date >= start_date'))
    .execute();
  await db.schema.createIndex('cohorts_offer').on('cohorts').column('offer_code').execute();
  await db.schema
    .createTable('participations')
    .addColumn('gmc_number', 'text', (c) => c.notNull().references('trainees.gmc_number'))
    .addColumn('cohort_code', 'text', (c) => c.notNull().references('cohorts.code'))
    .addColumn('status', 'text', (c) =>
      c.notNull().check(inList('status', ['applied', 'enrolled', 'completed', 'withdrawn'])),
    )
    .addColumn('start_date', 'text', (c) => c.notNull().check(isoDate('start_date')))
    .addColumn('end_date', 'text', (c) => c.check(isoDate('end_date')))
    .addPrimaryKeyConstraint('participations_pk', ['gmc_number', 'cohort_code'])
    .addCheckConstraint('participations_dates', check('end_date is null or end_date >= start_date'))
    .execute();
  await db.schema.createIndex('participations_cohort').on('participations').column('cohort_code').execute();
  let records = db.schema
    .createTable('workplace_practice_records')
    .addColumn('organisation_code', 'text', (c) => c.notNull().references('organisations.code'))
    .addColumn('year', 'text', (c) => c.notNull().check(check(`length(year) = 7`)));
  for (const practice of PRACTICES) {
    records = records.addColumn(practice, 'integer', (c) => c.notNull().check(flag(practice)));
  }
  await records.addPrimaryKeyConstraint('workplace_practice_records_pk', ['organisation_code', 'year']).execute();

  // Monitoring: baselines, targets, self-assessment, plans, reports, resources.
  await db.schema
    .createTable('measure_baselines')
    .addColumn('measure_code', 'text', (c) => c.notNull().references('measures.code'))
    .addColumn('locality_code', 'text', (c) => c.notNull().references('localities.code'))
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('numerator', doublePrecision, (c) => c.notNull())
    .addColumn('denominator', doublePrecision, (c) => c.notNull())
    .addColumn('value', doublePrecision)
    .addColumn('data_version', 'integer', (c) => c.notNull())
    .addColumn('set_by', 'integer', (c) => c.references('users.id'))
    .addColumn('set_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('measure_baselines_pk', ['measure_code', 'locality_code'])
    .execute();
  await db.schema
    .createTable('measure_targets')
    .addColumn('measure_code', 'text', (c) => c.notNull().references('measures.code'))
    .addColumn('locality_code', 'text', (c) => c.notNull().references('localities.code'))
    .addColumn('value', doublePrecision, (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('set_by', 'integer', (c) => c.references('users.id'))
    .addColumn('set_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('measure_targets_pk', ['measure_code', 'locality_code'])
    .execute();
  await addIdColumn(db, db.schema.createTable('self_assessments'))
    .addColumn('locality_code', 'text', (c) => c.notNull().references('localities.code'))
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('assessed_on', 'text', (c) => c.notNull().check(isoDate('assessed_on')))
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('self_assessments_locality_period', ['locality_code', 'period'])
    .execute();
  await db.schema
    .createTable('self_assessment_scores')
    .addColumn('self_assessment_id', 'integer', (c) =>
      c.notNull().references('self_assessments.id').onDelete('cascade'),
    )
    .addColumn('principle_number', 'integer', (c) => c.notNull().references('principles.number'))
    .addColumn('score', 'integer', (c) => c.notNull().check(check('score between 0 and 3')))
    .addColumn('evidence', 'text')
    .addPrimaryKeyConstraint('self_assessment_scores_pk', ['self_assessment_id', 'principle_number'])
    .execute();
  await addIdColumn(db, db.schema.createTable('plan_actions'))
    .addColumn('locality_code', 'text', (c) => c.notNull().references('localities.code'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text', (c) => c.notNull().check(isoDate('due_date')))
    .addColumn('status', 'text', (c) =>
      c.notNull().check(inList('status', ['not started', 'on track', 'at risk', 'off track', 'complete'])),
    )
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('plan_action_recommendations')
    .addColumn('plan_action_id', 'integer', (c) => c.notNull().references('plan_actions.id').onDelete('cascade'))
    .addColumn('recommendation_number', 'integer', (c) => c.notNull().references('recommendations.number'))
    .addPrimaryKeyConstraint('plan_action_recommendations_pk', ['plan_action_id', 'recommendation_number'])
    .execute();
  await db.schema
    .createTable('plan_action_principles')
    .addColumn('plan_action_id', 'integer', (c) => c.notNull().references('plan_actions.id').onDelete('cascade'))
    .addColumn('principle_number', 'integer', (c) => c.notNull().references('principles.number'))
    .addPrimaryKeyConstraint('plan_action_principles_pk', ['plan_action_id', 'principle_number'])
    .execute();
  await addIdColumn(db, db.schema.createTable('plan_action_updates'))
    .addColumn('plan_action_id', 'integer', (c) => c.notNull().references('plan_actions.id').onDelete('cascade'))
    .addColumn('status', 'text')
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await addIdColumn(db, db.schema.createTable('progress_reports'))
    .addColumn('locality_code', 'text', (c) => c.notNull().references('localities.code'))
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().check(inList('status', ['draft', 'submitted', 'returned', 'approved'])),
    )
    .addColumn('narrative', 'text', (c) => c.notNull())
    .addColumn('measures_snapshot', 'text')
    .addColumn('plan_snapshot', 'text')
    .addColumn('self_assessment_snapshot', 'text')
    .addColumn('data_version', 'integer')
    .addColumn('return_comments', 'text')
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('submitted_by', 'integer', (c) => c.references('users.id'))
    .addColumn('submitted_at', 'text')
    .addColumn('approved_by', 'integer', (c) => c.references('users.id'))
    .addColumn('approved_at', 'text')
    .addUniqueConstraint('progress_reports_locality_period', ['locality_code', 'period'])
    .execute();
  await addIdColumn(db, db.schema.createTable('resources'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('body', 'text')
    .addColumn('locality_code', 'text', (c) => c.references('localities.code'))
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addCheckConstraint('resources_content', check('url is not null or body is not null'))
    .execute();
  await db.schema
    .createTable('resource_tags')
    .addColumn('resource_id', 'integer', (c) => c.notNull().references('resources.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull().check(inList('kind', ['principle', 'stage', 'tier'])))
    .addColumn('value', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('resource_tags_pk', ['resource_id', 'kind', 'value'])
    .execute();

  // Bookkeeping.
  await addIdColumn(db, db.schema.createTable('audit_events'))
    .addColumn('user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_key', 'text', (c) => c.notNull())
    .addColumn('before', 'text')
    .addColumn('after', 'text')
    .execute();
  await db.schema.createIndex('audit_events_at').on('audit_events').column('at').execute();
  await addIdColumn(db, db.schema.createTable('imports'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('checksum', 'text', (c) => c.notNull())
    .addColumn('user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .addColumn('status', 'text', (c) => c.notNull().check(inList('status', ['applied', 'unchanged', 'rejected'])))
    .addColumn('inserted', 'integer', (c) => c.notNull())
    .addColumn('updated', 'integer', (c) => c.notNull())
    .addColumn('unchanged', 'integer', (c) => c.notNull())
    .addColumn('rejected', 'integer', (c) => c.notNull())
    .addColumn('problems', 'text')
    .execute();
  await addIdColumn(db, db.schema.createTable('data_versions'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  const tables = [
    'data_versions',
    'imports',
    'audit_events',
    'resource_tags',
    'resources',
    'progress_reports',
    'plan_action_updates',
    'plan_action_principles',
    'plan_action_recommendations',
    'plan_actions',
    'self_assessment_scores',
    'self_assessments',
    'measure_targets',
    'measure_baselines',
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
    'sessions',
    'users',
    'measures',
    'recommendations',
    'principles',
    'practices',
    'learning_modes',
    'interventions',
    'tiers',
    'grades',
    'stages',
    'localities',
    'regions',
  ];
  for (const table of tables) await db.schema.dropTable(table).execute();
}
