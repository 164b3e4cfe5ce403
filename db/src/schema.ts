/**
 * The one declaration of every table's row type (Kysely's `Database` interface).
 * Conventions, chosen so the same queries run on SQLite and PostgreSQL:
 * - dates are ISO `YYYY-MM-DD` text, timestamps ISO-8601 text (both compare correctly as text);
 * - booleans are integers 0/1 (SQLite has no boolean type);
 * - nullable columns are `T | null`, never optional; defaults are `Generated<T>`.
 */
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

type Flag = 0 | 1;
/** Auto-increment integer key. */
type Id = Generated<number>;
/** A nullable column added after other code already inserted into its table: it may be left out of an insert. */
type OptionalOnInsert<T> = ColumnType<T, T | undefined, T>;

export interface RegionTable {
  code: string;
  name: string;
}
export interface LocalityTable {
  code: string;
  name: string;
  region_code: string;
}
export interface StageTable {
  code: string;
  name: string;
  ordinal: number;
}
export interface GradeTable {
  grade: string;
  stage_code: string;
}
export interface TierTable {
  tier: number;
  name: string;
  description: string;
}
export interface InterventionTable {
  code: string;
  name: string;
}
export interface LearningModeTable {
  code: string;
  name: string;
  share: number;
}
export interface PracticeTable {
  code: string;
  name: string;
  ordinal: number;
}
export interface PrincipleTable {
  number: number;
  name: string;
}
export interface RecommendationTable {
  number: number;
  text: string;
}

export interface OrganisationTable {
  code: string;
  name: string;
  type: string;
  locality_code: string;
}

export interface ProgrammeTable {
  code: string;
  name: string;
  specialty: string;
  type: string;
  locality_code: string;
}

export interface TraineeTable {
  gmc_number: string;
  forenames: string | null;
  surname: string | null;
  sex: string | null;
  ethnic_group: string | null;
  qualification: string | null;
  /** The locality of the user who created the trainee (null: an administrator or the operator); owns a trainee with no placement. */
  created_by_locality_code: OptionalOnInsert<string | null>;
}

export interface PlacementTable {
  placement_id: string;
  gmc_number: string;
  organisation_code: string;
  programme_code: string | null;
  grade: string;
  specialty: string | null;
  start_date: string;
  end_date: string;
  wte: number;
}

export interface OfferTable {
  code: string;
  title: string;
  provider: string;
  provider_type: string | null;
  /** Null means national scope. */
  scope_locality_code: string | null;
  tier: number;
  mode: string | null;
  capacity: number | null;
  multiprofessional: Flag | null;
  access: string | null;
  funding: string | null;
  delivery: string | null;
  description: string | null;
  url: string | null;
}

export interface OfferStageTable {
  offer_code: string;
  stage_code: string;
}
export interface OfferInterventionTable {
  offer_code: string;
  intervention_code: string;
}

export interface CohortTable {
  code: string;
  offer_code: string;
  start_date: string;
  end_date: string;
  places: number;
}

export interface ParticipationTable {
  gmc_number: string;
  cohort_code: string;
  status: string;
  start_date: string;
  end_date: string | null;
}

/** One row per organisation and financial year; one 0/1 column per workplace practice (§10 names). */
export interface WorkplacePracticeRecordTable {
  organisation_code: string;
  year: string;
  qi_projects: Flag;
  patient_safety: Flag;
  manager_buddying: Flag;
  induction: Flag;
  longer_placements: Flag;
  place_based_training: Flag;
  step_up: Flag;
  shadowing: Flag;
  senior_meetings: Flag;
}

export interface MeasureTable {
  code: string;
  name: string;
  definition: string;
  unit: string;
  direction: string;
}

export interface MeasureBaselineTable {
  measure_code: string;
  locality_code: string;
  period: string;
  numerator: number;
  denominator: number;
  value: number | null;
  data_version: number;
  set_by: number | null;
  set_at: string;
}

/** A baseline that was replaced by a newer one: kept, with who replaced it and when. */
export interface MeasureBaselineHistoryTable extends MeasureBaselineTable {
  id: Id;
  replaced_by: number | null;
  replaced_at: string;
}

/** A stored measure figure of one data version (issue 18); regions and England are pooled on read. */
export interface MeasureResultTable {
  data_version: number;
  period: string;
  locality_code: string;
  measure_code: string;
  numerator: number;
  denominator: number;
}

export interface MeasureLocalityTable {
  data_version: number;
  period: string;
  locality_code: string;
  trainees_in_post: number;
  /** JSON: for each stage, the tiers with an available offer. */
  coverage: string;
}

export interface MeasureBreakdownTable {
  data_version: number;
  period: string;
  locality_code: string;
  /** JSON: the locality dashboard's breakdowns and gaps (grouped counts only). */
  detail: string;
}

/** The recompute job's claim on a data version: one process computes it. */
export interface MeasureJobTable {
  data_version: number;
  claimed_by: string;
  heartbeat_at: string;
  finished_at: string | null;
}

export interface MeasureTargetTable {
  measure_code: string;
  locality_code: string;
  value: number;
  period: string;
  set_by: number | null;
  set_at: string;
}

export interface SelfAssessmentTable {
  id: Id;
  locality_code: string;
  /** Review period label, e.g. `2024-25` or `2024-25 Q2`. */
  period: string;
  assessed_on: string;
  created_by: number | null;
  created_at: string;
  updated_at: string;
}

export interface SelfAssessmentScoreTable {
  self_assessment_id: number;
  principle_number: number;
  score: number;
  evidence: string | null;
}

export interface PlanActionTable {
  id: Id;
  locality_code: string;
  title: string;
  owner: string;
  due_date: string;
  status: string;
  created_at: string;
  updated_at: string;
}

export interface PlanActionRecommendationTable {
  plan_action_id: number;
  recommendation_number: number;
}
export interface PlanActionPrincipleTable {
  plan_action_id: number;
  principle_number: number;
}

export interface PlanActionUpdateTable {
  id: Id;
  plan_action_id: number;
  status: string | null;
  note: string;
  created_by: number | null;
  created_at: string;
}

export interface ProgressReportTable {
  id: Id;
  locality_code: string;
  period: string;
  status: string;
  narrative: string;
  /** JSON, frozen at submission. */
  measures_snapshot: string | null;
  plan_snapshot: string | null;
  self_assessment_snapshot: string | null;
  data_version: number | null;
  return_comments: string | null;
  created_by: number | null;
  created_at: string;
  updated_at: string;
  submitted_by: number | null;
  submitted_at: string | null;
  approved_by: number | null;
  approved_at: string | null;
}

export interface ResourceTable {
  id: Id;
  title: string;
  url: string | null;
  body: string | null;
  locality_code: string | null;
  created_by: number | null;
  created_at: string;
}

/** kind: `principle` (value = number), `stage` (stage code), `tier` (1–3). */
export interface ResourceTagTable {
  resource_id: number;
  kind: string;
  value: string;
}

export interface UserTable {
  id: Id;
  email: string;
  name: string;
  role: string;
  locality_code: string | null;
  password_hash: string;
  active: Generated<Flag>;
  created_at: string;
}

export interface SessionTable {
  /** SHA-256 of the cookie token; the token itself is never stored. */
  id: string;
  user_id: number;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

/** Sign-in attempts per key (`account:<email>`, `address:<ip>`) in a fixed window; see the sign-in limiter. */
export interface SignInAttemptTable {
  key: string;
  attempts: number;
  /** ISO timestamp; once past, the next attempt starts a new window. */
  window_ends_at: string;
}

export interface AuditEventTable {
  id: Id;
  user_id: number | null;
  at: string;
  action: string;
  entity: string;
  entity_key: string;
  before: string | null;
  after: string | null;
}

export interface ImportTable {
  id: Id;
  kind: string;
  file_name: string;
  checksum: string;
  user_id: number | null;
  started_at: string;
  finished_at: string | null;
  status: string;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  /** JSON list of problems for a rejected file. */
  problems: string | null;
  /** The file as it was loaded (import_files). */
  file_id: OptionalOnInsert<string | null>;
  /** JSON `{ "<locality>": <trainees transferred in from it> }` of a placements import by a locality user. */
  transfers: OptionalOnInsert<string | null>;
  /** Set on a revert's own record: the import it reverted. */
  reverts_import_id: OptionalOnInsert<number | null>;
  /** Set on a reverted import: the record of its revert. */
  reverted_by_import_id: OptionalOnInsert<number | null>;
}

/** A file uploaded for import or imported, kept with its checksum; its bytes are in import_file_chunks. */
export interface ImportFileTable {
  /** Random hex: also the upload id the dashboard passes around. */
  id: string;
  user_id: number | null;
  file_name: string;
  size: number;
  checksum: string;
  created_at: string;
}

/** The latest progress of the import running on an upload (PostgreSQL; see the migration). */
export interface ImportProgressTable {
  upload_id: string;
  user_id: number;
  /** 'validate' | 'apply' */
  phase: string;
  rows_read: number;
  bytes_read: number;
  total_bytes: number;
  updated_at: string;
}

export interface ImportFileChunkTable {
  file_id: string;
  seq: number;
  data: Uint8Array;
}

/** One row an import inserted (before null) or updated, as JSON of the stored row before and after. */
export interface ImportChangeTable {
  id: Id;
  import_id: number;
  entity_key: string;
  before: string | null;
  after: string | null;
}

/** Each change to measured data (import, edit, demo build) adds a row; the newest id is the data version. */
export interface DataVersionTable {
  id: Id;
  created_at: string;
  reason: string;
}

export interface Database {
  regions: RegionTable;
  localities: LocalityTable;
  stages: StageTable;
  grades: GradeTable;
  tiers: TierTable;
  interventions: InterventionTable;
  learning_modes: LearningModeTable;
  practices: PracticeTable;
  principles: PrincipleTable;
  recommendations: RecommendationTable;
  organisations: OrganisationTable;
  programmes: ProgrammeTable;
  trainees: TraineeTable;
  placements: PlacementTable;
  offers: OfferTable;
  offer_stages: OfferStageTable;
  offer_interventions: OfferInterventionTable;
  cohorts: CohortTable;
  participations: ParticipationTable;
  workplace_practice_records: WorkplacePracticeRecordTable;
  measures: MeasureTable;
  measure_baselines: MeasureBaselineTable;
  measure_baseline_history: MeasureBaselineHistoryTable;
  measure_targets: MeasureTargetTable;
  measure_results: MeasureResultTable;
  measure_localities: MeasureLocalityTable;
  measure_breakdowns: MeasureBreakdownTable;
  measure_jobs: MeasureJobTable;
  self_assessments: SelfAssessmentTable;
  self_assessment_scores: SelfAssessmentScoreTable;
  plan_actions: PlanActionTable;
  plan_action_recommendations: PlanActionRecommendationTable;
  plan_action_principles: PlanActionPrincipleTable;
  plan_action_updates: PlanActionUpdateTable;
  progress_reports: ProgressReportTable;
  resources: ResourceTable;
  resource_tags: ResourceTagTable;
  users: UserTable;
  sessions: SessionTable;
  sign_in_attempts: SignInAttemptTable;
  audit_events: AuditEventTable;
  imports: ImportTable;
  import_files: ImportFileTable;
  import_file_chunks: ImportFileChunkTable;
  import_progress: ImportProgressTable;
  import_changes: ImportChangeTable;
  data_versions: DataVersionTable;
}

export type Organisation = Selectable<OrganisationTable>;
export type Programme = Selectable<ProgrammeTable>;
export type Trainee = Selectable<TraineeTable>;
export type Placement = Selectable<PlacementTable>;
export type Offer = Selectable<OfferTable>;
export type NewOffer = Insertable<OfferTable>;
export type OfferUpdate = Updateable<OfferTable>;
export type Cohort = Selectable<CohortTable>;
export type Participation = Selectable<ParticipationTable>;
export type WorkplacePracticeRecord = Selectable<WorkplacePracticeRecordTable>;
export type MeasureBaseline = Selectable<MeasureBaselineTable>;
export type MeasureTarget = Selectable<MeasureTargetTable>;
export type SelfAssessment = Selectable<SelfAssessmentTable>;
export type PlanAction = Selectable<PlanActionTable>;
export type ProgressReport = Selectable<ProgressReportTable>;
export type Resource = Selectable<ResourceTable>;
export type User = Selectable<UserTable>;
export type NewUser = Insertable<UserTable>;
export type Session = Selectable<SessionTable>;
export type AuditEvent = Selectable<AuditEventTable>;
export type ImportRecord = Selectable<ImportTable>;
export type ImportChange = Selectable<ImportChangeTable>;
export type { ColumnType };

/**
 * The tables of the data and of its monitoring, parents before children (the foreign keys' order):
 * the demo empties them children first and test fixtures fill them in this order. Reference
 * tables, the data-version history and the measure caches are not among them.
 */
export const DATA_TABLES_PARENTS_FIRST = [
  'users',
  'organisations',
  'programmes',
  'trainees',
  'placements',
  'offers',
  'offer_stages',
  'offer_interventions',
  'cohorts',
  'participations',
  'workplace_practice_records',
  'self_assessments',
  'self_assessment_scores',
  'plan_actions',
  'plan_action_recommendations',
  'plan_action_principles',
  'plan_action_updates',
  'progress_reports',
  'resources',
  'resource_tags',
  'measure_targets',
  'measure_baselines',
  'measure_baseline_history',
  'imports',
  'audit_events',
  'sessions',
] as const satisfies readonly (keyof Database)[];
export type DataTable = (typeof DATA_TABLES_PARENTS_FIRST)[number];
