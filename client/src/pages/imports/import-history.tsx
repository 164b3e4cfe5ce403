/**
 * Past imports — who, when, file, checksum, counts, status — newest first. On request: a rejected
 * file's problems and its rows with problems as CSV; an applied import's changes row by row and
 * reverting it; any import's original file. Counts here are rows of a file, not people, so they
 * are not suppressed.
 */

import type { LocalityCode } from '@ldm/shared';
import { skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { DataTable, type TableColumn } from '../../components/data-table';
import { ErrorMessage, QueryState } from '../../components/query-state';
import { downloadCsvText } from '../../lib/csv';
import { type RouterOutputs, useTRPC } from '../../lib/trpc';
import { ImportChanges } from './import-changes';
import { KIND_NAMES } from './import-kinds';
import { ProblemsTable } from './problems-table';

type ImportRecord = RouterOutputs['import']['history'][number];

/** "2026-11-23 16:05 UTC" from an ISO timestamp. */
const whenText = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

type Action = 'problems' | 'changes' | 'revert';

function statusText(r: ImportRecord): string {
  if (r.reverts_import_id !== null) return `revert of import ${r.reverts_import_id}`;
  if (r.reverted_by_import_id !== null) return `${r.status}, reverted by import ${r.reverted_by_import_id}`;
  return r.status;
}

function historyColumns(onAction: (record: ImportRecord, action: Action) => void): TableColumn<ImportRecord>[] {
  return [
    { id: 'id', header: 'Import', text: (r) => String(r.id), csv: (r) => r.id, sortValue: (r) => r.id, numeric: true },
    {
      id: 'when',
      header: 'When',
      text: (r) => whenText(r.finished_at ?? r.started_at),
      // The file holds the timestamp itself (ISO 8601), not the words on screen.
      csv: (r) => r.finished_at ?? r.started_at,
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
    {
      id: 'inserted',
      header: 'Added',
      text: (r) => String(r.inserted),
      csv: (r) => r.inserted,
      sortValue: (r) => r.inserted,
      numeric: true,
    },
    {
      id: 'updated',
      header: 'Updated',
      text: (r) => String(r.updated),
      csv: (r) => r.updated,
      sortValue: (r) => r.updated,
      numeric: true,
    },
    {
      id: 'unchanged',
      header: 'Unchanged',
      text: (r) => String(r.unchanged),
      csv: (r) => r.unchanged,
      sortValue: (r) => r.unchanged,
      numeric: true,
    },
    {
      id: 'rejected',
      header: 'Problem rows',
      text: (r) => String(r.rejected),
      csv: (r) => r.rejected,
      sortValue: (r) => r.rejected,
      numeric: true,
    },
    { id: 'status', header: 'Status', text: statusText },
    {
      id: 'actions',
      header: 'Actions',
      text: () => '',
      sortable: false,
      exported: false,
      render: (r) => {
        const hidden = <span className="visually-hidden"> of import {r.id}</span>;
        const button = (action: Action, label: string) => (
          <button type="button" className="link-button" onClick={() => onAction(r, action)}>
            {label}
            {hidden}
          </button>
        );
        const revertible = r.status === 'applied' && r.reverts_import_id === null && r.reverted_by_import_id === null;
        return (
          <span className="actions">
            {r.status === 'rejected' ? button('problems', 'Problems') : null}
            {r.status === 'applied' && r.reverts_import_id === null ? button('changes', 'Changes') : null}
            {revertible ? button('revert', 'Revert') : null}
            <a href={`/api/imports/${r.id}/file`} download>
              Original file{hidden}
            </a>
          </span>
        );
      },
    },
  ];
}

export function ImportHistory({ localityCode }: { localityCode: LocalityCode }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const history = useQuery(trpc.import.history.queryOptions({ localityCode }));
  const [shown, setShown] = useState<{ record: ImportRecord; action: Action } | null>(null);
  const problems = useQuery(
    trpc.import.problems.queryOptions(
      shown?.action === 'problems' ? { localityCode, importId: shown.record.id } : skipToken,
    ),
  );
  const revert = useMutation(
    trpc.import.revert.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.import.history.pathKey() }),
    }),
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
              columns={historyColumns((record, action) => {
                revert.reset();
                setShown({ record, action });
              })}
              rows={rows}
              exportName="import-history"
            />
          )
        }
      </QueryState>
      {shown?.action === 'problems' ? (
        <>
          <h3>Problems of {shown.record.file_name}</h3>
          <ProblemRowsDownload localityCode={localityCode} importId={shown.record.id} />
          <QueryState query={problems} label="the problems">
            {(list) => (
              <ProblemsTable
                caption={`Problems of ${shown.record.file_name} (import ${shown.record.id})`}
                problems={list}
                exportName={`import-${shown.record.id}-problems`}
              />
            )}
          </QueryState>
        </>
      ) : null}
      {shown?.action === 'changes' ? (
        <ImportChanges localityCode={localityCode} importId={shown.record.id} fileName={shown.record.file_name} />
      ) : null}
      {shown?.action === 'revert' ? (
        <div className="outcome" role="status">
          <h3>Revert import {shown.record.id}?</h3>
          {revert.data?.status === 'reverted' ? (
            <p>
              Import {shown.record.id} was reverted: {revert.data.deleted} rows removed, {revert.data.restored} rows put
              back as they were.
            </p>
          ) : revert.data?.status === 'conflict' ? (
            <>
              <p>
                Nothing was changed: {revert.data.conflictCount} rows were changed later by another import or edit.
                Revert those first, or correct the data by importing a file.
              </p>
              <ul>
                {revert.data.conflicts.map((key) => (
                  <li key={key}>{key}</li>
                ))}
              </ul>
            </>
          ) : (
            <>
              <p>
                Every row {shown.record.file_name} added is removed and every row it changed goes back to what it was,
                all at once — unless a later import or edit changed any of them, in which case nothing changes.
              </p>
              <button
                type="button"
                className="button-primary"
                disabled={revert.isPending}
                onClick={() => revert.mutate({ localityCode, importId: shown.record.id })}
              >
                Revert import {shown.record.id}
              </button>
            </>
          )}
          {revert.error ? <ErrorMessage error={revert.error} /> : null}
        </div>
      ) : null}
    </section>
  );
}

/** The rejected file's failing rows with a `problem` column, ready to correct and upload again. */
export function ProblemRowsDownload({ localityCode, importId }: { localityCode: LocalityCode; importId: number }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const download = useMutation({
    mutationFn: async () => {
      const file = await queryClient.fetchQuery(trpc.import.problemRows.queryOptions({ localityCode, importId }));
      downloadCsvText(file.fileName, file.csv);
    },
  });
  return (
    <>
      <button type="button" className="button-secondary" onClick={() => download.mutate()}>
        Download the rows with problems (CSV)
      </button>
      {download.error ? <ErrorMessage error={download.error} /> : null}
    </>
  );
}
