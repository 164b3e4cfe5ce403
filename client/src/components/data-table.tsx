/**
 * Every table in the dashboard: sortable by any column (TanStack Table), exportable to CSV as data
 * (a column's `csv` cell, or the table's own `csv` columns) or else the text shown on screen. A table wider
 * than its box scrolls under its first column and says so (a shadow and "more columns" note on the
 * side that has more); a table with column groups offers them as a choice above it.
 */

import type { CsvValue } from '@ldm/shared/csv';
import {
  type ColumnDef,
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  type OnChangeFn,
  type SortingState,
  useReactTable,
  type VisibilityState,
} from '@tanstack/react-table';
import { type ReactNode, type RefObject, useEffect, useId, useMemo, useRef, useState } from 'react';
import { downloadCsv } from '../lib/csv';

export interface TableColumn<Row> {
  id: string;
  header: string;
  /** What the cell says, and what the CSV holds. */
  text: (row: Row) => string;
  /** What the CSV holds when it differs from the text: a number as a number (`1234`, not `1,234`). */
  csv?: (row: Row) => CsvValue;
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

/**
 * A table's CSV as data where its columns' cells cannot say it one cell each: its own header, and
 * the file's rows for each row of the table (a figure becomes numerator, denominator, value…
 * columns; a row of periods becomes a row per period).
 */
export interface TableCsv<Row> {
  header: readonly string[];
  rows: (row: Row) => CsvValue[][];
  /** Rows written before the table's, whatever its sorting: England's, in a table comparing localities. */
  leadingRows?: CsvValue[][];
}

/** A named set of columns the reader may choose to see alone (with the columns in no group). */
export interface ColumnGroup {
  label: string;
  columnIds: readonly string[];
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
  /** Choices of columns to show; every column is shown until the reader picks a group. */
  columnGroups?: readonly ColumnGroup[];
  /** The in-browser CSV's own columns, in place of one per exported column. */
  csv?: TableCsv<Row>;
}

/** Which sides of a scrolling box have more content out of view, kept up to date as it scrolls or resizes. */
function useOverflow(box: RefObject<HTMLDivElement | null>) {
  const [overflow, setOverflow] = useState({ left: false, right: false });
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => {
      const hidden = element.scrollWidth - element.clientWidth;
      // A pixel of slack: zoomed layouts leave fractions.
      const next = { left: element.scrollLeft > 1, right: element.scrollLeft < hidden - 1 };
      setOverflow((now) => (now.left === next.left && now.right === next.right ? now : next));
    };
    measure();
    element.addEventListener('scroll', measure, { passive: true });
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => {
      element.removeEventListener('scroll', measure);
      observer.disconnect();
    };
  }, [box]);
  return overflow;
}

/** The CSV download of a table that is not a DataTable (the coverage grid, the self-assessment heat map). */
export function CsvDownloadButton({
  fileName,
  header,
  rows,
  children,
}: {
  fileName: string;
  header: readonly string[];
  rows: readonly CsvValue[][];
  children: ReactNode;
}) {
  return (
    <button type="button" className="button-secondary" onClick={() => downloadCsv(fileName, header, rows)}>
      {children}
    </button>
  );
}

/**
 * A table's box: it scrolls sideways when the table is wider, under the table's sticky first
 * column, and then says so — a note above and a shadow on the side with more columns.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  const scrollBox = useRef<HTMLDivElement>(null);
  const overflow = useOverflow(scrollBox);
  const frameClass = ['table-frame', overflow.left && 'more-left', overflow.right && 'more-right']
    .filter(Boolean)
    .join(' ');
  return (
    <>
      {overflow.left || overflow.right ? (
        <p className="table-cue">
          {overflow.right ? 'More columns to the right: scroll the table sideways' : 'More columns to the left'}
          <span aria-hidden="true">{overflow.right ? ' →' : ' ←'}</span>
        </p>
      ) : null}
      <div className={frameClass}>
        {/* A box that scrolls is a stop for the keyboard too, so it can be scrolled without a mouse. */}
        <div
          className="table-scroll"
          ref={scrollBox}
          {...(overflow.left || overflow.right ? { tabIndex: 0, role: 'region', 'aria-label': label } : {})}
        >
          {children}
        </div>
      </div>
    </>
  );
}

const ALL_COLUMNS = 'all';

function ColumnGroupChoice({
  groups,
  chosen,
  onChoose,
}: {
  groups: readonly ColumnGroup[];
  chosen: string;
  onChoose: (label: string) => void;
}) {
  const name = useId();
  return (
    <fieldset className="inline-choice column-groups">
      <legend>Columns</legend>
      {[{ label: ALL_COLUMNS }, ...groups].map(({ label }) => (
        <label key={label}>
          <input type="radio" name={name} checked={chosen === label} onChange={() => onChoose(label)} />{' '}
          {label === ALL_COLUMNS ? 'All' : label}
        </label>
      ))}
    </fieldset>
  );
}

const SORT_LABEL = { asc: 'ascending', desc: 'descending' } as const;

export function DataTable<Row>({
  caption,
  columns,
  rows,
  exportName,
  manualSorting,
  onExport,
  columnGroups,
  csv,
}: DataTableProps<Row>) {
  const [localSorting, setLocalSorting] = useState<SortingState>([]);
  const [chosenGroup, setChosenGroup] = useState(ALL_COLUMNS);
  const columnVisibility = useMemo<VisibilityState>(() => {
    const chosen = columnGroups?.find((g) => g.label === chosenGroup);
    if (!chosen) return {};
    const grouped = new Set(columnGroups!.flatMap((g) => g.columnIds));
    return Object.fromEntries(columns.map((c) => [c.id, !grouped.has(c.id) || chosen.columnIds.includes(c.id)]));
  }, [columnGroups, chosenGroup, columns]);
  const columnById = useMemo(() => new Map(columns.map((c) => [c.id, c])), [columns]);
  const numericClass = (id: string) => (columnById.get(id)?.numeric ? 'numeric' : undefined);
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
    state: { sorting, columnVisibility },
    onSortingChange: manualSorting?.onSortingChange ?? setLocalSorting,
    manualSorting: manualSorting !== undefined,
    // The server sorts one way at a time, so a third click does not return to "unsorted".
    enableSortingRemoval: manualSorting === undefined,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });
  const exportCsv = () => {
    const shownRows = table.getRowModel().rows.map((row) => row.original);
    if (csv) {
      downloadCsv(`${exportName}.csv`, csv.header, [...(csv.leadingRows ?? []), ...shownRows.flatMap(csv.rows)]);
      return;
    }
    const exported = columns.filter((c) => c.exported !== false);
    downloadCsv(
      `${exportName}.csv`,
      exported.map((c) => c.header),
      shownRows.map((row) => exported.map((c) => (c.csv ? c.csv(row) : c.text(row)))),
    );
  };
  return (
    <div className="data-table">
      {columnGroups?.length ? (
        <ColumnGroupChoice groups={columnGroups} chosen={chosenGroup} onChoose={setChosenGroup} />
      ) : null}
      <TableScroll label={caption}>
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              {table.getHeaderGroups()[0]!.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const label = flexRender(header.column.columnDef.header, header.getContext());
                const className = numericClass(header.column.id);
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
                      <span aria-hidden="true">
                        {sorted === 'asc' ? '\u00a0▲' : sorted === 'desc' ? '\u00a0▼' : '\u00a0↕'}
                      </span>
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
                  const column = columnById.get(cell.column.id)!;
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
      </TableScroll>
      <button type="button" className="button-secondary" onClick={onExport ?? exportCsv}>
        Download “{caption}” as CSV
      </button>
    </div>
  );
}
