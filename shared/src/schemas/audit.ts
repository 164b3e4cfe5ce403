/** Filters of the administrators' audit list. */
import { z } from 'zod';
import { isoDateSchema } from './offer';
import { paginationSchema } from './pagination';

export const auditFilterSchema = paginationSchema
  .extend({
    userId: z.number().int().positive().optional(),
    entity: z.string().trim().max(60).optional(),
    action: z.string().trim().max(60).optional(),
    /** Inclusive ISO dates. */
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { path: ['to'], message: '"To" is before "from".' });

export type AuditFilterInput = z.input<typeof auditFilterSchema>;
