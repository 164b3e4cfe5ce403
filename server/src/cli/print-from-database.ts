/**
 * The shape of a read-only CLI command: open the configured database (migrated), produce the text
 * for standard output, and on failure print the message to standard error with exit status 1.
 */
import { type Database, databaseConfigFromEnv, migrateToLatest, openDatabase } from '@ldm/db';
import type { Kysely } from 'kysely';

export async function printFromDatabase(produce: (db: Kysely<Database>) => Promise<string>): Promise<void> {
  const db = openDatabase(databaseConfigFromEnv());
  try {
    await migrateToLatest(db);
    process.stdout.write(`${await produce(db)}\n`);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exitCode = 1;
  } finally {
    await db.destroy();
  }
}

/** Columns padded to their widest cell, two spaces apart. */
export function formatColumns(rows: readonly string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  return rows.map((cells) =>
    cells
      .map((cell, i) => cell.padEnd(widths[i]!))
      .join('  ')
      .trimEnd(),
  );
}
