/**
 * Pass 1: reads the whole file once and reports every problem — header, cell form, references
 * (against key sets loaded once), duplicate natural keys and ownership (PRODUCT.md §7). Writes
 * nothing. Ownership is checked here, before pass 2 ever compares a row with the stored one, so
 * a dry run cannot confirm a stored value of a record the user may not read. For a locality user
 * the rows are checked in batches against the stored rows (one query per batch); the operator and
 * administrators own everything, so their imports skip those queries.
 */
import type { Database } from '@ldm/db';
import type { Kysely } from 'kysely';
import { type Actor, mayChange, outsideYourLocality } from '../ownership/rules';
import { checkHeader } from './check-header';
import type { CsvRecord } from './csv-records';
import type { ImportProblem } from './import-problem';
import { KeyLines } from './key-lines';
import type { ImportKindSpec } from './kind-spec';
import type { ReferenceData } from './queries';
import { FileRowReader } from './row-reader';

/** Beyond this many, problems are counted but not kept: a wholly wrong million-row file must not exhaust memory. */
export const MAX_KEPT_PROBLEMS = 100_000;

export interface ValidationOutcome {
  problems: ImportProblem[];
  /** Every problem found, including those beyond MAX_KEPT_PROBLEMS. */
  problemCount: number;
  rowsRead: number;
  rejectedRows: number;
  /** Trainees a placements file transfers in, by the locality they come from (GMC numbers). */
  transfers: Map<string, Set<string>>;
}

/** Rows read cleanly and waiting for their ownership check (one stored-row query per batch). */
const OWNERSHIP_BATCH = 500;
interface PendingRow {
  row: unknown;
  line: number;
  cells: readonly string[];
  /** Whether the row was already counted as rejected (a repeated key). */
  rejected: boolean;
}

export async function validateFile(
  db: Kysely<Database>,
  records: AsyncIterable<CsvRecord>,
  spec: ImportKindSpec<unknown>,
  references: ReferenceData,
  actor: Actor,
  onRow: () => void,
): Promise<ValidationOutcome> {
  const outcome: ValidationOutcome = {
    problems: [],
    problemCount: 0,
    rowsRead: 0,
    rejectedRows: 0,
    transfers: new Map(),
  };
  const report = (problem: ImportProblem) => {
    outcome.problemCount += 1;
    if (outcome.problems.length < MAX_KEPT_PROBLEMS) outcome.problems.push(problem);
  };
  const iterator = records[Symbol.asyncIterator]();
  const first = await iterator.next();
  const header = checkHeader(first.done ? undefined : first.value.cells, spec.columns);
  header.problems.forEach(report);
  if (header.problems.length > 0) return outcome;
  const checksOwnership = !mayChange(actor, null);
  const rowReader = new FileRowReader(header.columnIndex, report);
  const readRow = spec.rowReading(references);
  const firstLineOfKey = new KeyLines();
  let pending: PendingRow[] = [];
  const checkOwnership = async () => {
    const stored = await spec.store.findExisting(
      db,
      pending.map((p) => p.row),
    );
    for (const { row, line, cells, rejected } of pending) {
      const storedRow = stored.get(spec.keyOf(row));
      const claim = spec
        .ownersOf(row, storedRow, references)
        .find((c) => c.owner !== undefined && !mayChange(actor, c.owner));
      if (claim) {
        const index = header.columnIndex.get(claim.column);
        report({
          row: line,
          column: claim.column,
          value: index === undefined ? '' : cells[index]!.trim(),
          reason: outsideYourLocality(claim.owner!),
        });
        if (!rejected) outcome.rejectedRows += 1;
        continue;
      }
      const from = spec.transferFrom?.(row, storedRow, references, actor);
      if (from !== undefined) {
        const gmcNumbers = outcome.transfers.get(from) ?? new Set();
        gmcNumbers.add((row as { gmc_number: string }).gmc_number);
        outcome.transfers.set(from, gmcNumbers);
      }
    }
    pending = [];
  };

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
      const reader = rowReader.readRow(record.cells, record.line);
      if (record.invalidUtf8) reportInvalidUtf8(record, header.columnIndex, report);
      const row = readRow(reader);
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
      if (!reader.failed && checksOwnership) {
        pending.push({ row, line: record.line, cells: record.cells, rejected: outcome.problemCount > before });
      }
    }
    if (outcome.problemCount > before) outcome.rejectedRows += 1;
    if (pending.length === OWNERSHIP_BATCH) await checkOwnership();
  }
  if (pending.length > 0) await checkOwnership();
  // Ownership problems of a batch were found after the later rows' cell problems: back to file order.
  if (checksOwnership) outcome.problems.sort((a, b) => a.row - b.row);
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
