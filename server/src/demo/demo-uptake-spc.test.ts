/**
 * The demo's step change in uptake (M3) is one the SPC rules (PRODUCT.md §12.3) see: the
 * localities that launch a rolling online course in the fourth demo year show special-cause
 * improvement from then on, while some localities that only grow gradually show none at all.
 */
import { buildDemoData } from '@ldm/db/demo/build-demo-data';
import { UPTAKE_STEP_LOCALITIES } from '@ldm/db/demo/offers';
import { testDatabaseForSuite } from '@ldm/db/testing';
import { LOCALITY_CODES, mustParsePeriod, periodsUpTo } from '@ldm/shared';
import { readSpc } from '@ldm/shared/statistics/spc';
import { beforeAll, describe, expect, it } from 'vitest';
import { getPeriodFigures } from '../measure/measures-cache';

/** The demo's 18 complete quarters on this day: 2022-23 Q1 to 2026-27 Q2; the step comes at 2025-26 Q1. */
const QUARTERS = periodsUpTo(mustParsePeriod('2026-27 Q2'), 18);
const STEP_QUARTER = 12;

describe('demo data: a special-cause change in uptake', () => {
  const t = testDatabaseForSuite();
  let readings: Map<string, ReturnType<typeof readSpc>>;

  beforeAll(async () => {
    await buildDemoData(t.db, { traineesPerYear: 5000, today: '2026-11-23' });
    const { figures } = await getPeriodFigures(t.db, QUARTERS);
    readings = new Map(
      LOCALITY_CODES.map((code) => {
        // Every demo quarter has trainees in post, so no quarter is left out of the series.
        const uptake = figures.map((f) => f.localities.find((l) => l.code === code)!.measures.M3);
        expect(uptake.every((m) => m.denominator > 0)).toBe(true);
        return [
          code,
          readSpc(
            uptake.map((m) => m.numerator / m.denominator),
            'higher',
            null,
          ),
        ];
      }),
    );
  }, 120_000);

  it.each(UPTAKE_STEP_LOCALITIES)(
    '%s: improvement after the step, and its latest quarter reads "improvement"',
    (code) => {
      const reading = readings.get(code)!;
      expect(reading).not.toBeNull();
      expect(reading.signals.slice(STEP_QUARTER)).toContain('improvement');
      expect(reading.variation).toBe('improvement');
    },
  );

  it('leaves some other localities with common-cause variation only', () => {
    const quiet = LOCALITY_CODES.filter((code) => readings.get(code)!.signals.every((s) => s === null));
    expect(quiet.length).toBeGreaterThan(0);
    expect(quiet.filter((code) => UPTAKE_STEP_LOCALITIES.includes(code))).toEqual([]);
  });
});
