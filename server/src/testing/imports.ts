/** Shared by the import tests: run an import of CSV text, and a small hand-checked base of reference rows. */
import { Readable } from 'node:stream';
import type { Database } from '@ldm/db';
import { type HeldTestDatabase, offerRow, seedRows, testDatabaseForEachTest, traineeRow } from '@ldm/db/testing';
import type { Kysely } from 'kysely';
import { beforeEach } from 'vitest';
import type { SessionUser } from '../context';
import type { ImportKind } from '../import/import-kinds';
import { type RunImportOptions, runImport } from '../import/service';

export function importText(
  db: Kysely<Database>,
  kind: ImportKind,
  text: string | Buffer,
  options: Partial<Pick<RunImportOptions, 'actor' | 'dryRun' | 'onProgress'>> = {},
) {
  return runImport(db, {
    kind,
    fileName: `${kind}.csv`,
    source: Readable.from([Buffer.from(text)]),
    actor: options.actor ?? null,
    ...options,
  });
}

/** A placements file of `count` rows for the two seeded trainees at RX1 — enough rows to span several apply batches. */
export function placementsCsv(count: number): string {
  return ['placement_id,gmc_number,organisation_code,grade,start_date,end_date,wte']
    .concat(Array.from({ length: count }, (_, i) => `P${i},700000${1 + (i % 2)},RX1,F1,2024-08-07,2025-08-05,1`))
    .join('\n');
}

export const academyLeadNE: SessionUser = {
  id: 1,
  email: 'lead@ne.example',
  name: 'NE lead',
  role: 'academy_lead',
  localityCode: 'NE',
};

/** Two organisations (NE, YH), one NE programme, two trainees, an NE offer and a national offer with a cohort each. */
export async function seedReferenceRows(db: Kysely<Database>): Promise<void> {
  await seedRows(db, {
    users: [
      {
        email: academyLeadNE.email,
        name: academyLeadNE.name,
        role: 'academy_lead',
        locality_code: 'NE',
        password_hash: 'x',
        created_at: '2026-01-01T00:00:00Z',
      },
    ],
    organisations: [
      { code: 'RX1', name: 'Northumbria', type: 'trust', locality_code: 'NE' },
      { code: 'RWA', name: 'Hull', type: 'trust', locality_code: 'YH' },
    ],
    programmes: [
      { code: 'NE-FND', name: 'NE Foundation', specialty: 'Foundation', type: 'foundation', locality_code: 'NE' },
    ],
    trainees: [traineeRow('7000001'), traineeRow('7000002')],
    offers: [offerRow('NE-1', 'NE', 1, { title: 'NE offer' }), offerRow('NAT-1', null, 1, { title: 'National offer' })],
    cohorts: [
      { code: 'NE-1-A', offer_code: 'NE-1', start_date: '2024-09-01', end_date: '2024-12-01', places: 10 },
      { code: 'NAT-1-A', offer_code: 'NAT-1', start_date: '2024-09-01', end_date: '2025-03-01', places: 100 },
    ],
  });
}

/**
 * A fresh database holding the reference rows before each test of the file (an import writes, and each
 * test starts from the same base), destroyed after it; read `db` inside hooks and tests.
 */
export function databaseWithReferenceRows(): HeldTestDatabase {
  const test = testDatabaseForEachTest();
  beforeEach(() => seedReferenceRows(test.db));
  return test;
}
