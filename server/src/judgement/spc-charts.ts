/**
 * The dashboard's SPC charts (PRODUCT.md §12.3): every measure's quarterly series for a locality
 * or England, up to the chosen period's latest complete quarter, read on exact ratios and then
 * disclosed to the viewer (§4): each point as the viewer may see it, its signal `not compared`
 * where it is shown as *. A reading over a series with any hidden point is not shown at all —
 * its mean and limits are averages of the hidden figures, and would let them be estimated.
 */
import type { Database } from '@ldm/db';
import { latestCompleteQuarter, todayIso } from '@ldm/shared';
import { type DisclosureLevel, discloseMeasure, judgementShown, SUPPRESSED } from '@ldm/shared/disclosure';
import type { Kysely } from 'kysely';
import type { SessionUser } from '../context';
import { localityLevel } from '../measure/disclose-figures';
import { parsePeriodOrThrow } from '../measure/measures-cache';
import { ENGLAND_CODE, getSpcTrends, type SpcTrend } from './trend-service';

export function discloseTrend({ measure, target, points, spc }: SpcTrend, level: DisclosureLevel) {
  const signalOf = new Map(spc?.points.map((p) => [p.period, p.signal]));
  const shownPoints = points.map(({ period, ...figures }) => {
    const shown = discloseMeasure(measure, figures, level);
    return { period, ...shown, signal: judgementShown(signalOf.get(period) ?? null, shown) };
  });
  const hidden = shownPoints.some((point) => point.value === SUPPRESSED);
  return {
    measureCode: measure,
    target,
    points: shownPoints,
    /** Why there is no reading: too few quarters with data for an XmR chart, or hidden figures. */
    runChartBecause: spc ? (hidden ? ('hidden figures' as const) : null) : ('fewer than 13 quarters' as const),
    spc:
      spc && !hidden
        ? {
            mean: spc.mean,
            upperProcessLimit: spc.upperProcessLimit,
            lowerProcessLimit: spc.lowerProcessLimit,
            variation: spc.variation,
            assurance: spc.assurance,
          }
        : null,
  };
}

/** `scopeCode` is a locality code or ENG; the caller has checked the viewer may see it. */
export async function getSpcCharts(
  db: Kysely<Database>,
  user: SessionUser,
  scopeCode: string,
  periodLabel: string,
  today = todayIso(),
) {
  const to = latestCompleteQuarter(parsePeriodOrThrow(periodLabel), today);
  if (!to) return { code: scopeCode, to: null, dataVersion: null, updating: false, measures: [] };
  const level = scopeCode === ENGLAND_CODE ? 'england' : localityLevel(user, scopeCode);
  const { dataVersion, updating, trends } = await getSpcTrends(db, scopeCode, to.label);
  return {
    code: scopeCode,
    to: to.label,
    dataVersion,
    updating,
    measures: trends.map((trend) => discloseTrend(trend, level)),
  };
}
