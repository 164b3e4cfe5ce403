/**
 * Locality dashboard (PRODUCT.md §5): one locality's measures with status against baseline and
 * target, gaps, breakdowns by stage, tier, programme/specialty and organisation, and the trend.
 * A dean who edits the URL to another locality gets the server's refusal, shown as "Not allowed".
 */

import { isLocalityCode, type LocalityCode } from '@ldm/shared';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { EnglandComparisonSection } from '../../components/measures/england-comparison-section';
import { MeasureHeadlines } from '../../components/measures/measure-headlines';
import { ProgressTable } from '../../components/measures/progress-table';
import { SpcSection } from '../../components/measures/spc-section';
import { QueryState } from '../../components/query-state';
import { DisclosureNote } from '../../components/suppressed';
import { nameOfPlace } from '../../lib/places';
import { useServerCsv } from '../../lib/server-csv';
import { useTRPC } from '../../lib/trpc';
import { periodTitle, usePeriod } from '../../lib/use-period';
import { useSessionUser } from '../../lib/use-session';
import { NotFoundPage } from '../not-found/not-found-page';
import { BreakdownsSection } from './breakdowns-section';
import { GapsSection } from './gaps-section';
import { LocalityTrendSection } from './locality-trend-section';
import { NotYetReachedLink } from './not-yet-reached-link';

export function LocalityDashboardPage() {
  const { localityCode = '' } = useParams();
  if (!isLocalityCode(localityCode)) return <NotFoundPage />;
  return <LocalityDashboard localityCode={localityCode} />;
}

function LocalityDashboard({ localityCode }: { localityCode: LocalityCode }) {
  const [period] = usePeriod();
  const trpc = useTRPC();
  const download = useServerCsv();
  const user = useSessionUser();
  // Trainee-level lists are for the locality's own users and administrators (the server says so too).
  const mayReadRecords = user.role === 'admin' || user.localityCode === localityCode;
  const dashboard = useQuery(trpc.measure.locality.queryOptions({ localityCode, period: period.label }));
  const spc = useQuery(trpc.measure.spc.queryOptions({ localityCode, period: period.label }));
  return (
    <>
      <h1>
        {nameOfPlace(localityCode)}, {periodTitle(period)}
      </h1>
      <DisclosureNote />
      <QueryState query={dashboard} label={`the figures for ${nameOfPlace(localityCode)}`}>
        {(data) => (
          <>
            <section className="section" aria-labelledby="headline-heading">
              <h2 id="headline-heading">Headline figures</h2>
              <MeasureHeadlines traineesInPost={data.traineesInPost} measures={data.measures} />
            </section>
            <EnglandComparisonSection
              comparisons={data.comparedWithEngland}
              measures={data.measures}
              placeName={nameOfPlace(localityCode)}
              exportName={`compared-with-england-${localityCode}-${period.label}`}
              onExport={() => download(trpc.export.locality.queryOptions({ localityCode, period: period.label }))}
            />
            <GapsSection gaps={data.gaps} localityCode={localityCode} period={period} />
            {mayReadRecords ? <NotYetReachedLink localityCode={localityCode} uptake={data.measures.M3} /> : null}
            <section className="section" aria-labelledby="progress-heading">
              <h2 id="progress-heading">Progress against baseline and target</h2>
              <ProgressTable
                by="measure"
                period={period.label}
                rows={data.progress}
                caption={`Baseline, latest and target, ${period.label}`}
                exportName={`progress-${localityCode}-${period.label}`}
              />
            </section>
            <BreakdownsSection data={data} localityCode={localityCode} />
            <LocalityTrendSection localityCode={localityCode} period={period} />
            <QueryState query={spc} label="the SPC charts">
              {(charts) => (
                <SpcSection
                  charts={charts}
                  placeName={nameOfPlace(localityCode)}
                  exportName={`spc-${localityCode}-${period.label}`}
                />
              )}
            </QueryState>
          </>
        )}
      </QueryState>
    </>
  );
}
