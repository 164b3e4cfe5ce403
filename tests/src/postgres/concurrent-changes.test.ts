/**
 * Concurrent imports and edits on PostgreSQL: each runs whole, one after the other (PRODUCT.md §8).
 * SQLite needs no test here: its one connection per process already runs one write transaction
 * at a time, so these races cannot happen there.
 */

import { currentDataVersion, lockDataChanges } from '@ldm/db';
import { saveCohort } from '@ldm/server/offer/cohort-service';
import { academyLeadNE, databaseWithReferenceRows, importText, placementsCsv } from '@ldm/server/testing/imports';
import { describe, expect, it } from 'vitest';

const onPostgres = Boolean(process.env.DATABASE_URL);

const test = databaseWithReferenceRows();

/** 1,200 placements: several batches, so two unserialised imports would overlap. */
const placements = placementsCsv(1200);

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Skipped on SQLite (no DATABASE_URL): one connection per process runs one write transaction at a time.
describe.skipIf(!onPostgres)(
  'concurrent data changes on PostgreSQL (skipped on SQLite: its single writer serialises them)',
  () => {
    it('two imports of the same file at once: one inserts every row, the other finds them unchanged', async () => {
      const version = await currentDataVersion(test.db);
      const results = await Promise.all([
        importText(test.db, 'placements', placements),
        importText(test.db, 'placements', placements),
      ]);
      const byStatus = results.map((r) => [r.status, r.counts.inserted, r.counts.unchanged]).sort();
      expect(byStatus).toEqual([
        ['applied', 1200, 0],
        ['unchanged', 0, 1200],
      ]);
      expect(await currentDataVersion(test.db)).toBe(version + 1);
      const stored = await test.db
        .selectFrom('placements')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      expect(stored.n).toBe(1200);
    });

    it('an edit waits for a running import transaction and commits after it', async () => {
      let releaseImport!: () => void;
      const importHeld = new Promise<void>((resolve) => (releaseImport = resolve));
      let importLocked!: () => void;
      const importStarted = new Promise<void>((resolve) => (importLocked = resolve));
      const runningImport = test.db.transaction().execute(async (trx) => {
        await lockDataChanges(trx);
        importLocked();
        await importHeld;
      });
      await importStarted;
      const cohort = { code: 'NE-1-B', offerCode: 'NE-1', startDate: '2025-01-06', endDate: '2025-03-31', places: 5 };
      const edit = saveCohort(test.db, academyLeadNE, 'NE', cohort, 'create');
      const cohortCodes = async () =>
        (await test.db.selectFrom('cohorts').select('code').orderBy('code').execute()).map((c) => c.code);
      try {
        await pause(300);
        expect(await cohortCodes()).toEqual(['NAT-1-A', 'NE-1-A']);
      } finally {
        releaseImport();
      }
      await runningImport;
      await edit;
      expect(await cohortCodes()).toEqual(['NAT-1-A', 'NE-1-A', 'NE-1-B']);
    });
  },
);
