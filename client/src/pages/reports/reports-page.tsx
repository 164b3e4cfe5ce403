/**
 * A locality's progress reports, newest period first, and — for its academy lead — a way to start
 * the report for the chosen period. Other localities' users and the national role see only
 * approved reports (the server filters).
 */

import { isLocalityCode, type LocalityCode } from '@ldm/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { DataTable, type TableColumn } from '../../components/data-table';
import { ErrorMessage, QueryState } from '../../components/query-state';
import { nameOfPlace } from '../../lib/places';
import { type RouterOutputs, useTRPC } from '../../lib/trpc';
import { usePeriod, withPeriod } from '../../lib/use-period';
import { useSessionUser } from '../../lib/use-session';
import { NotFoundPage } from '../not-found/not-found-page';
import { dateOf, mayAuthor, REPORT_STATUS_WORDS } from './report-words';

type Report = RouterOutputs['report']['list'][number];

export function ReportsPage() {
  const { localityCode = '' } = useParams();
  if (!isLocalityCode(localityCode)) return <NotFoundPage />;
  return <LocalityReports localityCode={localityCode} />;
}

function LocalityReports({ localityCode }: { localityCode: LocalityCode }) {
  const trpc = useTRPC();
  const user = useSessionUser();
  const [period] = usePeriod();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const reports = useQuery(trpc.report.list.queryOptions({ localityCode }));
  const create = useMutation(
    trpc.report.create.mutationOptions({
      onSuccess: async (report) => {
        await queryClient.invalidateQueries({ queryKey: trpc.report.pathKey() });
        await navigate(withPeriod(`/localities/${localityCode}/reports/${report.id}`, period));
      },
    }),
  );
  const columns: TableColumn<Report>[] = [
    {
      id: 'period',
      header: 'Reporting period',
      text: (r) => r.period,
      render: (r) => (
        <Link to={withPeriod(`/localities/${localityCode}/reports/${r.id}`, period)}>Progress report {r.period}</Link>
      ),
    },
    { id: 'status', header: 'Status', text: (r) => REPORT_STATUS_WORDS[r.status] },
    { id: 'submitted', header: 'Submitted', text: (r) => dateOf(r.submittedAt) },
    { id: 'approved', header: 'Approved', text: (r) => dateOf(r.approvedAt) },
  ];
  return (
    <>
      <h1>Progress reports: {nameOfPlace(localityCode)}</h1>
      <p className="lede">
        The academy lead drafts the report and submits it; the figures are then frozen. The dean approves it or returns
        it with comments. Approved reports are locked and can be read nationally.
      </p>
      <QueryState query={reports} label="the reports">
        {(rows) => {
          const forPeriod = rows.find((r) => r.period === period.label);
          return (
            <section className="section" aria-labelledby="reports-heading">
              <h2 id="reports-heading">Reports</h2>
              {rows.length === 0 ? (
                <p>No reports you can see yet.</p>
              ) : (
                <DataTable
                  caption="Progress reports, newest first"
                  columns={columns}
                  rows={rows}
                  exportName={`reports-${localityCode}`}
                />
              )}
              {mayAuthor(user, localityCode) && !forPeriod ? (
                <>
                  {create.error ? <ErrorMessage error={create.error} /> : null}
                  <button
                    type="button"
                    className="button-primary"
                    disabled={create.isPending}
                    onClick={() => create.mutate({ localityCode, period: period.label, narrative: '' })}
                  >
                    Start the report for {period.label}
                  </button>
                  <p className="note">
                    Choose another reporting period with the period selector at the top of the page.
                  </p>
                </>
              ) : null}
            </section>
          );
        }}
      </QueryState>
    </>
  );
}
