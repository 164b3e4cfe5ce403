/**
 * File-level checks of the header row: an empty file, unnamed, repeated, unknown or missing
 * columns. Each is reported as `row 1`; rows are not read when the header is wrong.
 */

import type { ImportProblem } from './import-problem';
import type { ImportColumn } from './kind-spec';

export function checkHeader(
  cells: readonly string[] | undefined,
  columns: readonly ImportColumn[],
): { problems: ImportProblem[]; columnIndex: Map<string, number> } {
  const problems: ImportProblem[] = [];
  const columnIndex = new Map<string, number>();
  const problem = (column: string, value: string, reason: string) => problems.push({ row: 1, column, value, reason });
  if (!cells) {
    problem('(header)', '', 'the file is empty: the first line must be a header naming the columns');
    return { problems, columnIndex };
  }
  const known = new Set(columns.map((c) => c.name));
  cells.forEach((cell, index) => {
    const name = cell.trim().toLowerCase();
    if (name === '') problem(`(column ${index + 1})`, cell, 'a column in the header has no name');
    else if (columnIndex.has(name)) problem(name, cell, 'the header names this column twice');
    else if (!known.has(name))
      problem(name, cell, `is not a column of this kind of file (columns: ${[...known].join(', ')})`);
    else columnIndex.set(name, index);
  });
  for (const { name, required } of columns) {
    if (required && !columnIndex.has(name)) problem(name, '', 'required column is missing from the header');
  }
  return { problems, columnIndex };
}
