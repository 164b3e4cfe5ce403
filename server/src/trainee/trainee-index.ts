/**
 * Which locality each trainee belongs to — the locality of the organisation of their latest
 * placement (latest start date; ties: lowest placement id in code-point order, as for the home
 * placement) — with that placement, kept in memory per data version. Working this out in SQL on
 * every page request costs hundreds of milliseconds at national scale; one pass per data version
 * (≈ 50,000 rows) makes every listing a filter and slice of one locality's few thousand rows.
 */

import { currentDataVersion, type Database } from '@ldm/db';
import { stageOfGrade } from '@ldm/shared';
import { compareCodePoints } from '@ldm/shared/measures/home-placement';
import type { TraineeSortKey } from '@ldm/shared/schemas';
import type { Kysely } from 'kysely';
import {
  type LatestPlacementRow,
  selectAllTraineeNames,
  selectLatestPlacements,
  selectOrganisationNames,
} from './queries';

export interface TraineeListRow {
  gmcNumber: string;
  forenames: string | null;
  surname: string | null;
  grade: string;
  stage: string | null;
  specialty: string | null;
  organisationCode: string;
  organisation: string;
  localityCode: string;
  startDate: string;
  endDate: string;
}

export interface TraineeIndex {
  version: number;
  byLocality: Map<string, TraineeListRow[]>;
  localityOf: Map<string, string>;
  /** Lower-case text each row is searched in. */
  searchText: WeakMap<TraineeListRow, string>;
  /** Sorted (ascending) copies of a locality's rows, made on first use. */
  sorted: Map<string, TraineeListRow[]>;
}

type NameRow = Awaited<ReturnType<typeof selectAllTraineeNames>>[number];
type OrganisationRow = Awaited<ReturnType<typeof selectOrganisationNames>>[number];

function buildIndex(
  version: number,
  rows: LatestPlacementRow[],
  nameRows: NameRow[],
  organisationRows: OrganisationRow[],
): TraineeIndex {
  const names = new Map(nameRows.map((n) => [n.gmc_number, n]));
  const organisations = new Map(organisationRows.map((o) => [o.code, o]));
  const latest = new Map<string, LatestPlacementRow>();
  for (const row of rows) {
    const current = latest.get(row.gmc_number);
    if (!current || compareCodePoints(row.placement_id, current.placement_id) < 0) latest.set(row.gmc_number, row);
  }
  const index: TraineeIndex = {
    version,
    byLocality: new Map(),
    localityOf: new Map(),
    searchText: new WeakMap(),
    sorted: new Map(),
  };
  for (const row of latest.values()) {
    // Foreign keys guarantee both exist.
    const name = names.get(row.gmc_number)!;
    const organisation = organisations.get(row.organisation_code)!;
    const entry: TraineeListRow = {
      gmcNumber: row.gmc_number,
      forenames: name.forenames,
      surname: name.surname,
      grade: row.grade,
      stage: stageOfGrade(row.grade) ?? null,
      specialty: row.specialty,
      organisationCode: row.organisation_code,
      organisation: organisation.name,
      localityCode: organisation.locality_code,
      startDate: row.start_date,
      endDate: row.end_date,
    };
    index.localityOf.set(entry.gmcNumber, entry.localityCode);
    index.searchText.set(entry, [entry.forenames, entry.surname, entry.organisation].join(' ').toLowerCase());
    const list = index.byLocality.get(entry.localityCode) ?? [];
    list.push(entry);
    index.byLocality.set(entry.localityCode, list);
  }
  return index;
}

const cache = new WeakMap<Kysely<Database>, { version: number; index: Promise<TraineeIndex> }>();

/** The index for the database's current data version, rebuilt once after each change. */
export async function loadTraineeIndex(db: Kysely<Database>): Promise<TraineeIndex> {
  const version = await currentDataVersion(db);
  const cached = cache.get(db);
  if (cached?.version === version) return cached.index;
  const index = Promise.all([selectLatestPlacements(db), selectAllTraineeNames(db), selectOrganisationNames(db)]).then(
    ([rows, names, organisations]) => buildIndex(version, rows, names, organisations),
  );
  cache.set(db, { version, index });
  index.catch(() => cache.delete(db));
  return index;
}

const SORT_VALUE: Record<TraineeSortKey, (row: TraineeListRow) => string> = {
  gmcNumber: (r) => r.gmcNumber,
  surname: (r) => `${(r.surname ?? '').toLowerCase()}\u0000${(r.forenames ?? '').toLowerCase()}`,
  grade: (r) => r.grade,
  organisation: (r) => r.organisation.toLowerCase(),
  startDate: (r) => r.startDate,
  endDate: (r) => r.endDate,
};

/** A locality's rows sorted ascending by `key`, ties by GMC number; cached with the index. */
export function sortedRows(index: TraineeIndex, localityCode: string, key: TraineeSortKey): TraineeListRow[] {
  const cacheKey = `${localityCode}|${key}`;
  let rows = index.sorted.get(cacheKey);
  if (!rows) {
    const value = SORT_VALUE[key];
    rows = (index.byLocality.get(localityCode) ?? [])
      .map((row) => ({ row, value: value(row) }))
      .sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : a.row.gmcNumber < b.row.gmcNumber ? -1 : 1))
      .map((entry) => entry.row);
    index.sorted.set(cacheKey, rows);
  }
  return rows;
}
