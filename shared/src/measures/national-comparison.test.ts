import { describe, expect, it } from 'vitest';
import { LOCALITY_CODES, MEASURE_CODES } from '../reference/index';
import type { LocalityMeasures, MeasureSet } from './analyse-period';
import { buildFunnels, poolEngland, poolRegions } from './national-comparison';
import { toMeasureValue } from './ratio';

/** Every measure of a locality set to numerator / denominator. */
function localityWith(code: string, numerator: number, denominator: number): LocalityMeasures {
  const measures = Object.fromEntries(
    MEASURE_CODES.map((m) => [m, toMeasureValue(numerator, denominator)]),
  ) as MeasureSet;
  return { code, traineesInPost: denominator, measures };
}

// 12 localities at 50/100 and South West at 90/100.
const localities = LOCALITY_CODES.map((code) =>
  code === 'SW' ? localityWith(code, 90, 100) : localityWith(code, 50, 100),
);

describe('national comparison', () => {
  it('pools England from numerators and denominators', () => {
    const england = poolEngland(localities);
    expect(england.traineesInPost).toBe(1300);
    expect(england.measures.M3).toEqual({ numerator: 690, denominator: 1300, value: 0.5308 });
  });

  it('pools each region from its own localities', () => {
    const regions = poolRegions([...localities.slice(0, 12), localityWith('SW', 0, 0)]);
    expect(regions.map((r) => r.code)).toEqual(['NEY', 'NW', 'MID', 'EOE', 'LON', 'SE', 'SW']);
    expect(regions.find((r) => r.code === 'LON')?.measures.M1).toEqual({
      numerator: 150,
      denominator: 300,
      value: 0.5,
    });
    expect(regions.find((r) => r.code === 'SW')?.measures.M1).toEqual({ numerator: 0, denominator: 0, value: null });
  });

  it('draws funnels for proportion measures only and flags the outlier', () => {
    const funnels = buildFunnels(localities);
    expect(funnels.map((f) => f.measureCode)).toEqual(['M1', 'M1.1', 'M1.2', 'M1.3', 'M3', 'M4', 'M5', 'M6', 'M8']);
    const m1 = funnels[0]!;
    expect(m1.centre).toBeCloseTo(690 / 1300, 12);
    expect(m1.points.find((p) => p.localityCode === 'SW')?.flag).toBe('high');
    // 50/100 against θ = 0.5308: inside the 99.8% limits (about 0.38 to 0.68 at n = 100).
    expect(m1.points.find((p) => p.localityCode === 'NE')?.flag).toBeNull();
    expect(m1.curve.at(-1)?.denominator).toBe(110);
  });

  it('runs the limit curves from the largest denominator as shown, so their end does not give an exact count back', () => {
    // 98 to 102 are all shown as 100 outside their locality: the curves end at 110 for each.
    for (const largest of [98, 102]) {
      const funnels = buildFunnels(LOCALITY_CODES.map((code) => localityWith(code, 50, code === 'NE' ? largest : 60)));
      expect(funnels[0]!.curve.at(-1)?.denominator).toBe(110);
    }
  });
});
