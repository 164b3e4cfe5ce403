/** Server-side paging and sorting shared by every table of the dashboard. */
import { z } from 'zod';

export const MAX_PAGE_SIZE = 200;

export const paginationSchema = z.object({
  page: z.number().int().min(1, 'Pages start at 1.').default(1),
  pageSize: z.number().int().min(1).max(MAX_PAGE_SIZE, `At most ${MAX_PAGE_SIZE} rows per page.`).default(50),
});

export const sortDirectionSchema = z.enum(['asc', 'desc']).default('asc');

export type PaginationInput = z.input<typeof paginationSchema>;
