/**
 * Every table in the dashboard: sortable by any column (TanStack Table), exportable to CSV with
 * exactly the text shown on screen (so suppressed values stay `*` in the file too).
 */

import {
  type ColumnDef,
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  type OnChangeFn,
  type SortingState,
  useReactTable,
} from '@tanstack/react-table';
import { type ReactNode, useMemo, useState } from 'react';
import { downloadCsv } from '../lib/csv';

export interface TableColumn<Row> {
  id: string;
  header: string;
  /** What the cell says, and what the CSV holds. */
  text: (row: Row) => string;
  /** Sort key when it differs from the text (numbers); null sorts last. */
  sortValue?: (row: Row) => number | string | null;
  /** Richer cell content (badges, links, `*` with its explanation). */
  render?: (row: Row) => ReactNode;
  numeric?: boolean;
  /** False for a column the table cannot be sorted by (e.g. one the server does not sort on). */
  sortable?: boolean;
  /** False for a column of controls (buttons), which has no place in the CSV. */
  exported?: boolean;
  /** A class for the cell itself (e.g. a judgement's background colour). */
  cellClass?: (row: Row) => string | undefined;
}

/** Sorting done by the server (TanStack Table manual mode): the rows arrive already in order. */
export interface ManualSorting {
  sorting: SortingState;
  onSortingChange: OnChangeFn<SortingState>;
}

interface DataTableProps<Row> {
  caption: string;
  columns: TableColumn<Row>[];
  rows: Row[];
  /** File name for the CSV export, without extension. */
  exportName: string;
  manualSorting?: ManualSorting;
  /** Replaces the in-browser CSV of the rows shown with a file the server prepares (every page, disclosure-controlled). */
  onExport?: () => void;
}

const SORT_LABEL = { asc: 'ascending', desc: 'descending' } as const;

export function DataTable<Row>({ caption, columns, rows, exportName, manualSorting, onExport }: DataTableProps<Row>) {
  const [localSorting, setLocalSorting] = useState<SortingState>([]);
  const sorting = manualSorting?.sorting ?? localSorting;
  const columnDefs = useMemo<ColumnDef<Row>[]>(
    () =>
      columns.map((column) => ({
        id: column.id,
        header: column.header,
        accessorFn: (row: Row) => (column.sortValue ? column.sortValue(row) : column.text(row)),
        sortUndefined: 'last',
        sortingFn: column.sortValue ? 'basic' : 'alphanumeric',
        enableSorting: column.sortable ?? true,
        cell: ({ row }) => (column.render ? column.render(row.original) : column.text(row.original)),
      })),
    [columns],
  );
  const table = useReactTable({
    data: rows,
    columns: columnDefs,
    state: { sorting },
    onSortingChange: manualSorting?.onSortingChange ?? setLocalSorting,
    manualSorting: manualSorting !== undefined,
    // The server sorts one way at a time, so a third click does not return to "unsorted".
    enableSortingRemoval: manualSorting === undefined,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });
  const exportCsv = () => {
    const exported = columns.filter((c) => c.exported !== false);
    downloadCsv(
      `${exportName}.csv`,
      exported.map((c) => c.header),
      table.getRowModel().rows.map((row) => exported.map((c) => c.text(row.original))),
    );
  };
  return (
    <div className="data-table">
      <div className="table-scroll">
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              {table.getHeaderGroups()[0]!.headers.map((header, index) => {
                const sorted = header.column.getIsSorted();
                const label = flexRender(header.column.columnDef.header, header.getContext());
                const className = columns[index]!.numeric ? 'numeric' : undefined;
                if (!header.column.getCanSort()) {
                  return (
                    <th key={header.id} scope="col" className={className}>
                      {label}
                    </th>
                  );
                }
                return (
                  <th
                    key={header.id}
                    scope="col"
                    className={className}
                    aria-sort={sorted ? SORT_LABEL[sorted] : 'none'}
                  >
                    <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
                      {label}
                      <span aria-hidden="true">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ' ↕'}</span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id}>
                {row.getVisibleCells().map((cell, index) => {
                  const content = flexRender(cell.column.columnDef.cell, cell.getContext());
                  const column = columns[index]!;
                  const className =
                    [column.numeric ? 'numeric' : '', column.cellClass?.(row.original) ?? ''].join(' ').trim() ||
                    undefined;
                  return index === 0 ? (
                    <th key={cell.id} scope="row" className={className}>
                      {content}
                    </th>
                  ) : (
                    <td key={cell.id} className={className}>
                      {content}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button type="button" className="button-secondary" onClick={onExport ?? exportCsv}>
        Download “{caption}” as CSV
      </button>
    </div>
  );
}
