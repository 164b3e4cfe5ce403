/**
 * National overview (PRODUCT.md §5): England's headline figures; localities (or regions) side by
 * side; funnel plots; baseline → latest → target; trend; England's SPC charts; the coverage grid;
 * report status.
 */
import { useQuery } from '@tanstack/react-query';
import { CoverageGrid } from '../../components/measures/coverage-grid';
import { FunnelSection } from '../../components/measures/funnel-section';
import { MeasureHeadlines } from '../../components/measures/measure-headlines';
import { SpcSection } from '../../components/measures/spc-section';
import { QueryState } from '../../components/query-state';
import { DisclosureNote } from '../../components/suppressed';
import { useTRPC } from '../../lib/trpc';
import { periodTitle, usePeriod } from '../../lib/use-period';
import { ComparisonPanel } from './comparison-panel';
import { NationalProgressSection } from './national-progress-section';
import { NationalTrendSection } from './national-trend-section';
import { OpenDataDownload } from './open-data-download';
import { ReportStatusSection } from './report-status-section';

export function NationalOverviewPage() {
  const [period] = usePeriod();
  const trpc = useTRPC();
  const overview = useQuery(trpc.measure.national.queryOptions({ period: period.label }));
  const spc = useQuery(trpc.measure.englandSpc.queryOptions({ period: period.label }));
  return (
    <>
      <h1>England, {periodTitle(period)}</h1>
      <p className="lede">
        {period.from} to {period.to}. Figures for all 13 localities.
      </p>
      <DisclosureNote />
      <QueryState query={overview} label="the national figures">
        {(data) => (
          <>
            <section className="section" aria-labelledby="headline-heading">
              <h2 id="headline-heading">Headline figures for England</h2>
              <MeasureHeadlines traineesInPost={data.england.traineesInPost} measures={data.england.measures} />
            </section>
            <ComparisonPanel england={data.england} localities={data.localities} regions={data.regions} />
            <section className="section" aria-labelledby="funnel-heading">
              <h2 id="funnel-heading">Fair comparison: funnel plots</h2>
              <p>
                Each dot is a locality: its share against its number of trainees. The solid line is England; dashed
                lines are the 95% limits and dotted lines the 99.8% limits. Localities outside the 99.8% limits are
                outliers, shown in red and named.
              </p>
              <FunnelSection funnels={data.funnels} />
            </section>
            <NationalProgressSection progress={data.progress} period={period.label} />
            <NationalTrendSection period={period} />
            <QueryState query={spc} label="England’s SPC charts">
              {(charts) => (
                <SpcSection
                  charts={charts}
                  placeName="England"
                  exportName={`spc-ENG-${period.label}`}
                  exportLevel="england"
                />
              )}
            </QueryState>
            <section className="section" aria-labelledby="coverage-heading">
              <h2 id="coverage-heading">Where is the floor missing?</h2>
              <p>
                {data.coverage.filter((row) => row.stagesWithoutFloor.length === 0).length} of {data.coverage.length}{' '}
                localities have a tier-1 offer at all three stages.
              </p>
              <CoverageGrid
                rows={data.coverage}
                caption={`Offers available by stage and tier, ${period.label}`}
                period={period.label}
              />
            </section>
          </>
        )}
      </QueryState>
      <ReportStatusSection period={period} />
      <OpenDataDownload />
    </>
  );
}
