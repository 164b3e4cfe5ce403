/**
 * One applied import's changes, row by row — key, inserted or updated, and each changed column's
 * before and after — paged by the server and filtered by the start of the key.
 */

import type { LocalityCode } from '@ldm/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import { DataTable, type TableColumn } from '../../components/data-table';
import { QueryState } from '../../components/query-state';
import { type RouterOutputs, useTRPC } from '../../lib/trpc';
import { Pager } from '../trainees/pager';

type Change = RouterOutputs['import']['changes']['rows'][number];

const PAGE_SIZE = 50;

const shown = (value: unknown) => (value === null || value === undefined ? '(empty)' : String(value));

/** "name: Old → New; wte: 1 → 0.8" for an update; every given value for an insert. */
function describeChange(change: Change): string {
  return Object.entries(change.after)
    .filter(([name, value]) => change.before === null || String(change.before[name]) !== String(value))
    .map(([name, value]) =>
      change.before === null ? `${name}: ${shown(value)}` : `${name}: ${shown(change.before[name])} → ${shown(value)}`,
    )
    .join('; ');
}

const COLUMNS: TableColumn<Change>[] = [
  { id: 'key', header: 'Key', text: (c) => c.key, sortable: false },
  { id: 'change', header: 'Change', text: (c) => c.change, sortable: false },
  { id: 'values', header: 'Values (before → after)', text: describeChange, sortable: false },
];

export function ImportChanges({
  localityCode,
  importId,
  fileName,
}: {
  localityCode: LocalityCode;
  importId: number;
  fileName: string;
}) {
  const trpc = useTRPC();
  const [page, setPage] = useState(1);
  const [key, setKey] = useState('');
  const deferredKey = useDeferredValue(key.trim());
  const changes = useQuery({
    ...trpc.import.changes.queryOptions({ localityCode, importId, page, pageSize: PAGE_SIZE, key: deferredKey }),
    placeholderData: keepPreviousData,
  });
  return (
    <section aria-labelledby="changes-heading">
      <h3 id="changes-heading">Changes made by {fileName}</h3>
      <div className="form-group">
        <label htmlFor="change-key">Key starts with</label>
        <input
          id="change-key"
          type="search"
          value={key}
          onChange={(event) => {
            setKey(event.target.value);
            setPage(1);
          }}
        />
      </div>
      <QueryState query={changes} label="the changes">
        {(result) => (
          <>
            <DataTable
              caption={`Changes of import ${importId} (${fileName})`}
              columns={COLUMNS}
              rows={result.rows}
              exportName={`import-${importId}-changes`}
            />
            <Pager page={page} pageSize={PAGE_SIZE} total={result.total} label="changes" onPage={setPage} />
          </>
        )}
      </QueryState>
    </section>
  );
}
