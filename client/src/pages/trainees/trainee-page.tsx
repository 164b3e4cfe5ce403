/** One trainee: every placement, the home placement for each financial year (PRODUCT.md §4), and participations. */

import { skipToken, useQuery } from '@tanstack/react-query';
import { Link, useLocation, useParams } from 'react-router';
import { DataTable, type TableColumn } from '../../components/data-table';
import { QueryState } from '../../components/query-state';
import { usePageLocality } from '../../layout/page-locality';
import { nameOfPlace } from '../../lib/places';
import { type RouterOutputs, useTRPC } from '../../lib/trpc';

type Trainee = RouterOutputs['trainee']['get'];

const PLACEMENT_COLUMNS: TableColumn<Trainee['placements'][number]>[] = [
  { id: 'id', header: 'Placement', text: (p) => p.placementId },
  { id: 'organisation', header: 'Organisation', text: (p) => `${p.organisation} (${p.organisationCode})` },
  { id: 'locality', header: 'Locality', text: (p) => nameOfPlace(p.localityCode) },
  { id: 'programme', header: 'Programme', text: (p) => p.programme ?? '' },
  { id: 'grade', header: 'Grade', text: (p) => p.grade },
  { id: 'stage', header: 'Stage', text: (p) => p.stage ?? '' },
  { id: 'specialty', header: 'Specialty', text: (p) => p.specialty ?? '' },
  { id: 'start', header: 'Start', text: (p) => p.startDate },
  { id: 'end', header: 'End', text: (p) => p.endDate },
  { id: 'wte', header: 'WTE', text: (p) => p.wte.toFixed(1), sortValue: (p) => p.wte, numeric: true },
];

const HOME_COLUMNS: TableColumn<Trainee['homePlacements'][number]>[] = [
  { id: 'period', header: 'Financial year', text: (h) => h.period },
  { id: 'placement', header: 'Home placement', text: (h) => h.placementId },
  { id: 'locality', header: 'Locality', text: (h) => nameOfPlace(h.localityCode) },
  { id: 'stage', header: 'Stage', text: (h) => h.stage ?? '' },
];

const PARTICIPATION_COLUMNS: TableColumn<Trainee['participations'][number]>[] = [
  { id: 'offer', header: 'Offer', text: (p) => p.offerTitle },
  { id: 'tier', header: 'Tier', text: (p) => String(p.tier), numeric: true },
  { id: 'cohort', header: 'Cohort', text: (p) => p.cohortCode },
  { id: 'status', header: 'Status', text: (p) => p.status },
  { id: 'start', header: 'Start', text: (p) => p.startDate },
  { id: 'end', header: 'End', text: (p) => p.endDate ?? '' },
];

export function TraineePage() {
  const trpc = useTRPC();
  const location = useLocation();
  const localityCode = usePageLocality();
  const { gmcNumber = '' } = useParams();
  const trainee = useQuery(trpc.trainee.get.queryOptions(localityCode ? { localityCode, gmcNumber } : skipToken));
  return (
    <>
      <p>
        <Link to={`/trainees/${localityCode ?? ''}${location.search}`}>Back to the trainees</Link>
      </p>
      <QueryState query={trainee} label="the trainee">
        {(data) => (
          <>
            <h1>
              Trainee {data.gmcNumber}
              {data.forenames || data.surname ? `: ${[data.forenames, data.surname].filter(Boolean).join(' ')}` : ''}
            </h1>
            <section className="section" aria-labelledby="placements-heading">
              <h2 id="placements-heading">Placements</h2>
              <DataTable
                caption={`Placements of ${data.gmcNumber}`}
                columns={PLACEMENT_COLUMNS}
                rows={data.placements}
                exportName={`placements-${data.gmcNumber}`}
              />
            </section>
            <section className="section" aria-labelledby="home-heading">
              <h2 id="home-heading">Home placement per financial year</h2>
              <p>
                The placement that decides the trainee's locality and stage in the measures: the one overlapping the
                year with the latest start.
              </p>
              <DataTable
                caption={`Home placements of ${data.gmcNumber}`}
                columns={HOME_COLUMNS}
                rows={data.homePlacements}
                exportName={`home-placements-${data.gmcNumber}`}
              />
            </section>
            <section className="section" aria-labelledby="participations-heading">
              <h2 id="participations-heading">Participations</h2>
              {data.participations.length === 0 ? <p>No participations recorded.</p> : null}
              <DataTable
                caption={`Participations of ${data.gmcNumber}`}
                columns={PARTICIPATION_COLUMNS}
                rows={data.participations}
                exportName={`participations-${data.gmcNumber}`}
              />
            </section>
          </>
        )}
      </QueryState>
    </>
  );
}
