/** Offer and cohort forms (PRODUCT.md §2, §10 vocabulary). Dates are ISO `YYYY-MM-DD`. */
import { z } from 'zod';
import {
  INTERVENTION_CODES,
  LEARNING_MODE_CODES,
  LOCALITY_CODES,
  NATIONAL_SCOPE,
  OFFER_ACCESS,
  OFFER_DELIVERY,
  OFFER_FUNDING,
  STAGE_CODES,
} from '../reference/index';
import { linkSchema } from './link';
import { periodLabelSchema } from './period';

const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$/;
export const codeSchema = z
  .string()
  .trim()
  .regex(CODE_PATTERN, 'Use 1–40 letters, digits, dots, dashes or underscores.');

/** A real calendar date written `YYYY-MM-DD`. */
export const isoDateSchema = z.iso.date('Write the date as YYYY-MM-DD.');

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .default(null)
    .transform((v) => v || null);

export const offerScopeSchema = z.enum([...LOCALITY_CODES, NATIONAL_SCOPE]);

export const offerSchema = z.object({
  code: codeSchema,
  title: z.string().trim().min(1, 'Enter a title.').max(200),
  provider: z.string().trim().min(1, 'Enter the provider.').max(200),
  providerType: optionalText(100),
  scope: offerScopeSchema,
  tier: z.union([z.literal(1), z.literal(2), z.literal(3)], { error: 'Tier is 1, 2 or 3.' }),
  stages: z
    .array(z.enum(STAGE_CODES))
    .min(1, 'Choose at least one stage.')
    .transform((s) => [...new Set(s)]),
  interventions: z
    .array(z.enum(INTERVENTION_CODES))
    .default([])
    .transform((s) => [...new Set(s)]),
  mode: z.enum(LEARNING_MODE_CODES).nullable().default(null),
  capacity: z.number().int().min(1, 'Capacity is at least 1, or leave it empty.').nullable().default(null),
  multiprofessional: z.boolean().nullable().default(null),
  access: z.enum(OFFER_ACCESS).nullable().default(null),
  funding: z.enum(OFFER_FUNDING).nullable().default(null),
  delivery: z.enum(OFFER_DELIVERY).nullable().default(null),
  description: optionalText(5000),
  url: linkSchema.nullable().default(null),
});

const cohortFields = z.object({
  code: codeSchema,
  offerCode: codeSchema,
  startDate: isoDateSchema,
  endDate: isoDateSchema,
  places: z.number().int().min(1, 'A cohort has at least 1 place.'),
});

export const cohortSchema = cohortFields.refine((c) => c.endDate >= c.startDate, {
  path: ['endDate'],
  message: 'The end date is before the start date.',
});

export const offerFilterSchema = z.object({
  tier: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
  stage: z.enum(STAGE_CODES).optional(),
  intervention: z.enum(INTERVENTION_CODES).optional(),
  mode: z.enum(LEARNING_MODE_CODES).optional(),
  search: z.string().trim().max(100).optional(),
  /** Only offers available in this period: with a cohort whose dates overlap it (PRODUCT.md §4). */
  period: periodLabelSchema.optional(),
});

export type OfferInput = z.input<typeof offerSchema>;
export type OfferValues = z.output<typeof offerSchema>;
export type CohortInput = z.input<typeof cohortSchema>;
export type CohortValues = z.output<typeof cohortSchema>;
export type OfferFilter = z.output<typeof offerFilterSchema>;
