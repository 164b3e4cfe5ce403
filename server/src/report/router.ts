import type { Database } from '@ldm/db';
import {
  createReportSchema,
  editReportSchema,
  reportIdSchema,
  reportPeriodSchema,
  returnReportSchema,
} from '@ldm/shared/schemas/reporting';
import type { Kysely } from 'kysely';
import type { SessionUser } from '../context';
import { aggregatesProcedure, router, signedInProcedure, writeProcedure } from '../trpc';
import * as service from './service';

/** A workflow step on one report (delete, submit, approve): the service checks who may take it. */
const reportStep = <Result>(
  step: (db: Kysely<Database>, user: SessionUser, localityCode: string, reportId: number) => Promise<Result>,
) =>
  writeProcedure
    .input(reportIdSchema)
    .mutation(({ ctx, input }) => step(ctx.db, ctx.user, input.localityCode, input.reportId));

/**
 * Reads are `aggregates` (own locality, national, admin); the service hides other localities'
 * unapproved reports. Changes are `write` (own locality, admin); the workflow then decides
 * between academy lead and dean.
 */
export const reportRouter = router({
  list: aggregatesProcedure.query(({ ctx, input }) => service.listReports(ctx.db, ctx.user, input.localityCode)),
  get: aggregatesProcedure
    .input(reportIdSchema)
    .query(({ ctx, input }) => service.getReport(ctx.db, ctx.user, input.localityCode, input.reportId)),
  /** What would be frozen if the report were submitted now. */
  preview: aggregatesProcedure
    .input(reportPeriodSchema)
    .query(({ ctx, input }) => service.previewReportSnapshot(ctx.db, ctx.user, input.localityCode, input.period)),
  /** Each locality's report status for a period. */
  overview: signedInProcedure
    .input(reportPeriodSchema)
    .query(({ ctx, input }) => service.getReportOverview(ctx.db, input.period)),
  create: writeProcedure
    .input(createReportSchema)
    .mutation(({ ctx, input }) => service.createReport(ctx.db, ctx.user, input.localityCode, input)),
  edit: writeProcedure
    .input(editReportSchema)
    .mutation(({ ctx, input }) =>
      service.editReport(ctx.db, ctx.user, input.localityCode, input.reportId, input.narrative),
    ),
  delete: reportStep(service.deleteReport),
  submit: reportStep(service.submitReport),
  approve: reportStep(service.approveReport),
  return: writeProcedure
    .input(returnReportSchema)
    .mutation(({ ctx, input }) =>
      service.returnReport(ctx.db, ctx.user, input.localityCode, input.reportId, input.comments),
    ),
});
