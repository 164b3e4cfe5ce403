/**
 * What the import engine needs to know about one kind of file: its columns, how a row reads,
 * its natural key, which localities a row touches (for locality scoping) and where rows are stored.
 * The engine (validate-file.ts, apply-file.ts) is the same for all eight kinds.
 */

import type { Database } from '@ldm/db';
import type { Kysely } from 'kysely';
import type { Actor, Owner } from '../ownership/rules';
import type { ReferenceData, ReferenceName } from './queries';
import type { RowReader } from './row-reader';

export interface ImportColumn {
  name: string;
  required: boolean;
}

export interface ImportStore<Row> {
  /** The one table the store writes, when it writes one (index-rebuild.ts). */
  table?: string;
  /** The stored rows with these rows' natural keys, by `keyOf`. */
  findExisting(db: Kysely<Database>, rows: readonly Row[]): Promise<Map<string, Row>>;
  /** Inserts new rows and overwrites changed ones (upsert on the natural key). */
  saveRows(db: Kysely<Database>, rows: readonly Row[], actor: Actor): Promise<void>;
  /** Deletes the rows with these natural keys (a revert of their insertion). */
  deleteRows(db: Kysely<Database>, rows: readonly Row[]): Promise<void>;
}

/** An owner of the record a row touches, and the column a problem about it is reported against. */
export interface OwnerClaim {
  column: string;
  /** Undefined for the owner "as stored" of a record not stored yet. */
  owner: Owner | undefined;
}

export interface ImportKindSpec<Row> {
  columns: readonly ImportColumn[];
  /** File columns that make the natural key, named in duplicate-key problems. */
  keyColumns: readonly string[];
  references: readonly ReferenceName[];
  /**
   * The function that reads a row of a file and checks it with the entity's schema (made once per
   * file, over the file's reference sets); its result is used only when `reader.failed` stays false.
   */
  rowReading(references: ReferenceData): (reader: RowReader) => Row | undefined;
  keyOf(row: Row): string;
  /**
   * Who owns the row's record as stored (`stored` undefined: not stored yet) and who would own it
   * after the row (PRODUCT.md §7, through ownership/rules.ts): the actor must own all of them.
   */
  ownersOf(row: Row, stored: Row | undefined, references: ReferenceData): readonly OwnerClaim[];
  /** For placements: the locality a new placement transfers its trainee in from (undefined: no transfer). */
  transferFrom?(row: Row, stored: Row | undefined, references: ReferenceData, actor: Actor): string | undefined;
  store: ImportStore<Row>;
}

export function column(name: string, required = false): ImportColumn {
  return { name, required };
}

/** Joins the parts of a composite natural key; the separator cannot occur in a valid cell. */
export function compositeKey(...parts: string[]): string {
  return parts.join('\u0000');
}
