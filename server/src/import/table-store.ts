/**
 * The store of a kind kept in one table: finds existing rows by natural key and upserts with
 * `insert … on conflict (key) do update`, which SQLite and PostgreSQL both understand. Each
 * batch travels as one JSON parameter (json-rows.ts), so every batch runs the same small statement.
 */

import type { Database } from '@ldm/db';
import { type Kysely, type Selectable, sql } from 'kysely';
import type { Actor } from '../ownership/rules';
import { selectJsonRows } from './json-rows';
import type { ImportStore } from './kind-spec';

export interface TableStoreOptions {
  /** Columns a file does not state, set when a row is inserted and never changed by an import (who created it). */
  insertOnly?: Record<string, (actor: Actor) => unknown>;
}

export function createTableStore<T extends keyof Database, Row extends object = Selectable<Database[T]>>(
  table: T,
  keyColumns: readonly string[],
  keyOf: (row: Row) => string,
  options: TableStoreOptions = {},
): ImportStore<Row> {
  const insertOnly = Object.entries(options.insertOnly ?? {});
  const keyRefs = sql.join(keyColumns.map((name) => sql.ref(name)));
  const keysOf = (db: Kysely<Database>, rows: readonly Row[]) =>
    selectJsonRows(
      db,
      table,
      keyColumns,
      rows.map((row) => pickColumns(row, keyColumns)),
    );
  // The table name is a parameter here, so queries are built untyped; rows keep their table type.
  // biome-ignore lint/suspicious/noExplicitAny: the table name is a parameter here
  const untyped = (db: Kysely<Database>) => db as unknown as Kysely<any>;
  return {
    table,
    async findExisting(db, rows) {
      if (rows.length === 0) return new Map();
      const found = (await untyped(db)
        .selectFrom(table as string)
        .selectAll()
        .where(sql<boolean>`(${keyRefs}) in (${keysOf(db, rows)})`)
        .execute()) as Row[];
      return new Map(found.map((row) => [keyOf(row), row]));
    },
    async saveRows(db, rows, actor) {
      if (rows.length === 0) return;
      const updated = Object.keys(rows[0]!).filter(
        (name) => !keyColumns.includes(name) && !(options.insertOnly && name in options.insertOnly),
      );
      const stamped =
        insertOnly.length === 0
          ? rows
          : rows.map((row) => ({ ...row, ...Object.fromEntries(insertOnly.map(([name, of]) => [name, of(actor)])) }));
      const columns = Object.keys(stamped[0]!);
      const updates = updated.map((name) => sql`${sql.ref(name)} = ${sql.ref(`excluded.${name}`)}`);
      await sql`insert into ${sql.table(table)} (${sql.join(columns.map((name) => sql.ref(name)))})
        ${selectJsonRows(db, table, columns, stamped)}
        on conflict (${keyRefs}) do update set ${sql.join(updates)}`.execute(db);
    },
    async deleteRows(db, rows) {
      if (rows.length === 0) return;
      await untyped(db)
        .deleteFrom(table as string)
        .where(sql<boolean>`(${keyRefs}) in (${keysOf(db, rows)})`)
        .execute();
    },
  };
}

function pickColumns(row: unknown, columns: readonly string[]): Record<string, unknown> {
  const values = row as Record<string, unknown>;
  return Object.fromEntries(columns.map((name) => [name, values[name]]));
}
