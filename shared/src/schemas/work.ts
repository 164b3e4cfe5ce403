/** Queries of the work-to-act-on lists (PRODUCT.md §5). */
import { z } from 'zod';
import { STAGE_CODES } from '../reference/stages';
import { paginationSchema } from './pagination';
import { periodLabelSchema } from './period';

/** "Not yet reached": a period, optionally one stage or one programme, paged by the server. */
export const notYetReachedSchema = paginationSchema.extend({
  period: periodLabelSchema,
  stage: z.enum(STAGE_CODES).nullable().default(null),
  /** A programme code, or "" for trainees whose placement names no programme; null for every programme. */
  programmeCode: z.string().trim().max(50).nullable().default(null),
});

export type NotYetReachedInput = z.input<typeof notYetReachedSchema>;
