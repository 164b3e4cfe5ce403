/**
 * The store of a kind kept in one table: finds existing rows by natural key and upserts with
 * `insert … on conflict (key) do update`, which SQLite and PostgreSQL both understand. Each
 * batch travels as one JSON parameter (json-rows.ts), so every batch runs the same small statement.
 */

import type { Database } from '@ldm/db';
import { type Kysely, type Selectable, sql } from 'kysely';
import { selectJsonRows } from './json-rows';
import type { ImportStore } from './kind-spec';

export function createTableStore<T extends keyof Database>(
  table: T,
  keyColumns: readonly string[],
  keyOf: (row: Selectable<Database[T]>) => string,
): ImportStore<Selectable<Database[T]>> {
  type Row = Selectable<Database[T]>;
  const keyRefs = sql.join(keyColumns.map((name) => sql.ref(name)));
  return {
    async findExisting(db, rows) {
      if (rows.length === 0) return new Map();
      // The table name is a parameter here, so the query is built untyped; rows keep their table type.
      // biome-ignore lint/suspicious/noExplicitAny: the table name is a parameter here
      const untyped = db as unknown as Kysely<any>;
      const keys = selectJsonRows(
        db,
        table,
        keyColumns,
        rows.map((row) => pickColumns(row, keyColumns)),
      );
      const found = (await untyped
        .selectFrom(table as string)
        .selectAll()
        .where(sql<boolean>`(${keyRefs}) in (${keys})`)
        .execute()) as Row[];
      return new Map(found.map((row) => [keyOf(row), row]));
    },
    async saveRows(db, rows) {
      if (rows.length === 0) return;
      const columns = Object.keys(rows[0]!);
      const updates = columns
        .filter((name) => !keyColumns.includes(name))
        .map((name) => sql`${sql.ref(name)} = ${sql.ref(`excluded.${name}`)}`);
      await sql`insert into ${sql.table(table)} (${sql.join(columns.map((name) => sql.ref(name)))})
        ${selectJsonRows(db, table, columns, rows)}
        on conflict (${keyRefs}) do update set ${sql.join(updates)}`.execute(db);
    },
  };
}

function pickColumns(row: unknown, columns: readonly string[]): Record<string, unknown> {
  const values = row as Record<string, unknown>;
  return Object.fromEntries(columns.map((name) => [name, values[name]]));
}
