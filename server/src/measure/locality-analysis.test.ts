import { bumpDataVersion, currentDataVersion } from '@ldm/db';
import { neAndYhRows, participationRow, seedRows, type TestDatabase, testDatabaseForSuite } from '@ldm/db/testing';
import { mustParsePeriod } from '@ldm/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { getLocalityAnalysis } from './measures-cache';

const gmc = (i: number) => String(2_000_000 + i);
const period = mustParsePeriod('2024-25');

/** NE: trainees 0–2 (F1, two enrolled in a tier-2 cohort); YH: trainee 3 (ST4). One national tier-1 offer for foundation only. */
async function seed(db: TestDatabase['db']) {
  const rows = neAndYhRows({ gmc, inNE: 3, inYH: 1, enrolledInNE: 2, nationalStages: ['foundation'] });
  await seedRows(db, { ...rows, trainees: rows.trainees.map((t, i) => (i === 0 ? { ...t, sex: 'female' } : t)) });
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
