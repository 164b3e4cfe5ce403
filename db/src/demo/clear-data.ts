/**
 * Empties every table the demo fills (children before parents, for the foreign keys), keeping the
 * reference data and the data-version history so cached measures can never be mistaken for new ones.
 */
import type { Kysely } from 'kysely';
import { DATA_TABLES_PARENTS_FIRST, type Database } from '../schema';

export async function clearData(db: Kysely<Database>): Promise<void> {
  for (const table of [...DATA_TABLES_PARENTS_FIRST].reverse()) await db.deleteFrom(table).execute();
}
