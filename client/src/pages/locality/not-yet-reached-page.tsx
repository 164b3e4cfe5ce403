/**
 * "Not yet reached" (PRODUCT.md §5, work to act on): the locality's trainees in post in the period
 * whom no offer has reached, by stage and programme — filtered, paged and exported by the server,
 * which shows them only to the locality's own users and administrators.
 */

import { isLocalityCode, type LocalityCode, STAGES, type Stage } from '@ldm/shared';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { DataTable, type TableColumn } from '../../components/data-table';
import { QueryState } from '../../components/query-state';
import { downloadCsvText } from '../../lib/csv';
import { exportedCount } from '../../lib/figures';
import { formatCount } from '../../lib/format';
import { nameOfPlace } from '../../lib/places';
import { type RouterOutputs, useTRPC } from '../../lib/trpc';
import { usePeriod } from '../../lib/use-period';
import { NotFoundPage } from '../not-found/not-found-page';
import { Pager } from '../trainees/pager';

type NotYetReached = RouterOutputs['work']['notYetReached'];
type Row = NotYetReached['rows'][number];

const PAGE_SIZE = 50;
const NO_PROGRAMME = 'no programme recorded';
const stageName = (code: string | null) => STAGES.find((s) => s.code === code)?.name ?? 'unknown';
const fullName = (t: Row) => [t.forenames, t.surname].filter(Boolean).join(' ') || 'name not given';

const STAGE_COLUMNS: TableColumn<NotYetReached['summary']['byStage'][number]>[] = [
  { id: 'stage', header: 'Stage', text: (s) => stageName(s.stage) },
  {
    id: 'inPost',
    header: 'Trainees in post',
    text: (s) => formatCount(s.inPost),
    csv: (s) => exportedCount(s.inPost),
    sortValue: (s) => s.inPost,
    numeric: true,
  },
  {
    id: 'notReached',
    header: 'Not yet reached',
    text: (s) => formatCount(s.notReached),
    csv: (s) => exportedCount(s.notReached),
    sortValue: (s) => s.notReached,
    numeric: true,
  },
];

export function NotYetReachedPage() {
  const { localityCode = '' } = useParams();
  if (!isLocalityCode(localityCode)) return <NotFoundPage />;
  return <NotYetReachedList localityCode={localityCode} />;
}

function NotYetReachedList({ localityCode }: { localityCode: LocalityCode }) {
  const [period] = usePeriod();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { search } = useLocation();
  const [stage, setStage] = useState<Stage | null>(null);
  const [programmeCode, setProgrammeCode] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const filter = { localityCode, period: period.label, stage, programmeCode };
  const list = useQuery({
    ...trpc.work.notYetReached.queryOptions({ ...filter, page, pageSize: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
  const exportAll = async () => {
    const file = await queryClient.fetchQuery(trpc.work.exportNotYetReached.queryOptions(filter));
    downloadCsvText(file.fileName, file.csv);
  };
  const columns = (
    [
      {
        id: 'gmcNumber',
        header: 'GMC number',
        text: (t) => t.gmcNumber,
        render: (t) => <Link to={{ pathname: `/trainees/${localityCode}/${t.gmcNumber}`, search }}>{t.gmcNumber}</Link>,
      },
      { id: 'name', header: 'Name', text: fullName },
      { id: 'stage', header: 'Stage', text: (t) => stageName(t.stage) },
      { id: 'grade', header: 'Grade', text: (t) => t.grade },
      { id: 'programme', header: 'Programme', text: (t) => t.programme ?? NO_PROGRAMME },
      { id: 'organisation', header: 'Employer', text: (t) => t.organisation },
      { id: 'placement', header: 'Placement', text: (t) => `${t.startDate} to ${t.endDate}` },
    ] satisfies TableColumn<Row>[]
  ).map((column): TableColumn<Row> => ({ ...column, sortable: false }));
  return (
    <>
      <h1>
        Not yet reached: {nameOfPlace(localityCode)}, {period.label}
      </h1>
      <p className="lede">
        Trainees in post in {period.label} with no participation, enrolled or completed, starting in the period — the
        trainees that uptake (M3) does not count yet. Only {nameOfPlace(localityCode)} can see this list.
      </p>
      <QueryState query={list} label="the trainees not yet reached">
        {(data) => (
          <>
            <section className="section" aria-labelledby="reach-summary-heading">
              <h2 id="reach-summary-heading">
                {formatCount(data.summary.notReached)} of {formatCount(data.summary.traineesInPost)} trainees in post
                not yet reached
              </h2>
              <DataTable
                caption={`Not yet reached by stage, ${period.label}`}
                columns={STAGE_COLUMNS}
                rows={data.summary.byStage}
                exportName={`not-yet-reached-by-stage-${localityCode}-${period.label}`}
              />
              <SummaryFilters
                data={data}
                stage={stage}
                programmeCode={programmeCode}
                onStage={(next) => {
                  setStage(next);
                  setPage(1);
                }}
                onProgramme={(next) => {
                  setProgrammeCode(next);
                  setPage(1);
                }}
              />
            </section>
            <section className="section" aria-labelledby="reach-list-heading">
              <h2 id="reach-list-heading">The trainees</h2>
              <Pager
                page={data.page}
                pageSize={data.pageSize}
                total={data.total}
                label="trainees not yet reached"
                onPage={setPage}
              />
              <DataTable
                caption={`Trainees not yet reached, ${nameOfPlace(localityCode)}, ${period.label}`}
                columns={columns}
                rows={data.rows}
                exportName={`not-yet-reached-${localityCode}`}
                onExport={() => void exportAll()}
              />
            </section>
          </>
        )}
      </QueryState>
    </>
  );
}

function SummaryFilters({
  data,
  stage,
  programmeCode,
  onStage,
  onProgramme,
}: {
  data: NotYetReached;
  stage: Stage | null;
  programmeCode: string | null;
  onStage: (stage: Stage | null) => void;
  onProgramme: (programmeCode: string | null) => void;
}) {
  const { byStage, byProgramme } = data.summary;
  return (
    <div className="toolbar">
      <div className="form-group">
        <label htmlFor="reach-stage">Stage</label>
        <select
          id="reach-stage"
          value={stage ?? ''}
          onChange={(event) => onStage((event.target.value || null) as Stage | null)}
        >
          <option value="">Every stage</option>
          {byStage.map((s) => (
            <option key={s.stage} value={s.stage}>
              {stageName(s.stage)}: {formatCount(s.notReached)} of {formatCount(s.inPost)}
            </option>
          ))}
        </select>
      </div>
      <div className="form-group">
        <label htmlFor="reach-programme">Programme</label>
        <select
          id="reach-programme"
          value={programmeCode ?? 'all'}
          onChange={(event) => onProgramme(event.target.value === 'all' ? null : event.target.value)}
        >
          <option value="all">Every programme</option>
          {byProgramme.map((p) => (
            <option key={p.programmeCode} value={p.programmeCode}>
              {p.programme ?? (p.programmeCode || NO_PROGRAMME)}: {formatCount(p.notReached)} of {formatCount(p.inPost)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
