/** Every problem of an import file — row (line in the file, header = 1), column, value, reason — as a table. */
import { DataTable, type TableColumn } from '../../components/data-table';
import type { RouterOutputs } from '../../lib/trpc';

type Problem = RouterOutputs['import']['problems'][number];

const COLUMNS: TableColumn<Problem>[] = [
  { id: 'row', header: 'Row', text: (p) => String(p.row), sortValue: (p) => p.row, numeric: true },
  { id: 'column', header: 'Column', text: (p) => p.column },
  { id: 'value', header: 'Value', text: (p) => p.value },
  { id: 'reason', header: 'What is wrong', text: (p) => p.reason },
];

export function ProblemsTable({
  caption,
  problems,
  exportName,
}: {
  caption: string;
  problems: Problem[];
  exportName: string;
}) {
  return <DataTable caption={caption} columns={COLUMNS} rows={problems} exportName={exportName} />;
}
