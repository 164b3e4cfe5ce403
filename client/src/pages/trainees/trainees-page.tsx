/**
 * Trainees of a locality (PRODUCT.md §5): searched, sorted and paged by the server — TanStack
 * Table in manual mode — so the page stays fast at 50,000 trainees. Trainee-level rows: never
 * shown to the national role (the server refuses them too).
 */

import { TRAINEE_SORT_KEYS, type TraineeSortKey } from '@ldm/shared/schemas';
import { keepPreviousData, skipToken, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SortingState, Updater } from '@tanstack/react-table';
import { useDeferredValue, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { DataTable, type TableColumn } from '../../components/data-table';
import { SearchField, SearchToolbar } from '../../components/filter-controls';
import { QueryState } from '../../components/query-state';
import { LocalityChooser, usePageLocality } from '../../layout/page-locality';
import { downloadCsvText } from '../../lib/csv';
import { nameOfPlace } from '../../lib/places';
import { type RouterOutputs, useTRPC } from '../../lib/trpc';
import { Pager } from './pager';

type TraineeRow = RouterOutputs['trainee']['list']['rows'][number];

const PAGE_SIZE = 50;

const fullName = (t: { forenames: string | null; surname: string | null }) =>
  [t.forenames, t.surname].filter(Boolean).join(' ') || 'name not given';

function traineeColumns(traineePath: (gmc: string) => string): TableColumn<TraineeRow>[] {
  const sortable = (id: string) => (TRAINEE_SORT_KEYS as readonly string[]).includes(id);
  const columns: TableColumn<TraineeRow>[] = [
    {
      id: 'gmcNumber',
      header: 'GMC number',
      text: (t) => t.gmcNumber,
      render: (t) => <Link to={traineePath(t.gmcNumber)}>{t.gmcNumber}</Link>,
    },
    { id: 'surname', header: 'Name', text: fullName },
    { id: 'grade', header: 'Grade', text: (t) => t.grade },
    { id: 'stage', header: 'Stage', text: (t) => t.stage ?? '' },
    { id: 'specialty', header: 'Specialty', text: (t) => t.specialty ?? '' },
    { id: 'organisation', header: 'Organisation', text: (t) => t.organisation },
    { id: 'startDate', header: 'Latest placement from', text: (t) => t.startDate },
    { id: 'endDate', header: 'to', text: (t) => t.endDate },
  ];
  return columns.map((column) => ({ ...column, sortable: sortable(column.id) }));
}

export function TraineesPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const location = useLocation();
  const localityCode = usePageLocality();
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const [sorting, setSorting] = useState<SortingState>([{ id: 'surname', desc: false }]);
  const deferredSearch = useDeferredValue(search);
  const order = {
    sort: (sorting[0]?.id ?? 'surname') as TraineeSortKey,
    direction: sorting[0]?.desc ? ('desc' as const) : ('asc' as const),
  };
  const trainees = useQuery({
    ...trpc.trainee.list.queryOptions(
      localityCode ? { localityCode, page, pageSize: PAGE_SIZE, search: deferredSearch, ...order } : skipToken,
    ),
    placeholderData: keepPreviousData,
  });
  if (!localityCode) {
    return (
      <>
        <h1>Trainees</h1>
        <LocalityChooser basePath="/trainees" current={null} />
      </>
    );
  }
  const onSortingChange = (updater: Updater<SortingState>) => {
    setSorting(typeof updater === 'function' ? updater(sorting) : updater);
    setPage(1);
  };
  const exportAll = async () => {
    const file = await queryClient.fetchQuery(trpc.export.trainees.queryOptions({ localityCode, search, ...order }));
    downloadCsvText(file.fileName, file.csv);
  };
  const traineePath = (gmc: string) => `/trainees/${localityCode}/${gmc}${location.search}`;
  return (
    <>
      <h1>Trainees: {nameOfPlace(localityCode)}</h1>
      <p className="lede">
        Doctors in training whose latest placement is with an organisation in {nameOfPlace(localityCode)}, with that
        placement.
      </p>
      <LocalityChooser basePath="/trainees" current={localityCode} />
      <section className="section" aria-labelledby="trainees-heading">
        <h2 id="trainees-heading">Trainees and their latest placement</h2>
        <SearchToolbar label="Search trainees">
          <SearchField
            id="trainee-search"
            label="Search by GMC number, name or organisation"
            value={search}
            onSearch={(text) => {
              setSearch(text);
              setPage(1);
            }}
          />
        </SearchToolbar>
        <QueryState query={trainees} label="trainees">
          {(data) => (
            <>
              <Pager page={data.page} pageSize={data.pageSize} total={data.total} label="trainees" onPage={setPage} />
              <DataTable
                caption={`Trainees in ${nameOfPlace(localityCode)}`}
                columns={traineeColumns(traineePath)}
                rows={data.rows}
                exportName={`trainees-${localityCode}`}
                manualSorting={{ sorting, onSortingChange }}
                onExport={() => void exportAll()}
              />
            </>
          )}
        </QueryState>
      </section>
    </>
  );
}
