/**
 * The plain rows the measures engine reads. The server loads them with Kysely; tests and the
 * client build them by hand. Field names follow the product vocabulary, not the column names.
 */
import type { Period } from '../periods';
import type { PlacementTable } from './placement-table';

export interface PlacementFact {
  placementId: string;
  gmcNumber: string;
  organisationCode: string;
  programmeCode: string | null;
  grade: string;
  specialty: string | null;
  startDate: string;
  endDate: string;
}

export interface OrganisationFact {
  code: string;
  localityCode: string;
}

export interface OfferFact {
  code: string;
  /** Null means national scope. */
  scopeLocalityCode: string | null;
  tier: number;
  stages: readonly string[];
}

export interface CohortFact {
  code: string;
  offerCode: string;
  startDate: string;
  endDate: string;
  places: number;
}

export interface ParticipationFact {
  gmcNumber: string;
  cohortCode: string;
  status: string;
  startDate: string;
  endDate: string | null;
}

/** One organisation's workplace-practice record for one financial year, reduced to a count. */
export interface PracticeRecordFact {
  organisationCode: string;
  year: string;
  practicesProvided: number;
}

export interface SelfAssessmentFact {
  id: number;
  localityCode: string;
  assessedOn: string;
  scores: readonly number[];
}

export interface PlanActionFact {
  localityCode: string;
  dueDate: string;
  status: string;
}

/** Every row the measures depend on, for a span of one or more periods. */
export interface MeasureRows {
  organisations: readonly OrganisationFact[];
  /** In any order; the server loads them straight into a table (no object per placement). */
  placements: readonly PlacementFact[] | PlacementTable;
  offers: readonly OfferFact[];
  cohorts: readonly CohortFact[];
  participations: readonly ParticipationFact[];
  practiceRecords: readonly PracticeRecordFact[];
  selfAssessments: readonly SelfAssessmentFact[];
  planActions: readonly PlanActionFact[];
}

/** Everything the measures of one period depend on; rows outside the period are simply ignored. */
export interface MeasureInputs extends MeasureRows {
  period: Period;
}
