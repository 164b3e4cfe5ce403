/**
 * The records an import file (PRODUCT.md §10) or a form creates — one schema per entity, so an
 * import row and a form or procedure accept exactly the same values (offers and cohorts: offer.ts).
 * Field names are the API's (camelCase); the import maps each field back to its file column.
 */
import { z } from 'zod';
import {
  ETHNIC_GROUPS,
  GRADES,
  LOCALITY_CODES,
  ORGANISATION_TYPES,
  PARTICIPATION_STATUSES,
  PROGRAMME_TYPES,
  QUALIFICATIONS,
  SEXES,
  WORKPLACE_PRACTICE_CODES,
} from '../reference/index';
import { codeSchema, isoDateSchema } from './offer';
import { gmcNumberSchema } from './trainee';

const name = (max: number) => z.string().trim().min(1, 'is required').max(max, `is longer than ${max} characters`);
const optionalName = (max: number) => name(max).nullable();
const endNotBeforeStart = { path: ['endDate'], message: 'is before start_date' };

export const organisationSchema = z.object({
  code: codeSchema,
  name: name(200),
  type: z.enum(ORGANISATION_TYPES),
  localityCode: z.enum(LOCALITY_CODES),
});

export const programmeSchema = z.object({
  code: codeSchema,
  name: name(200),
  specialty: name(100),
  type: z.enum(PROGRAMME_TYPES),
  localityCode: z.enum(LOCALITY_CODES),
});

export const traineeSchema = z.object({
  gmcNumber: gmcNumberSchema,
  forenames: optionalName(100),
  surname: optionalName(100),
  sex: z.enum(SEXES).nullable(),
  ethnicGroup: z.enum(ETHNIC_GROUPS).nullable(),
  qualification: z.enum(QUALIFICATIONS).nullable(),
});

export const placementSchema = z
  .object({
    placementId: codeSchema,
    gmcNumber: gmcNumberSchema,
    organisationCode: codeSchema,
    programmeCode: codeSchema.nullable(),
    grade: z.enum(GRADES as [string, ...string[]]),
    specialty: optionalName(100),
    startDate: isoDateSchema,
    endDate: isoDateSchema,
    wte: z.number().min(0.1, 'must be a decimal from 0.1 to 1.0').max(1, 'must be a decimal from 0.1 to 1.0'),
  })
  .refine((p) => p.endDate >= p.startDate, endNotBeforeStart);

export const participationSchema = z
  .object({
    gmcNumber: gmcNumberSchema,
    cohortCode: codeSchema,
    status: z.enum(PARTICIPATION_STATUSES),
    startDate: isoDateSchema,
    endDate: isoDateSchema.nullable(),
  })
  .refine((p) => p.endDate === null || p.endDate >= p.startDate, endNotBeforeStart);

/** A financial year written like `2024-25` (the second year follows the first). */
export const financialYearSchema = z
  .string()
  .refine(
    (year) => /^\d{4}-\d{2}$/.test(year) && (Number(year.slice(0, 4)) + 1) % 100 === Number(year.slice(5)),
    'must be a financial year written like 2024-25',
  );

/** One boolean per workplace practice, named by its code (§10 column names). */
export const workplacePracticeRecordSchema = z.object({
  organisationCode: codeSchema,
  year: financialYearSchema,
  ...(Object.fromEntries(WORKPLACE_PRACTICE_CODES.map((code) => [code, z.boolean()])) as Record<
    (typeof WORKPLACE_PRACTICE_CODES)[number],
    z.ZodBoolean
  >),
});

export type OrganisationValues = z.output<typeof organisationSchema>;
export type ProgrammeValues = z.output<typeof programmeSchema>;
export type TraineeValues = z.output<typeof traineeSchema>;
export type PlacementValues = z.output<typeof placementSchema>;
export type ParticipationValues = z.output<typeof participationSchema>;
export type WorkplacePracticeRecordValues = z.output<typeof workplacePracticeRecordSchema>;
