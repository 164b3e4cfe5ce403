/**
 * Reads the cells of one data row by column name and reports every problem it meets, so one
 * pass over a row finds all of its defects. An empty cell means "not given" (§6).
 */
import { type CellResult, hasControlCharacter } from './cell-values';
import type { ImportProblem } from './import-problem';

export interface RowReader {
  /** A required value; on a problem it is reported, `failed` turns true and the row is discarded. */
  required<T>(column: string, read: (text: string) => CellResult<T>): T;
  /** An optional value: null when the cell is empty (or the column absent). */
  optional<T>(column: string, read: (text: string) => CellResult<T>): T | null;
  /** Reports a problem that concerns the row's meaning rather than one cell's form (end before start). */
  reject(column: string, reason: string): void;
  readonly failed: boolean;
  /** Whether a problem was reported against this column. */
  hasProblem(column: string): boolean;
}

export const asText = (text: string): CellResult<string> => ({ ok: true, value: text });

export function createRowReader(
  columnIndex: ReadonlyMap<string, number>,
  cells: readonly string[],
  row: number,
  report: (problem: ImportProblem) => void,
): RowReader {
  let failed = false;
  // Made on the first problem only: a clean row (nearly all of a million) allocates nothing here.
  let columnsWithProblems: Set<string> | undefined;
  const textOf = (column: string) => {
    const index = columnIndex.get(column);
    return index === undefined ? '' : (cells[index] ?? '').trim();
  };
  const problem = (column: string, reason: string) => {
    failed = true;
    columnsWithProblems ??= new Set();
    columnsWithProblems.add(column);
    report({ row, column, value: textOf(column), reason });
  };
  const parse = <T>(column: string, text: string, read: (text: string) => CellResult<T>): T | null => {
    if (hasControlCharacter(text)) {
      problem(column, 'contains a control character');
      return null;
    }
    const result = read(text);
    if (result.ok) return result.value;
    problem(column, result.reason);
    return null;
  };
  return {
    required(column, read) {
      const text = textOf(column);
      if (text === '') {
        problem(column, 'is required');
        return undefined as never;
      }
      return parse(column, text, read) as never;
    },
    optional(column, read) {
      const text = textOf(column);
      return text === '' ? null : parse(column, text, read);
    },
    reject: problem,
    get failed() {
      return failed;
    },
    hasProblem: (column) => columnsWithProblems?.has(column) ?? false,
  };
}
