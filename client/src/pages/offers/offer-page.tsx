/**
 * One offer of a locality's catalogue: its details, its cohorts with places, enrolled and fill
 * rate, and — when the user may change it — forms to edit it and add or edit cohorts. National
 * offers are read-only to locality users (the server refuses the change too).
 */

import { shareOf } from '@ldm/shared/disclosure';
import { skipToken, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { DataTable, type TableColumn } from '../../components/data-table';
import { CountValue } from '../../components/figure-cell';
import { QueryState } from '../../components/query-state';
import { DisclosureNote } from '../../components/suppressed';
import { usePageLocality } from '../../layout/page-locality';
import { countText, exportedCount, isSuppressed } from '../../lib/figures';
import { nameOfPlace } from '../../lib/places';
import { type RouterOutputs, useTRPC } from '../../lib/trpc';
import { fillRateText } from './cohort-fill';
import { CohortForm } from './cohort-form';
import { OfferDetails } from './offer-details';
import { OfferForm } from './offer-form';

type ApiOffer = RouterOutputs['offer']['get'];
type ApiCohort = ApiOffer['cohorts'][number];

function cohortColumns(editable: boolean, onEdit: (code: string) => void): TableColumn<ApiCohort>[] {
  const columns: TableColumn<ApiCohort>[] = [
    { id: 'code', header: 'Cohort', text: (c) => c.code },
    { id: 'start', header: 'Start', text: (c) => c.startDate },
    { id: 'end', header: 'End', text: (c) => c.endDate },
    {
      id: 'places',
      header: 'Places',
      text: (c) => String(c.places),
      csv: (c) => c.places,
      sortValue: (c) => c.places,
      numeric: true,
    },
    {
      id: 'filled',
      header: 'Enrolled or completed',
      text: (c) => countText(c.filled),
      csv: (c) => exportedCount(c.filled),
      render: (c) => <CountValue count={c.filled} />,
      sortValue: (c) => (isSuppressed(c.filled) ? null : c.filled),
      numeric: true,
    },
    {
      id: 'fill',
      header: 'Fill rate',
      text: (c) => fillRateText(c.filled, c.places),
      // A share as data (0.5, not 50.0%), of the count as the file holds it.
      csv: (c) => shareOf(exportedCount(c.filled), c.places),
      sortValue: (c) => (isSuppressed(c.filled) ? null : c.filled / c.places),
      numeric: true,
    },
  ];
  if (!editable) return columns;
  return [
    ...columns,
    {
      id: 'edit',
      header: 'Change',
      text: () => '',
      sortable: false,
      exported: false,
      render: (c) => (
        <button type="button" className="button-secondary" onClick={() => onEdit(c.code)}>
          Edit<span className="visually-hidden"> cohort {c.code}</span>
        </button>
      ),
    },
  ];
}

export function OfferPage() {
  const trpc = useTRPC();
  const location = useLocation();
  const localityCode = usePageLocality();
  const { offerCode = '' } = useParams();
  const [editing, setEditing] = useState(false);
  const [cohortEdit, setCohortEdit] = useState<string | null>(null);
  const offer = useQuery(trpc.offer.get.queryOptions(localityCode ? { localityCode, code: offerCode } : skipToken));
  if (!localityCode) return <h1>Offer {offerCode}</h1>;
  return (
    <>
      <p>
        <Link to={`/offers/${localityCode}${location.search}`}>Back to the {nameOfPlace(localityCode)} catalogue</Link>
      </p>
      <QueryState query={offer} label="the offer">
        {(data) => (
          <>
            <h1>{data.title}</h1>
            {data.editable ? null : (
              <p className="note">
                {data.scope === 'national'
                  ? 'A national offer: read-only for locality users.'
                  : 'You can read this offer but not change it.'}
              </p>
            )}
            <section className="section" aria-labelledby="offer-details-heading">
              <h2 id="offer-details-heading">About this offer</h2>
              {editing ? (
                <OfferForm
                  localityCode={localityCode}
                  offer={data}
                  onCancel={() => setEditing(false)}
                  onSaved={() => setEditing(false)}
                />
              ) : (
                <>
                  <OfferDetails offer={data} />
                  {data.editable ? (
                    <button type="button" className="button-secondary" onClick={() => setEditing(true)}>
                      Edit this offer
                    </button>
                  ) : null}
                </>
              )}
            </section>
            <section className="section" aria-labelledby="cohorts-heading">
              <h2 id="cohorts-heading">Cohorts</h2>
              {data.cohorts.length === 0 ? <p>No cohorts yet.</p> : null}
              <DataTable
                caption={`Cohorts of ${data.title}`}
                columns={cohortColumns(data.editable, setCohortEdit)}
                rows={data.cohorts}
                exportName={`cohorts-${data.code}`}
              />
              <DisclosureNote />
              {data.editable ? (
                <>
                  <h3 className="form-heading">
                    {cohortEdit === 'new'
                      ? 'Add a cohort'
                      : cohortEdit
                        ? `Edit cohort ${cohortEdit}`
                        : 'Add or change cohorts'}
                  </h3>
                  {cohortEdit ? (
                    <CohortForm
                      key={cohortEdit}
                      localityCode={localityCode}
                      offerCode={data.code}
                      cohort={data.cohorts.find((c) => c.code === cohortEdit)}
                      onDone={() => setCohortEdit(null)}
                    />
                  ) : (
                    <button type="button" className="button-secondary" onClick={() => setCohortEdit('new')}>
                      Add a cohort
                    </button>
                  )}
                </>
              ) : null}
            </section>
          </>
        )}
      </QueryState>
    </>
  );
}
