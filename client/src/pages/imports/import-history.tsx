/**
 * Past imports — who, when, file, checksum, counts, status — newest first, and the problems of a
 * rejected file on request. Counts here are rows of a file, not people, so they are not suppressed.
 */

import type { LocalityCode } from '@ldm/shared';
import { skipToken, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { DataTable, type TableColumn } from '../../components/data-table';
import { QueryState } from '../../components/query-state';
import { type RouterOutputs, useTRPC } from '../../lib/trpc';
import { KIND_NAMES } from './import-kinds';
import { ProblemsTable } from './problems-table';

type ImportRecord = RouterOutputs['import']['history'][number];

/** "2026-11-23 16:05 UTC" from an ISO timestamp. */
const whenText = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

function historyColumns(onShowProblems: (record: ImportRecord) => void): TableColumn<ImportRecord>[] {
  return [
    {
      id: 'when',
      header: 'When',
      text: (r) => whenText(r.finished_at ?? r.started_at),
      sortValue: (r) => r.started_at,
    },
    { id: 'who', header: 'Who', text: (r) => r.user_name ?? 'operator (command line)' },
    { id: 'kind', header: 'Kind', text: (r) => KIND_NAMES[r.kind as keyof typeof KIND_NAMES] ?? r.kind },
    { id: 'file', header: 'File', text: (r) => r.file_name },
    {
      id: 'checksum',
      header: 'Checksum (SHA-256)',
      text: (r) => r.checksum,
      render: (r) => <code title={r.checksum}>{`${r.checksum.slice(0, 12)}…`}</code>,
    },
    { id: 'inserted', header: 'Added', text: (r) => String(r.inserted), sortValue: (r) => r.inserted, numeric: true },
    { id: 'updated', header: 'Updated', text: (r) => String(r.updated), sortValue: (r) => r.updated, numeric: true },
    {
      id: 'unchanged',
      header: 'Unchanged',
      text: (r) => String(r.unchanged),
      sortValue: (r) => r.unchanged,
      numeric: true,
    },
    {
      id: 'rejected',
      header: 'Problem rows',
      text: (r) => String(r.rejected),
      sortValue: (r) => r.rejected,
      numeric: true,
    },
    {
      id: 'status',
      header: 'Status',
      text: (r) => r.status,
      render: (r) =>
        r.status === 'rejected' ? (
          <button type="button" className="link-button" onClick={() => onShowProblems(r)}>
            rejected: show problems<span className="visually-hidden"> of {r.file_name}</span>
          </button>
        ) : (
          r.status
        ),
    },
  ];
}

export function ImportHistory({ localityCode }: { localityCode: LocalityCode }) {
  const trpc = useTRPC();
  const history = useQuery(trpc.import.history.queryOptions({ localityCode }));
  const [shown, setShown] = useState<ImportRecord | null>(null);
  const problems = useQuery(
    trpc.import.problems.queryOptions(shown ? { localityCode, importId: shown.id } : skipToken),
  );
  return (
    <section className="section" aria-labelledby="history-heading">
      <h2 id="history-heading">Import history</h2>
      <QueryState query={history} label="the import history">
        {(rows) =>
          rows.length === 0 ? (
            <p>No imports yet.</p>
          ) : (
            <DataTable
              caption="Imports, newest first"
              columns={historyColumns(setShown)}
              rows={rows}
              exportName="import-history"
            />
          )
        }
      </QueryState>
      {shown ? (
        <>
          <h3>Problems of {shown.file_name}</h3>
          <QueryState query={problems} label="the problems">
            {(list) => (
              <ProblemsTable
                caption={`Problems of ${shown.file_name} (import ${shown.id})`}
                problems={list}
                exportName={`import-${shown.id}-problems`}
              />
            )}
          </QueryState>
        </>
      ) : null}
    </section>
  );
}
