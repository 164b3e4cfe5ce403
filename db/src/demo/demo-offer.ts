/** An offer as the generator holds it: the table row, its stages and interventions, and how it runs. */

import type { Intervention, Stage } from '@ldm/shared';
import type { Insertable } from 'kysely';
import type { OfferTable } from '../schema';

/**
 * How cohorts run each year: `course` two short runs (autumn, spring), `programme` one run of
 * about nine months, `fellowship` twelve months from September, `online` a rolling quarterly intake.
 */
export const OFFER_SCHEDULES = ['course', 'programme', 'fellowship', 'online'] as const;
export type OfferSchedule = (typeof OFFER_SCHEDULES)[number];

export interface DemoOffer {
  row: Insertable<OfferTable>;
  stages: readonly Stage[];
  interventions: readonly Intervention[];
  schedule: OfferSchedule;
  /** First date a cohort may start (offers launched during the demo years); null = running before them. */
  launchedOn: string | null;
}
