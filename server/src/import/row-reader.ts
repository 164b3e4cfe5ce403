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

/**
 * One reader per file, moved to each row with `readRow`: a million rows must not cost a million
 * readers and their closures (they were a visible share of the import's time and collection).
 */
export class FileRowReader implements RowReader {
  private cells: readonly string[] = [];
  private row = 0;
  private anyFailed = false;
  // Made on a row's first problem only: a clean row (nearly all of a million) allocates nothing here.
  private columnsWithProblems: Set<string> | undefined;

  constructor(
    private readonly columnIndex: ReadonlyMap<string, number>,
    private readonly report: (problem: ImportProblem) => void,
  ) {}

  /** Starts reading the row of these cells (file line `row`). */
  readRow(cells: readonly string[], row: number): this {
    this.cells = cells;
    this.row = row;
    this.anyFailed = false;
    this.columnsWithProblems = undefined;
    return this;
  }

  required<T>(column: string, read: (text: string) => CellResult<T>): T {
    const text = this.textOf(column);
    if (text === '') {
      this.reject(column, 'is required');
      return undefined as never;
    }
    return this.parse(column, text, read) as T;
  }

  optional<T>(column: string, read: (text: string) => CellResult<T>): T | null {
    const text = this.textOf(column);
    return text === '' ? null : this.parse(column, text, read);
  }

  reject(column: string, reason: string): void {
    this.anyFailed = true;
    this.columnsWithProblems ??= new Set();
    this.columnsWithProblems.add(column);
    this.report({ row: this.row, column, value: this.textOf(column), reason });
  }

  get failed(): boolean {
    return this.anyFailed;
  }

  hasProblem(column: string): boolean {
    return this.columnsWithProblems?.has(column) ?? false;
  }

  private textOf(column: string): string {
    const index = this.columnIndex.get(column);
    return index === undefined ? '' : (this.cells[index] ?? '').trim();
  }

  private parse<T>(column: string, text: string, read: (text: string) => CellResult<T>): T | null {
    if (hasControlCharacter(text)) {
      this.reject(column, 'contains a control character');
      return null;
    }
    const result = read(text);
    if (result.ok) return result.value;
    this.reject(column, result.reason);
    return null;
  }
}
