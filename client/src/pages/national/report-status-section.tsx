/** Progress-report status of every locality for the chosen period. */

import type { Period } from '@ldm/shared';
import { useQuery } from '@tanstack/react-query';
import { DataTable, type TableColumn } from '../../components/data-table';
import { QueryState } from '../../components/query-state';
import { nameOfPlace } from '../../lib/places';
import { type RouterOutputs, useTRPC } from '../../lib/trpc';

type ReportStatusRow = RouterOutputs['report']['overview'][number];

const STATUS_WORDS: Record<ReportStatusRow['status'], string> = {
  none: 'not started',
  draft: 'draft',
  submitted: 'submitted, awaiting approval',
  returned: 'returned for changes',
  approved: 'approved',
};

const COLUMNS: TableColumn<ReportStatusRow>[] = [
  { id: 'locality', header: 'Locality', text: (row) => nameOfPlace(row.localityCode) },
  { id: 'status', header: 'Report status', text: (row) => STATUS_WORDS[row.status] },
  { id: 'submitted', header: 'Submitted', text: (row) => row.submittedAt?.slice(0, 10) ?? '—' },
  { id: 'approved', header: 'Approved', text: (row) => row.approvedAt?.slice(0, 10) ?? '—' },
];

export function ReportStatusSection({ period }: { period: Period }) {
  const trpc = useTRPC();
  const overview = useQuery(trpc.report.overview.queryOptions({ period: period.label }));
  return (
    <section className="section" aria-labelledby="report-status-heading">
      <h2 id="report-status-heading">Progress reports for {period.label}</h2>
      <QueryState query={overview} label="report status">
        {(rows) => (
          <>
            <p>
              {rows.filter((r) => r.status === 'approved').length} of {rows.length} localities have an approved report.
            </p>
            <DataTable
              caption={`Progress-report status, ${period.label}`}
              columns={COLUMNS}
              rows={rows}
              exportName={`report-status-${period.label}`}
            />
          </>
        )}
      </QueryState>
    </section>
  );
}
