/**
 * The national open-data file (docs/open-data.md) tried as someone who holds it all at once would:
 * every total written with its parts — England and its localities, England and its regions, a
 * region and its localities, a denominator and its numerator, and a financial year and its four
 * quarters wherever the exact counts add up (M5's participations always do) — and no count hidden
 * or rounded in the file can be worked out exactly. The same sums shown under the old rule (only
 * 1–7 hidden) give counts back, so the check can fail.
 */

import { testDatabaseForSuite } from '@ldm/db/testing';
import { buildDemoDatabase } from '@ldm/server/demo/build-demo-database';
import { buildOpenDataFile } from '@ldm/server/export/open-data';
import { getMeasuresForPeriod } from '@ldm/server/measure/service';
import { LOCALITIES, LOCALITY_CODES, REGIONS } from '@ldm/shared';
import { type PooledMeasures, poolEngland, poolRegions } from '@ldm/shared/measures';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeRecovery, type Part, recoverable, type Sum, showUnderOldRule } from './subtraction';
import type { Shown } from './walk-figures';

const TODAY = '2026-11-23';
const PEOPLE_BOTH = ['M1', 'M1.1', 'M1.2', 'M1.3', 'M3', 'M4', 'M6'] as const;
/** Every people count of an area: trainees in post, both parts of each people measure, M5's participations. */
const FIELDS: { label: string; measure: string; column: 'trainees_in_post' | 'numerator' | 'denominator' }[] = [
  { label: 'trainees in post', measure: 'M1', column: 'trainees_in_post' },
  ...PEOPLE_BOTH.flatMap((measure) => [
    { label: `${measure} numerator`, measure, column: 'numerator' as const },
    { label: `${measure} denominator`, measure, column: 'denominator' as const },
  ]),
  { label: 'M5 numerator', measure: 'M5', column: 'numerator' },
];

type Row = Record<string, string>;
type Exact = Map<string, PooledMeasures>;

const t = testDatabaseForSuite();
let rows: Row[];
/** Per period: England, regions and localities with their exact counts. */
const exact = new Map<string, Exact>();

beforeAll(async () => {
  await buildDemoDatabase(t.db, { traineesPerYear: 600, seed: 'open-data', today: TODAY }, () => {});
  rows = parse((await buildOpenDataFile(t.db, TODAY)).csv, { bom: true, columns: true }) as Row[];
  for (const period of new Set(rows.map((r) => r.period!))) {
    const { localities } = await getMeasuresForPeriod(t.db, period);
    const areas: Exact = new Map();
    for (const area of [poolEngland(localities), ...poolRegions(localities)]) areas.set(`pooled ${area.code}`, area);
    for (const l of localities) areas.set(`locality ${l.code}`, { ...l, name: l.code });
    exact.set(period, areas);
  }
}, 300_000);

const areaKey = (row: Row) => `${row.area_type === 'locality' ? 'locality' : 'pooled'} ${row.area_code}`;

function shownOf(cell: string): Shown {
  return cell === '*' ? '*' : Number(cell);
}

/** Every sum a holder of the file sees, with counts as written (or as the old rule would write them). */
function sumsInFile(show: (row: Row, column: string, exact: number) => Shown): Sum[] {
  const byKey = new Map(rows.map((r) => [`${r.period} ${areaKey(r)} ${r.measure}`, r]));
  const part = (period: string, key: string, field: (typeof FIELDS)[number]): Part => {
    const area = exact.get(period)!.get(key)!;
    const count =
      field.column === 'trainees_in_post' ? area.traineesInPost : area.measures[field.measure as 'M1'][field.column];
    const row = byKey.get(`${period} ${key} ${field.measure}`)!;
    return {
      label: `${period} ${key} ${field.label}`,
      shown: show(row, field.column, count),
      exact: count,
      // What the file says of its counts: England's are exact unless the row says they are rounded.
      level:
        key === 'pooled ENG' && (field.column === 'trainees_in_post' || row.counts_rounded === 'no')
          ? 'england'
          : 'below-england',
    };
  };
  const sums: Sum[] = [];
  const periods = [...exact.keys()];
  for (const period of periods)
    for (const field of FIELDS) {
      const of = (key: string) => part(period, key, field);
      const localities = (codes: readonly string[]) => codes.map((c) => of(`locality ${c}`));
      sums.push({
        kind: 'England and its localities',
        label: `${period} ${field.label}`,
        total: of('pooled ENG'),
        parts: localities(LOCALITY_CODES),
      });
      sums.push({
        kind: 'England and its regions',
        label: `${period} ${field.label}`,
        total: of('pooled ENG'),
        parts: REGIONS.map((r) => of(`pooled ${r.code}`)),
      });
      for (const region of REGIONS)
        sums.push({
          kind: 'a region and its localities',
          label: `${period} ${region.code} ${field.label}`,
          total: of(`pooled ${region.code}`),
          parts: localities(LOCALITIES.filter((l) => l.regionCode === region.code).map((l) => l.code)),
        });
      // A financial year and its quarters, where the exact counts add up.
      if (!period.includes('Q') && [1, 2, 3, 4].every((q) => exact.has(`${period} Q${q}`)))
        for (const key of exact.get(period)!.keys()) {
          const quarters = [1, 2, 3, 4].map((q) => part(`${period} Q${q}`, key, field));
          const year = of(key);
          if (quarters.reduce((s, q) => s + q.exact, 0) === year.exact)
            sums.push({
              kind: 'a year and its quarters',
              label: `${period} ${key} ${field.label}`,
              total: year,
              parts: quarters,
            });
        }
      // Below England only: England's counts are exact by the rule, so its remainders are too.
      if (field.column === 'denominator')
        for (const key of [...exact.get(period)!.keys()].filter((k) => k !== 'pooled ENG')) {
          const denominator = of(key);
          const numerator = part(period, key, { ...field, label: `${field.measure} numerator`, column: 'numerator' });
          sums.push({
            kind: 'a denominator and its numerator',
            label: `${period} ${key} ${field.measure}`,
            total: denominator,
            parts: [
              numerator,
              { ...numerator, label: 'the rest', shown: null, exact: denominator.exact - numerator.exact },
            ],
          });
        }
    }
  return sums;
}

describe('the open-data file under disclosure control (PRODUCT.md §4)', () => {
  it('gives no hidden or rounded count back by subtraction', () => {
    const sums = sumsInFile((row, column) => shownOf(row[column]!));
    expect(new Set(sums.map((s) => s.kind)).size).toBe(5);
    expect(sums.filter((s) => s.kind === 'a year and its quarters').length).toBeGreaterThan(0);
    // The file holds hidden counts to protect, not only large ones.
    expect(rows.filter((r) => r.numerator === '*').length).toBeGreaterThan(10);
    const recovered = sums.flatMap((s) => recoverable(s, 'current')).filter((r) => !r.corner);
    expect(recovered.map(describeRecovery)).toEqual([]);
  });

  it('would give counts back under the old rule (only 1–7 hidden), so the check can fail', () => {
    const sums = sumsInFile((_row, _column, count) => showUnderOldRule(count));
    const recovered = sums.flatMap((s) => recoverable(s, 'old')).filter((r) => !r.corner);
    expect(recovered.length).toBeGreaterThan(0);
  });
});
