/**
 * Input schemas of the reporting workflow (issue 9): self-assessment, implementation plan,
 * progress reports and resources. Shared by the server routers and the client forms, so a form
 * shows the same field-level messages the server would return. The locality is not part of these:
 * every locality-scoped procedure adds `localityCode` itself (server/src/trpc.ts).
 */
import { z } from 'zod';
import { LOCALITY_CODES } from '../reference/localities';
import { PRINCIPLES } from '../reference/principles';
import { RECOMMENDATIONS } from '../reference/recommendations';
import { STAGE_CODES } from '../reference/stages';
import { PLAN_ACTION_STATUSES } from '../reference/workflow';
import { linkSchema } from './link';
import { isoDateSchema } from './offer';
import { periodLabelSchema } from './period';

export { periodLabelSchema } from './period';

const principleNumberSchema = z.number().int().min(1).max(PRINCIPLES.length);
const recommendationNumberSchema = z.number().int().min(1).max(RECOMMENDATIONS.length);
const tierSchema = z.number().int().min(1).max(3);
/** Lists of tags: each value once. */
const uniqueList = <T extends z.ZodType<string | number>>(item: T) =>
  z.array(item).refine((values) => new Set(values).size === values.length, 'Each value may appear only once.');

export const selfAssessmentScoreSchema = z.object({
  principleNumber: principleNumberSchema,
  score: z
    .number()
    .int()
    .min(0, 'Scores run from 0 (not started) to 3 (embedded).')
    .max(3, 'Scores run from 0 (not started) to 3 (embedded).'),
  evidence: z.string().trim().max(5000).nullable().default(null),
});

export const saveSelfAssessmentSchema = z.object({
  period: periodLabelSchema,
  assessedOn: isoDateSchema,
  scores: z
    .array(selfAssessmentScoreSchema)
    .refine(
      (scores) =>
        scores.length === PRINCIPLES.length && new Set(scores.map((s) => s.principleNumber)).size === PRINCIPLES.length,
      `Rate every one of the ${PRINCIPLES.length} principles, each once.`,
    ),
});
export type SaveSelfAssessmentInput = z.infer<typeof saveSelfAssessmentSchema>;

export const planActionFieldsSchema = z.object({
  title: z.string().trim().min(1, 'Give the action a title.').max(300),
  owner: z.string().trim().min(1, 'Name who owns the action.').max(200),
  dueDate: isoDateSchema,
  status: z.enum(PLAN_ACTION_STATUSES),
  recommendations: uniqueList(recommendationNumberSchema),
  principles: uniqueList(principleNumberSchema),
});
export type PlanActionFields = z.infer<typeof planActionFieldsSchema>;

export const planActionIdSchema = z.object({ actionId: z.number().int().positive() });

export const planActionUpdateSchema = planActionIdSchema.extend({
  note: z.string().trim().min(1, 'Write what has happened.').max(5000),
  /** A new status for the action, if the update changes it. */
  status: z.enum(PLAN_ACTION_STATUSES).nullable().default(null),
});

export const reportPeriodSchema = z.object({ period: periodLabelSchema });
export const reportIdSchema = z.object({ reportId: z.number().int().positive() });

export const createReportSchema = z.object({
  period: periodLabelSchema,
  narrative: z.string().max(50_000).default(''),
});
export const editReportSchema = reportIdSchema.extend({ narrative: z.string().max(50_000) });
export const returnReportSchema = reportIdSchema.extend({
  comments: z.string().trim().min(1, 'Say what needs to change before the report can be approved.').max(10_000),
});

export const resourceTagsSchema = z.object({
  principles: uniqueList(principleNumberSchema).default([]),
  stages: uniqueList(z.enum(STAGE_CODES)).default([]),
  tiers: uniqueList(tierSchema).default([]),
});

export const createResourceSchema = resourceTagsSchema
  .extend({
    title: z.string().trim().min(1, 'Give the resource a title.').max(300),
    url: linkSchema.nullable().default(null),
    body: z.string().trim().max(50_000).nullable().default(null),
    /** Locality of origin; null for a resource shared by the national group. */
    localityCode: z.enum(LOCALITY_CODES).nullable(),
  })
  .refine((r) => r.url !== null || (r.body !== null && r.body !== ''), {
    message: 'Give a web address or the text of the resource.',
    path: ['url'],
  });
export type CreateResourceInput = z.infer<typeof createResourceSchema>;

export const searchResourcesSchema = z.object({
  text: z.string().trim().max(200).optional(),
  principle: principleNumberSchema.optional(),
  stage: z.enum(STAGE_CODES).optional(),
  tier: tierSchema.optional(),
  /** Locality of origin; `national` for resources with none. */
  origin: z.union([z.enum(LOCALITY_CODES), z.literal('national')]).optional(),
});
export type SearchResourcesInput = z.infer<typeof searchResourcesSchema>;
