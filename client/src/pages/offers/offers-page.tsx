/**
 * Offer catalogue (PRODUCT.md §5): every offer available to a locality — its own and the national
 * ones — filtered and searched on the server, with cohorts, places and fill; add an offer.
 */

import { TIERS } from '@ldm/shared';
import { keepPreviousData, skipToken, useQuery, useQueryClient } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { type ColumnGroup, DataTable, type TableColumn } from '../../components/data-table';
import { CountValue } from '../../components/figure-cell';
import { QueryState } from '../../components/query-state';
import { DisclosureNote } from '../../components/suppressed';
import { LocalityChooser, usePageLocality } from '../../layout/page-locality';
import { downloadCsvText } from '../../lib/csv';
import { countText } from '../../lib/figures';
import { nameOfPlace } from '../../lib/places';
import { type RouterOutputs, useTRPC } from '../../lib/trpc';
import { usePeriod } from '../../lib/use-period';
import { useSessionUser } from '../../lib/use-session';
import { type OfferFilter, OfferFilters } from './offer-filters';
import { OfferForm } from './offer-form';
import { nameOfMode, nameOfScope, namesOfStages } from './offer-words';

type CatalogueOffer = RouterOutputs['offer']['list'][number];

function catalogueColumns(offerPath: (code: string) => string): TableColumn<CatalogueOffer>[] {
  return [
    {
      id: 'title',
      header: 'Offer',
      text: (o) => o.title,
      render: (o) => <Link to={offerPath(o.code)}>{o.title}</Link>,
    },
    { id: 'code', header: 'Code', text: (o) => o.code },
    { id: 'provider', header: 'Provider', text: (o) => o.provider },
    { id: 'scope', header: 'Scope', text: (o) => nameOfScope(o.scope) },
    { id: 'tier', header: 'Tier', text: (o) => String(o.tier), numeric: true },
    { id: 'stages', header: 'Stages', text: (o) => namesOfStages(o.stages) },
    { id: 'mode', header: 'Mode', text: (o) => nameOfMode(o.mode) },
    {
      id: 'cohorts',
      header: 'Cohorts',
      text: (o) => String(o.cohorts.length),
      sortValue: (o) => o.cohorts.length,
      numeric: true,
    },
    {
      id: 'places',
      header: 'Places',
      text: (o) => String(o.cohorts.reduce((sum, c) => sum + c.places, 0)),
      sortValue: (o) => o.cohorts.reduce((sum, c) => sum + c.places, 0),
      numeric: true,
    },
    {
      id: 'filled',
      header: 'Enrolled',
      text: (o) => countText(o.filled),
      render: (o) => <CountValue count={o.filled} />,
      numeric: true,
    },
  ];
}

/** The catalogue's columns in two groups, so its places can be read beside the offers' names alone. */
const CATALOGUE_GROUPS: readonly ColumnGroup[] = [
  { label: 'About each offer', columnIds: ['code', 'provider', 'scope', 'tier', 'stages', 'mode'] },
  { label: 'Cohorts and places', columnIds: ['cohorts', 'places', 'filled'] },
];

export function OffersPage() {
  const trpc = useTRPC();
  const user = useSessionUser();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const localityCode = usePageLocality();
  const [period] = usePeriod();
  const [filter, setFilter] = useState<OfferFilter>({});
  // The catalogue follows the chosen period unless the reader asks for every offer ever listed.
  const [anyPeriod, setAnyPeriod] = useState(false);
  const periodFilter = anyPeriod ? {} : { period: period.label };
  const [adding, setAdding] = useState(false);
  const deferredFilter = useDeferredValue(filter);
  const offers = useQuery({
    ...trpc.offer.list.queryOptions(localityCode ? { localityCode, ...deferredFilter, ...periodFilter } : skipToken),
    placeholderData: keepPreviousData,
  });
  if (!localityCode) {
    return (
      <>
        <h1>Offer catalogue</h1>
        <LocalityChooser basePath="/offers" current={null} />
      </>
    );
  }
  const offerPath = (code: string) => `/offers/${localityCode}/${encodeURIComponent(code)}${location.search}`;
  const canAdd = user.role === 'admin' || user.localityCode === localityCode;
  const exportCatalogue = async () => {
    const file = await queryClient.fetchQuery(
      trpc.export.offers.queryOptions({ localityCode, ...filter, ...periodFilter }),
    );
    downloadCsvText(file.fileName, file.csv);
  };
  return (
    <>
      <h1>Offer catalogue: {nameOfPlace(localityCode)}</h1>
      <p className="lede">
        The leadership-development offers available to doctors in training in {nameOfPlace(localityCode)} in{' '}
        {period.label} — the locality's own and the national ones with a cohort in the period. Tiers:{' '}
        {TIERS.map((t) => `${t.tier} ${t.name.toLowerCase()}`).join('; ')}.
      </p>
      <LocalityChooser basePath="/offers" current={localityCode} />
      {canAdd ? (
        <section className="section" aria-labelledby="add-offer-heading">
          <h2 id="add-offer-heading">Add an offer</h2>
          {adding ? (
            <OfferForm
              localityCode={localityCode}
              onCancel={() => setAdding(false)}
              onSaved={(saved) => void navigate(offerPath(saved.code))}
            />
          ) : (
            <button type="button" className="button-secondary" onClick={() => setAdding(true)}>
              Add an offer
            </button>
          )}
        </section>
      ) : null}
      <section className="section" aria-labelledby="catalogue-heading">
        <h2 id="catalogue-heading">Offers</h2>
        <OfferFilters filter={filter} onChange={setFilter} />
        <div className="checkbox">
          <input
            id="offers-any-period"
            type="checkbox"
            checked={anyPeriod}
            onChange={(event) => setAnyPeriod(event.target.checked)}
          />
          <label htmlFor="offers-any-period">
            Include offers with no cohort in {period.label} (not available in the period)
          </label>
        </div>
        <QueryState query={offers} label="the catalogue">
          {(rows) => (
            <>
              <p role="status">{rows.length === 1 ? '1 offer matches.' : `${rows.length} offers match.`}</p>
              <DataTable
                caption={
                  anyPeriod
                    ? `Offers in ${nameOfPlace(localityCode)}, any period`
                    : `Offers available in ${nameOfPlace(localityCode)}, ${period.label}`
                }
                columns={catalogueColumns(offerPath)}
                columnGroups={CATALOGUE_GROUPS}
                rows={rows}
                exportName={`offers-${localityCode}`}
                onExport={() => void exportCatalogue()}
              />
              <DisclosureNote />
            </>
          )}
        </QueryState>
      </section>
    </>
  );
}
