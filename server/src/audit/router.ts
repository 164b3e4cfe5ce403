/** Audit events: administrators only. */
import { auditFilterSchema } from '@ldm/shared/schemas';
import { adminProcedure, router } from '../trpc';
import { listAuditEvents } from './service';

export const auditRouter = router({
  list: adminProcedure.input(auditFilterSchema).query(({ ctx, input }) => listAuditEvents(ctx.db, input)),
});
