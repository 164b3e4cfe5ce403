/**
 * What a report freezes beside each measure's baseline, latest, target and status: the England
 * comparison (§12.1, 95%) and the SPC variation of the quarterly series (§12.3), and how a viewer
 * outside the locality sees them.
 */
import { bumpDataVersion, type Database } from '@ldm/db';
import { measureTargetRow, quarterlyUptakeRows, seedRows } from '@ldm/db/testing';
import { mustParsePeriod, periodsUpTo } from '@ldm/shared';
import type { Kysely } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { databaseWithUsers } from '../testing/database-with-users';
import { buildReportSnapshot } from './snapshot';
import { discloseFrozen } from './view';

const TODAY = '2026-11-23';
/** 2021-22 Q1 … 2024-25 Q4: NE's 100 trainees are in post throughout, YH's 100 in 2024-25 only. */
const QUARTERS = periodsUpTo(mustParsePeriod('2024-25 Q4'), 16);
/** NE's enrolments per quarter: 5 for fifteen quarters, then 20 in the report's quarter. */
const NE_ENROLMENTS = [...Array.from({ length: 15 }, () => 5), 20];
const YH_ENROLMENTS_LAST_QUARTER = 5;

async function seed(db: Kysely<Database>) {
  await seedRows(db, {
    ...quarterlyUptakeRows(QUARTERS, {
      NE: { inPost: 100, since: '2021-04-01', enrolled: NE_ENROLMENTS },
      YH: { inPost: 100, since: '2024-04-01', enrolled: [...Array(15).fill(0), YH_ENROLMENTS_LAST_QUARTER] },
    }),
    measure_targets: [measureTargetRow('M3', 'NE', '2024-25', 0.1)],
  });
  await bumpDataVersion(db, 'report snapshot fixture');
}

describe('report snapshot: England comparison and SPC variation', () => {
  const suite = databaseWithUsers();
  let snapshot: Awaited<ReturnType<typeof buildReportSnapshot>>;
  const row = (code: string) => snapshot.progress.find((p) => p.measureCode === code)!;
  /** A measure's row as the locality's dean (exact figures) sees it. */
  const deanRow = (code: string) =>
    discloseFrozen(suite.users.dean, 'NE', snapshot).progress.find((p) => p.measureCode === code)!;

  beforeAll(async () => {
    await seed(suite.db);
    snapshot = await buildReportSnapshot(suite.db, 'NE', '2024-25 Q4', TODAY);
  });

  it("freezes uptake (M3) beside England's: 20 of 100 against 25 of 200, better at 95%", () => {
    expect(row('M3').latest).toEqual({ numerator: 20, denominator: 100, value: 0.2 });
    // Wilson by the textbook form (p̂ + z²/2n ± z√(p̂(1−p̂)/n + z²/4n²)) / (1 + z²/n), computed apart.
    expect(row('M3').comparison).toMatchObject({
      england: { numerator: 25, denominator: 200, value: 0.125 },
      vsEngland: 'better',
    });
    const [lower, upper] = row('M3').comparison!.ci95!;
    expect(lower).toBeCloseTo(0.13336693289714838, 10);
    expect(upper).toBeCloseTo(0.2888291663642495, 10);
  });

  it('leaves the measures that are not proportions (M2, M7) without a comparison', () => {
    expect(row('M2').comparison).toBeNull();
    expect(row('M7').comparison).toBeNull();
  });

  it("reads uptake's 16 quarters as an XmR chart: the last quarter is special-cause improvement, the target fails", () => {
    // Mean (15 × 0.05 + 0.2) / 16 = 0.059375; mR̄ = 0.15 / 15 = 0.01; upper limit 0.059375 + 0.0266 = 0.085975.
    // 0.2 lies above it (improvement); the target 0.1 lies above it too, so the process will not meet it (fail).
    expect(deanRow('M3').spc).toEqual({
      from: '2021-22 Q1',
      to: '2024-25 Q4',
      quarters: 16,
      variation: 'improvement',
      assurance: 'fail',
      runChartBecause: null,
    });
  });

  it('reads a flat series as common cause and has no reading where no quarter has a denominator', () => {
    // Every NE trainee is at foundation, which the national offer serves each quarter: M1 is 1 throughout.
    expect(deanRow('M1').spc).toMatchObject({ quarters: 16, variation: 'common cause', assurance: null });
    // No participation has ended: completion (M4) has no denominator in any quarter, so no XmR reading.
    expect(deanRow('M4').spc).toMatchObject({
      quarters: 0,
      variation: null,
      runChartBecause: 'fewer than 13 quarters',
    });
  });

  it('shows the interval to the locality only; others get the judgement and England rounded as for England', () => {
    const forNational = discloseFrozen(suite.users.national, 'NE', snapshot).progress.find(
      (p) => p.measureCode === 'M3',
    )!;
    expect(forNational.comparison).toEqual({
      england: { numerator: 25, denominator: 200, value: 0.125 },
      ci95: null,
      vsEngland: 'better',
    });
    // NE's 5 enrolments a quarter show to others as *, so the series' reading is not shown to them.
    expect(forNational.spc).toMatchObject({ quarters: 16, variation: null, runChartBecause: 'hidden figures' });
    expect(deanRow('M3').comparison?.ci95).toEqual(row('M3').comparison!.ci95);
  });
});
