import { bumpDataVersion, currentDataVersion } from '@ldm/db';
import {
  offerRow,
  participationRow,
  placementRow,
  seedRows,
  type TestDatabase,
  testDatabaseForSuite,
  traineeRow,
} from '@ldm/db/testing';
import { mustParsePeriod } from '@ldm/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { getLocalityAnalysis } from './measures-cache';

const gmc = (i: number) => String(2_000_000 + i);
const period = mustParsePeriod('2024-25');

/** NE: trainees 0–2 (F1, two enrolled in a tier-2 cohort); YH: trainee 3 (ST4). One national tier-1 offer for foundation only. */
async function seed(db: TestDatabase['db']) {
  const four = [0, 1, 2, 3].map(gmc);
  await seedRows(db, {
    organisations: [
      { code: 'NE1', name: 'NE Trust', type: 'trust', locality_code: 'NE' },
      { code: 'YH1', name: 'YH Trust', type: 'trust', locality_code: 'YH' },
    ],
    trainees: four.map((g, i) => traineeRow(g, { sex: i === 0 ? 'female' : null })),
    placements: four.map((g, i) => (i < 3 ? placementRow(g, 'NE1', 'F1') : placementRow(g, 'YH1', 'ST4'))),
    offers: [offerRow('NAT', null, 1), offerRow('NEO', 'NE', 2)],
    offer_stages: [
      { offer_code: 'NAT', stage_code: 'foundation' },
      { offer_code: 'NEO', stage_code: 'foundation' },
    ],
    cohorts: [
      { code: 'NAT-24', offer_code: 'NAT', start_date: '2024-01-01', end_date: '2024-12-31', places: 100 },
      { code: 'NEO-24', offer_code: 'NEO', start_date: '2024-09-01', end_date: '2025-06-30', places: 20 },
    ],
    participations: four.slice(0, 2).map((g) => participationRow(g, 'NEO-24', '2024-09-01')),
  });
  await bumpDataVersion(db, 'test fixture');
}

describe('locality analysis cache', () => {
  const t = testDatabaseForSuite();
  beforeAll(async () => {
    await seed(t.db);
  });

  it('keeps each locality’s breakdowns apart, stores them per data version and recomputes them after a change', async () => {
    const version = await currentDataVersion(t.db);
    const ne = await getLocalityAnalysis(t.db, period, 'NE');
    expect(ne.dataVersion).toBe(version);
    expect(ne.locality.traineesInPost).toBe(3);
    expect(ne.uptakeByTier['2']).toEqual({ numerator: 2, denominator: 3, value: 0.6667 });
    expect(ne.breakdowns.sex.map((g) => [g.key, g.traineesInPost, g.M3.numerator])).toEqual([
      ['female', 1, 1],
      ['not recorded', 2, 1],
    ]);
    expect(ne.stagesWithoutFloor).toEqual(['core', 'higher']);
    expect(ne.organisationsBelowStandard).toEqual([{ organisationCode: 'NE1', traineesInPost: 3 }]);
    const yh = await getLocalityAnalysis(t.db, period, 'YH');
    expect(yh.breakdowns.stage.map((g) => [g.key, g.traineesInPost, g.M1.numerator])).toEqual([['higher', 1, 0]]);
    expect(await getLocalityAnalysis(t.db, period, 'NE')).toEqual(ne);
    const stored = await t.db
      .selectFrom('measure_breakdowns')
      .select(['data_version', 'locality_code'])
      .where('period', '=', period.label)
      .execute();
    expect(stored).toHaveLength(13);
    expect(stored.every((row) => row.data_version === version)).toBe(true);

    await t.db
      .insertInto('participations')
      .values(participationRow(gmc(2), 'NEO-24', '2024-10-01'))
      .execute();
    const newer = await bumpDataVersion(t.db, 'one more participation');
    const changed = await getLocalityAnalysis(t.db, period, 'NE');
    expect(changed.dataVersion).toBe(newer);
    expect(changed.uptakeByTier['2']).toEqual({ numerator: 3, denominator: 3, value: 1 });
    expect(changed.breakdowns.sex.map((g) => [g.key, g.M3.numerator])).toEqual([
      ['female', 1],
      ['not recorded', 2],
    ]);
  });
});
