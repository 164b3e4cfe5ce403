/** Brings a database to the latest schema and refreshes the reference data of PRODUCT.md §3. */
import { type Kysely, type Migration, Migrator } from 'kysely';
import * as initial from './migrations/2026-11-23T1500_initial';
import * as measureIndexes from './migrations/2026-11-23T1700_measure-indexes';
import * as importChanges from './migrations/2026-11-27T1100_import-changes';
import * as signInAttempts from './migrations/2026-11-27T1130_sign-in-attempts';
import * as baselineHistory from './migrations/2026-11-27T1200_baseline-history';
import * as measureResults from './migrations/2026-11-27T1230_measure-results';
import * as importProgress from './migrations/2026-11-27T1700_import-progress';
import { syncReferenceData } from './reference-data';
import type { Database } from './schema';

/** Listed explicitly (not read from disk) so the same list works under tsx, vitest and a bundle. */
const MIGRATIONS: Record<string, Migration> = {
  '2026-11-23T1500_initial': initial,
  '2026-11-23T1700_measure-indexes': measureIndexes,
  '2026-11-27T1100_import-changes': importChanges,
  '2026-11-27T1130_sign-in-attempts': signInAttempts,
  '2026-11-27T1200_baseline-history': baselineHistory,
  '2026-11-27T1230_measure-results': measureResults,
  '2026-11-27T1700_import-progress': importProgress,
};

export async function migrateToLatest(db: Kysely<Database>): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS } });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(
      `Migration ${failed?.migrationName ?? ''} failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  await syncReferenceData(db);
}
