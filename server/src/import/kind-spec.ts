/**
 * What the import engine needs to know about one kind of file: its columns, how a row reads,
 * its natural key, which localities a row touches (for locality scoping) and where rows are stored.
 * The engine (validate-file.ts, apply-file.ts) is the same for all eight kinds.
 */

import type { Database } from '@ldm/db';
import type { Kysely } from 'kysely';
import type { ReferenceData, ReferenceName } from './queries';
import type { RowReader } from './row-reader';

export interface ImportColumn {
  name: string;
  required: boolean;
}

export interface ImportStore<Row> {
  /** The stored rows with these rows' natural keys, by `keyOf`. */
  findExisting(db: Kysely<Database>, rows: readonly Row[]): Promise<Map<string, Row>>;
  /** Inserts new rows and overwrites changed ones (upsert on the natural key). */
  saveRows(db: Kysely<Database>, rows: readonly Row[]): Promise<void>;
}

export interface ImportKindSpec<Row> {
  columns: readonly ImportColumn[];
  /** File columns that make the natural key, named in duplicate-key problems. */
  keyColumns: readonly string[];
  references: readonly ReferenceName[];
  /** Reads a row; its result is used only when `reader.failed` stays false. */
  readRow(reader: RowReader, references: ReferenceData): Row;
  keyOf(row: Row): string;
  /** The column a locality-scoping problem is reported against. */
  scopeColumn: string;
  /** Localities whose data the row would create or change (null = national); empty for trainees. */
  localitiesOf(row: Row, references: ReferenceData): readonly (string | null)[];
  store: ImportStore<Row>;
}

export function column(name: string, required = false): ImportColumn {
  return { name, required };
}

/** Joins the parts of a composite natural key; the separator cannot occur in a valid cell. */
export function compositeKey(...parts: string[]): string {
  return parts.join('\u0000');
}
