/**
 * Pass 1: reads the whole file once and reports every problem — header, cell form, references
 * (against key sets loaded once), duplicate natural keys and locality scope. Writes nothing.
 */
import type { SessionUser } from '../context';
import { checkHeader } from './check-header';
import type { CsvRecord } from './csv-records';
import type { ImportProblem } from './import-problem';
import { KeyLines } from './key-lines';
import type { ImportKindSpec } from './kind-spec';
import type { ReferenceData } from './queries';
import { createRowReader } from './row-reader';

/** Beyond this many, problems are counted but not kept: a wholly wrong million-row file must not exhaust memory. */
export const MAX_KEPT_PROBLEMS = 100_000;

export interface ValidationOutcome {
  problems: ImportProblem[];
  /** Every problem found, including those beyond MAX_KEPT_PROBLEMS. */
  problemCount: number;
  rowsRead: number;
  rejectedRows: number;
}

export async function validateFile(
  records: AsyncIterable<CsvRecord>,
  spec: ImportKindSpec<unknown>,
  references: ReferenceData,
  actor: SessionUser | null,
  onRow: () => void,
): Promise<ValidationOutcome> {
  const outcome: ValidationOutcome = { problems: [], problemCount: 0, rowsRead: 0, rejectedRows: 0 };
  const report = (problem: ImportProblem) => {
    outcome.problemCount += 1;
    if (outcome.problems.length < MAX_KEPT_PROBLEMS) outcome.problems.push(problem);
  };
  const iterator = records[Symbol.asyncIterator]();
  const first = await iterator.next();
  const header = checkHeader(first.done ? undefined : first.value.cells, spec.columns);
  header.problems.forEach(report);
  if (header.problems.length > 0) return outcome;
  const scopedLocality = actor && actor.role !== 'admin' ? actor.localityCode : undefined;
  const firstLineOfKey = new KeyLines();

  for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
    const record = next.value;
    outcome.rowsRead += 1;
    onRow();
    const before = outcome.problemCount;
    if (record.formatError) {
      report({ row: record.line, column: '(row)', value: '', reason: record.formatError });
      outcome.rejectedRows += 1;
      break;
    }
    if (record.cells.length !== header.columnIndex.size) {
      report({
        row: record.line,
        column: '(row)',
        value: record.cells.join(','),
        reason: `has ${record.cells.length} values; the header has ${header.columnIndex.size} columns`,
      });
    } else {
      const reader = createRowReader(header.columnIndex, record.cells, record.line, report);
      if (record.invalidUtf8) reportInvalidUtf8(record, header.columnIndex, report);
      const row = spec.readRow(reader, references);
      const keyCells = spec.keyColumns.map((name) => record.cells[header.columnIndex.get(name)!]!.trim());
      const key = keyCells.join('\u0000');
      const firstLine = firstLineOfKey.get(key);
      if (firstLine !== undefined) {
        report({
          row: record.line,
          column: spec.keyColumns.join(' + '),
          value: keyCells.join(', '),
          reason: `repeats the key of row ${firstLine}`,
        });
      } else if (keyCells.every((cell) => cell !== '')) firstLineOfKey.set(key, record.line);
      if (!reader.failed && scopedLocality !== undefined) {
        const outside = spec.localitiesOf(row, references).find((locality) => locality !== scopedLocality);
        if (outside !== undefined) reader.reject(spec.scopeColumn, `outside your locality (${outside ?? 'national'})`);
      }
    }
    if (outcome.problemCount > before) outcome.rejectedRows += 1;
  }
  return outcome;
}

function reportInvalidUtf8(
  record: CsvRecord,
  columnIndex: ReadonlyMap<string, number>,
  report: (problem: ImportProblem) => void,
): void {
  for (const [column, index] of columnIndex) {
    const value = record.cells[index]!;
    if (value.includes('\uFFFD'))
      report({ row: record.line, column, value, reason: 'contains bytes that are not valid UTF-8' });
  }
}
