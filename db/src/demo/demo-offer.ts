/** An offer as the generator holds it: the table row, its stages and interventions, and how it runs. */

import { INTERVENTION_CODES, type Intervention, LEARNING_MODE_CODES, STAGE_CODES, type Stage } from '@ldm/shared';
import type { Insertable } from 'kysely';
import { z } from 'zod';
import type { OfferTable } from '../schema';

/**
 * How cohorts run each year: `course` two short runs (autumn, spring), `programme` one run of
 * about nine months, `fellowship` twelve months from September, `online` a rolling quarterly intake.
 */
export const OFFER_SCHEDULES = ['course', 'programme', 'fellowship', 'online'] as const;
export type OfferSchedule = (typeof OFFER_SCHEDULES)[number];

/** What a demo offer's data file (real schemes, the localities' templates) says of each offer, as zod fields. */
export const demoOfferFacts = {
  key: z.string(),
  title: z.string(),
  tier: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  stages: z.array(z.enum(STAGE_CODES)).nonempty(),
  interventions: z.array(z.enum(INTERVENTION_CODES)).nonempty(),
  mode: z.enum(LEARNING_MODE_CODES),
  multiprofessional: z.boolean(),
  schedule: z.enum(OFFER_SCHEDULES),
  description: z.string(),
};

export interface DemoOffer {
  row: Insertable<OfferTable>;
  stages: readonly Stage[];
  interventions: readonly Intervention[];
  schedule: OfferSchedule;
  /** First date a cohort may start (offers launched during the demo years); null = running before them. */
  launchedOn: string | null;
}
