/**
 * Measures for the dashboard. Its reads run as dashboard views (dashboard-view.ts): right after
 * a data change they may answer from the previous data version, marked `updating`. The national overview is open to every signed-in user, with
 * disclosure control on every locality but the user's own (admin and national users have no own
 * locality, so it applies to all for them); a locality's dashboard and trend need aggregate access
 * to it; baselines and targets are set by administrators only, audited.
 */

import { LOCALITY_CODES, MEASURE_CODES } from '@ldm/shared';
import { periodLabelSchema } from '@ldm/shared/schemas';
import { z } from 'zod';
import { getSpcCharts } from '../judgement/spc-charts';
import { ENGLAND_CODE } from '../judgement/trend-service';
import { adminProcedure, aggregatesProcedure, router, signedInProcedure } from '../trpc';
import { listBaselineHistory, previewBaseline, setBaseline, setTarget } from './baseline-service';
import { asDashboardView } from './dashboard-view';
import { getLocalityDashboard, getTrend } from './locality-service';
import { getNationalTrend } from './national-trend-service';
import { getNationalOverview } from './service';

const periodInput = z.object({ period: periodLabelSchema });
const trendInput = periodInput.extend({ count: z.number().int().min(1).max(20).default(8) });
const baselineInput = z.object({
  measureCode: z.enum(MEASURE_CODES),
  localityCode: z.enum(LOCALITY_CODES),
  period: periodLabelSchema,
});

export const measureRouter = router({
  national: signedInProcedure
    .input(periodInput)
    .query(({ ctx, input }) => asDashboardView(() => getNationalOverview(ctx.db, ctx.user, input.period))),
  nationalTrend: signedInProcedure
    .input(trendInput)
    .query(({ ctx, input }) => asDashboardView(() => getNationalTrend(ctx.db, ctx.user, input.period, input.count))),
  locality: aggregatesProcedure
    .input(periodInput)
    .query(({ ctx, input }) =>
      asDashboardView(() => getLocalityDashboard(ctx.db, ctx.user, input.localityCode, input.period)),
    ),
  trend: aggregatesProcedure
    .input(trendInput)
    .query(({ ctx, input }) =>
      asDashboardView(() => getTrend(ctx.db, ctx.user, input.localityCode, input.period, input.count)),
    ),
  /** Every measure's quarterly SPC chart for a locality, up to the period's latest complete quarter. */
  spc: aggregatesProcedure
    .input(periodInput)
    .query(({ ctx, input }) => asDashboardView(() => getSpcCharts(ctx.db, ctx.user, input.localityCode, input.period))),
  /** The same for England (pooled counts), open to every signed-in user like the national overview. */
  englandSpc: signedInProcedure
    .input(periodInput)
    .query(({ ctx, input }) => asDashboardView(() => getSpcCharts(ctx.db, ctx.user, ENGLAND_CODE, input.period))),
  /** What freezing a baseline would store, and the baseline it would replace (kept as history). */
  previewBaseline: adminProcedure.input(baselineInput).query(({ ctx, input }) =>
    previewBaseline(ctx.db, {
      measureCode: input.measureCode,
      localityCode: input.localityCode,
      periodLabel: input.period,
    }),
  ),
  baselineHistory: adminProcedure
    .input(z.object({ localityCode: z.enum(LOCALITY_CODES) }))
    .query(({ ctx, input }) => listBaselineHistory(ctx.db, input.localityCode)),
  setBaseline: adminProcedure.input(baselineInput).mutation(({ ctx, input }) =>
    setBaseline(ctx.db, {
      measureCode: input.measureCode,
      localityCode: input.localityCode,
      periodLabel: input.period,
      userId: ctx.user.id,
    }),
  ),
  setTarget: adminProcedure.input(baselineInput.extend({ value: z.number().min(0) })).mutation(({ ctx, input }) =>
    setTarget(ctx.db, {
      measureCode: input.measureCode,
      localityCode: input.localityCode,
      periodLabel: input.period,
      value: input.value,
      userId: ctx.user.id,
    }),
  ),
});
