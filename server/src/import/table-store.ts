/**
 * The store of a kind kept in one table: finds existing rows by natural key and upserts with
 * `insert … on conflict (key) do update`, which SQLite and PostgreSQL both understand.
 */
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database } from '@ldm/db';
import type { ImportStore } from './kind-spec';

export function createTableStore<T extends keyof Database>(
  table: T,
  keyColumns: readonly string[],
  keyOf: (row: Selectable<Database[T]>) => string,
): ImportStore<Selectable<Database[T]>> {
  type Row = Selectable<Database[T]>;
  return {
    async findExisting(db, rows) {
      if (rows.length === 0) return new Map();
      // The table name is a parameter here, so the query is built untyped; rows keep their table type.
      const untyped = db as unknown as Kysely<any>;
      const values: any[][] = rows.map((row) => keyColumns.map((name) => (row as Record<string, unknown>)[name]));
      const found = (await untyped
        .selectFrom(table as string)
        .selectAll()
        .where((eb) =>
          keyColumns.length === 1
            ? eb(keyColumns[0]!, 'in', values.map((value) => value[0]))
            : eb(eb.refTuple(keyColumns[0]!, keyColumns[1]!), 'in', values.map((value) => eb.tuple(value[0], value[1]))),
        )
        .execute()) as Row[];
      return new Map(found.map((row) => [keyOf(row), row]));
    },
    async saveRows(db, rows) {
      if (rows.length === 0) return;
      const untyped = db as unknown as Kysely<any>;
      const otherColumns = Object.keys(rows[0]!).filter((name) => !keyColumns.includes(name));
      await untyped
        .insertInto(table as string)
        .values(rows as Record<string, unknown>[])
        .onConflict((conflict) =>
          conflict.columns(keyColumns).doUpdateSet(Object.fromEntries(otherColumns.map((name) => [name, sql.ref(`excluded.${name}`)]))),
        )
        .execute();
    },
  };
}
