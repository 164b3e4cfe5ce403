/**
 * Pass 2 over a file that passed validation: reads it again in batches, compares each batch with
 * the stored rows (one query per batch) to count inserted / updated / unchanged, and upserts only
 * the new and changed rows. With `write: false` it only counts (the dry run). When writing, each
 * batch's changes go to the import's change log (change-log.ts) in the same transaction.
 */

import type { Database } from '@ldm/db';
import type { Kysely } from 'kysely';
import { DomainError } from '../errors';
import { type Actor, mayChange } from '../ownership/rules';
import { writeChanges } from './change-log';
import { checkHeader } from './check-header';
import type { CsvRecord } from './csv-records';
import { planIndexRebuild } from './index-rebuild';
import type { ImportKindSpec } from './kind-spec';
import type { ReferenceData } from './queries';
import { FileRowReader } from './row-reader';

/** Rows per batch query; a batch is one JSON parameter (json-rows.ts), so this bounds only the batch's own memory. */
const BATCH_SIZE = 500;

export interface ImportCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

export async function applyFile(
  db: Kysely<Database>,
  records: AsyncIterable<CsvRecord>,
  spec: ImportKindSpec<unknown>,
  references: ReferenceData,
  options: {
    actor: Actor;
    onRow: () => void | Promise<void>;
    /** The import the changes are written and logged under; without it nothing is written (a dry run). */
    importId?: number;
    /** The file's rows, as counted by validation. */
    fileRows: number;
  },
): Promise<ImportCounts> {
  const counts: ImportCounts = { inserted: 0, updated: 0, unchanged: 0 };
  const { actor, importId } = options;
  let reader: FileRowReader | undefined;
  const readRow = spec.rowReading(references);
  let batch: unknown[] = [];
  const rebuild = importId === undefined ? undefined : await planIndexRebuild(db, spec.store.table, options.fileRows);
  const flush = async () => {
    const existing = await spec.store.findExisting(db, batch);
    const changes: { row: unknown; stored: unknown }[] = [];
    for (const row of batch) {
      const stored = existing.get(spec.keyOf(row));
      // Validation checked ownership outside this transaction: a record that changed hands since stops the import.
      if (spec.ownersOf(row, stored, references).some((c) => c.owner !== undefined && !mayChange(actor, c.owner)))
        throw new DomainError(
          'CONFLICT',
          'The data changed while the file was being imported: please import it again.',
        );
      if (stored === undefined) counts.inserted += 1;
      else if (isSameRow(row, stored)) {
        counts.unchanged += 1;
        continue;
      } else counts.updated += 1;
      changes.push({ row, stored });
    }
    if (importId !== undefined) {
      await spec.store.saveRows(
        db,
        changes.map((c) => c.row),
        actor,
      );
      await writeChanges(
        db,
        importId,
        changes.map(({ row, stored }) => ({ key: spec.keyOf(row), before: stored ?? null, after: row })),
      );
      await rebuild?.afterBatch(counts.inserted + counts.updated);
    }
    batch = [];
  };
  for await (const record of records) {
    if (!reader) {
      reader = new FileRowReader(checkHeader(record.cells, spec.columns).columnIndex, (problem) => {
        throw new Error(`row ${problem.row} changed since it was validated`);
      });
      continue;
    }
    batch.push(readRow(reader.readRow(record.cells, record.line)));
    await options.onRow();
    if (batch.length === BATCH_SIZE) await flush();
  }
  if (batch.length > 0) await flush();
  await rebuild?.finish();
  return counts;
}

/** Compares the columns of an imported row with the stored row; lists compare as sorted sets. */
export function isSameRow(row: unknown, stored: unknown): boolean {
  const storedValues = stored as Record<string, unknown>;
  return Object.entries(row as Record<string, unknown>).every(([name, value]) => {
    const other = storedValues[name];
    return Array.isArray(value) ? String(value) === String(other) : value === other;
  });
}
