import { bumpDataVersion } from '@ldm/db';
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
import { loadMeasureRows } from './load-inputs';
import { selectPlacementsOverlapping } from './queries';
import { getMeasuresForPeriod } from './service';

/**
 * A: an earlier placement (NE) then a later one (YH), both overlapping 2024-25.
 * B: two placements starting the same day (NE 'B-2', YH 'B-10'): 'B-10' is lower in code-point order.
 * C: one placement over 2024-25 (NE), and one starting after it (YH).
 * Hand-checked homes: 2024-25: A → YH (later start), B → YH ('B-10'), C → NE, so NE 1, YH 2.
 * 2024-25 Q1 (April–June 2024): A → NE (the YH placement starts in September), C → NE, B not in post.
 */
async function seed(db: TestDatabase['db']) {
  await seedRows(db, {
    organisations: [
      { code: 'NE1', name: 'NE Trust', type: 'trust', locality_code: 'NE' },
      { code: 'YH1', name: 'YH Trust', type: 'trust', locality_code: 'YH' },
    ],
    trainees: ['1000001', '1000002', '1000003', '1000004'].map((g) => traineeRow(g)),
    placements: [
      placementRow('1000001', 'NE1', 'F1', {
        placement_id: 'A-1',
        start_date: '2024-01-01',
        end_date: '2024-08-31',
        specialty: 'Surgery',
      }),
      placementRow('1000001', 'YH1', 'F1', { placement_id: 'A-2', start_date: '2024-09-01', end_date: '2025-08-31' }),
      placementRow('1000002', 'NE1', 'F1', { placement_id: 'B-2', start_date: '2024-10-01', end_date: '2025-09-30' }),
      placementRow('1000002', 'YH1', 'F1', { placement_id: 'B-10', start_date: '2024-10-01', end_date: '2025-09-30' }),
      placementRow('1000003', 'NE1', 'F1', { placement_id: 'C-1', start_date: '2024-04-01', end_date: '2025-03-31' }),
      placementRow('1000003', 'YH1', 'F1', { placement_id: 'C-2', start_date: '2025-06-01', end_date: '2026-05-31' }),
      // Texts the packed SQLite read must give back exactly: separators, a character outside the BMP.
      placementRow('1000004', 'YH1', 'F1', {
        placement_id: 'D:𝔸-1',
        start_date: '2026-04-01',
        end_date: '2026-09-30',
        specialty: 'Ear: 𝔸 - nose',
      }),
      placementRow('1000004', 'NE1', 'F1', { placement_id: 'D-2', start_date: '2026-04-01', end_date: '2026-09-30' }),
    ],
    offers: [offerRow('O:𝔸', 'NE', 1)],
    cohorts: [{ code: 'C:𝔸-1', offer_code: 'O:𝔸', start_date: '2024-09-01', end_date: '2025-06-30', places: 10 }],
    participations: [
      participationRow('1000001', 'C:𝔸-1', '2024-09-01'),
      participationRow('1000002', 'C:𝔸-1', '2024-09-01', { status: 'completed', end_date: '2025-06-30' }),
    ],
  });
  await bumpDataVersion(db, 'test fixture');
}

const ids = (rows: Awaited<ReturnType<typeof loadMeasureRows>>) => [...rows.placements.placementId].sort();

describe('loading the placements of a span', () => {
  const t = testDatabaseForSuite();
  beforeAll(async () => {
    await seed(t.db);
  });

  it('reads as rows for one period only the placements that can be its home: ties kept, earlier overlapping ones left out', async () => {
    const load = { breakdowns: false, homeCandidatesOnly: true };
    const rows = await selectPlacementsOverlapping(t.db, '2024-04-01', '2025-03-31', load);
    expect(rows.map((p) => p.placement_id).sort()).toEqual(['A-2', 'B-10', 'B-2', 'C-1']);
  });

  it('loads for several periods every overlapping placement (A-1 is the home of Q1 though beaten in Q3)', async () => {
    const periods = ['2024-25 Q1', '2024-25 Q3'].map(mustParsePeriod);
    expect(ids(await loadMeasureRows(t.db, periods, false))).toEqual(['A-1', 'A-2', 'B-10', 'B-2', 'C-1']);
  });

  it('reads programme and specialty only for breakdowns', async () => {
    const periods = [mustParsePeriod('2024-25 Q1')];
    const specialty = async (breakdowns: boolean) => {
      const { placements } = await loadMeasureRows(t.db, periods, breakdowns);
      return placements.factAt(placements.placementId.indexOf('A-1')).specialty;
    };
    expect(await specialty(true)).toBe('Surgery');
    expect(await specialty(false)).toBeNull();
  });

  it('reads every text back exactly, whatever its characters', async () => {
    const { placements } = await loadMeasureRows(
      t.db,
      [mustParsePeriod('2026-27 Q1'), mustParsePeriod('2026-27 Q2')],
      true,
    );
    const facts = placements.placementId
      .map((_, row) => placements.factAt(row))
      .filter((p) => p.gmcNumber === '1000004')
      .sort((a, b) => (a.placementId < b.placementId ? -1 : 1));
    expect(facts).toEqual([
      {
        placementId: 'D-2',
        gmcNumber: '1000004',
        organisationCode: 'NE1',
        programmeCode: null,
        grade: 'F1',
        specialty: null,
        startDate: '2026-04-01',
        endDate: '2026-09-30',
      },
      {
        placementId: 'D:𝔸-1',
        gmcNumber: '1000004',
        organisationCode: 'YH1',
        programmeCode: null,
        grade: 'F1',
        specialty: 'Ear: 𝔸 - nose',
        startDate: '2026-04-01',
        endDate: '2026-09-30',
      },
    ]);
  });

  it('reads participations back exactly, an open end date as null', async () => {
    const { participations } = await loadMeasureRows(t.db, [mustParsePeriod('2024-25')], false);
    expect([...participations].sort((a, b) => (a.gmcNumber < b.gmcNumber ? -1 : 1))).toEqual([
      { gmcNumber: '1000001', cohortCode: 'C:𝔸-1', status: 'enrolled', startDate: '2024-09-01', endDate: null },
      {
        gmcNumber: '1000002',
        cohortCode: 'C:𝔸-1',
        status: 'completed',
        startDate: '2024-09-01',
        endDate: '2025-06-30',
      },
    ]);
  });

  it('counts each trainee in post at the hand-checked home locality', async () => {
    const inPost = async (period: string) =>
      Object.fromEntries(
        (await getMeasuresForPeriod(t.db, period)).localities
          .filter((l) => l.traineesInPost > 0)
          .map((l) => [l.code, l.traineesInPost]),
      );
    expect(await inPost('2024-25')).toEqual({ NE: 1, YH: 2 });
    expect(await inPost('2024-25 Q1')).toEqual({ NE: 2 });
    // C → YH (C-2); D: same start, 'D-2' ('-' is U+002D) before 'D:𝔸-1' (':' is U+003A) → NE.
    expect(await inPost('2026-27 Q1')).toEqual({ NE: 1, YH: 1 });
  });
});
