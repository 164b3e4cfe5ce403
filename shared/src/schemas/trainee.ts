/** The trainee table's query: paging, sorting and search, all done by the server. */
import { z } from 'zod';
import { paginationSchema, sortDirectionSchema } from './pagination';

export const TRAINEE_SORT_KEYS = ['gmcNumber', 'surname', 'grade', 'organisation', 'startDate', 'endDate'] as const;

export const traineeListSchema = paginationSchema.extend({
  sort: z.enum(TRAINEE_SORT_KEYS).default('surname'),
  direction: sortDirectionSchema,
  /** GMC number prefix, or part of a forename, surname or organisation name. */
  search: z.string().trim().max(100).default(''),
});

export const gmcNumberSchema = z.string().regex(/^\d{7}$/, 'A GMC number has 7 digits.');

export type TraineeListInput = z.input<typeof traineeListSchema>;
export type TraineeSortKey = (typeof TRAINEE_SORT_KEYS)[number];
