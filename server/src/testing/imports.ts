/** Shared by the import tests: run an import of CSV text, and a small hand-checked base of reference rows. */
import { Readable } from 'node:stream';
import type { Database } from '@ldm/db';
import { traineeRow } from '@ldm/db/testing';
import type { Kysely } from 'kysely';
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
  await db
    .insertInto('users')
    .values({
      email: academyLeadNE.email,
      name: academyLeadNE.name,
      role: 'academy_lead',
      locality_code: 'NE',
      password_hash: 'x',
      created_at: '2026-01-01T00:00:00Z',
    })
    .execute();
  await db
    .insertInto('organisations')
    .values([
      { code: 'RX1', name: 'Northumbria', type: 'trust', locality_code: 'NE' },
      { code: 'RWA', name: 'Hull', type: 'trust', locality_code: 'YH' },
    ])
    .execute();
  await db
    .insertInto('programmes')
    .values({ code: 'NE-FND', name: 'NE Foundation', specialty: 'Foundation', type: 'foundation', locality_code: 'NE' })
    .execute();
  await db
    .insertInto('trainees')
    .values([traineeRow('7000001'), traineeRow('7000002')])
    .execute();
  const offer = {
    provider: 'P',
    provider_type: null,
    tier: 1,
    mode: null,
    capacity: null,
    multiprofessional: null,
    access: null,
    funding: null,
    delivery: null,
    description: null,
    url: null,
  };
  await db
    .insertInto('offers')
    .values([
      { ...offer, code: 'NE-1', title: 'NE offer', scope_locality_code: 'NE' },
      { ...offer, code: 'NAT-1', title: 'National offer', scope_locality_code: null },
    ])
    .execute();
  await db
    .insertInto('cohorts')
    .values([
      { code: 'NE-1-A', offer_code: 'NE-1', start_date: '2024-09-01', end_date: '2024-12-01', places: 10 },
      { code: 'NAT-1-A', offer_code: 'NAT-1', start_date: '2024-09-01', end_date: '2025-03-01', places: 100 },
    ])
    .execute();
}
