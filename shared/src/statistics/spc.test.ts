import { describe, expect, it } from 'vitest';
import { readSpc, type SpcSide } from './spc';

/** The flagged points of a reading as { index: side }, for compact expectations. */
function flagged(sides: readonly (SpcSide | null)[]): Record<number, SpcSide> {
  return Object.fromEntries(sides.flatMap((side, i) => (side === null ? [] : [[i, side]])));
}

// Every series below was worked by hand: the mean, the mean moving range mR̄, the process limits
// x̄ ± 2.66·mR̄ and the two-sigma lines x̄ ± (2/3)·2.66·mR̄ are given beside it, and each series is
// built so that exactly one rule (or the stated pair) can fire.

// 4 and 6 alternate around the mean, with one 16. Sum 76, x̄ = 76/13 = 5.8462; moving ranges: ten of
// 2 and two of 10, mR̄ = 40/12 = 3.3333; limits 5.8462 ± 8.8667 = −3.0205 … 14.7128; two-sigma 11.7573.
const BEYOND_LIMIT = [4, 6, 4, 6, 4, 6, 16, 6, 4, 6, 4, 6, 4];

describe('XmR chart', () => {
  it('computes the mean and the process limits, unclamped', () => {
    const reading = readSpc(BEYOND_LIMIT, 'higher', null)!;
    expect(reading.mean).toBeCloseTo(76 / 13, 12);
    expect(reading.upperProcessLimit).toBeCloseTo(76 / 13 + (2.66 * 40) / 12, 12);
    expect(reading.lowerProcessLimit).toBeCloseTo(76 / 13 - (2.66 * 40) / 12, 12);
    expect(reading.lowerProcessLimit).toBeLessThan(0);
    expect(reading.upperTwoSigma).toBeCloseTo(76 / 13 + ((2 / 3) * 2.66 * 40) / 12, 12);
  });

  it('draws no XmR chart below 13 points (a run chart only)', () => {
    expect(readSpc(BEYOND_LIMIT.slice(0, 12), 'higher', null)).toBeNull();
    expect(readSpc(BEYOND_LIMIT, 'higher', null)).not.toBeNull();
  });
});

describe('rule 1: a point beyond a process limit', () => {
  it('flags the 16 above the upper limit, and nothing else', () => {
    const reading = readSpc(BEYOND_LIMIT, 'higher', null)!;
    expect(flagged(reading.sides)).toEqual({ 6: 'high' });
    expect(reading.signals[6]).toBe('improvement');
    expect(reading.variation).toBe('common cause');
  });

  it('flags a point below the lower limit as a concern (the mirror image)', () => {
    const reading = readSpc(
      BEYOND_LIMIT.map((v) => 10 - v),
      'higher',
      null,
    )!;
    expect(flagged(reading.sides)).toEqual({ 6: 'low' });
    expect(reading.signals[6]).toBe('concern');
  });
});

describe('rule 2: a shift', () => {
  it('flags a run of exactly 6 points above the mean, every point of it', () => {
    // x̄ = 71/13 = 5.4615; limits −4.7351 … 15.6582; two-sigma −1.3362 … 12.2593.
    const reading = readSpc([6, 7, 6, 7, 6, 7, 2, 8, 2, 8, 2, 8, 2], 'higher', null)!;
    expect(flagged(reading.sides)).toEqual({ 0: 'high', 1: 'high', 2: 'high', 3: 'high', 4: 'high', 5: 'high' });
  });

  it('does not flag a run of 5', () => {
    // x̄ = 72/13 = 5.5385; limits −5.5449 … 16.6218.
    const reading = readSpc([6, 7, 6, 7, 6, 2, 8, 2, 8, 2, 8, 2, 8], 'higher', null)!;
    expect(flagged(reading.sides)).toEqual({});
  });

  it('ends a run at a point on the mean', () => {
    // x̄ = 65/13 = 5 exactly; the 5 at index 3 splits seven points into runs of 3 and 3.
    const reading = readSpc([6, 7, 6, 5, 7, 6, 7, 2, 8, 2, 8, 1, 0], 'higher', null)!;
    expect(reading.mean).toBe(5);
    expect(flagged(reading.sides)).toEqual({});
  });

  it('makes the variation that of the last point', () => {
    // The shift series reversed: the run of 6 above the mean is at the end.
    const series = [2, 8, 2, 8, 2, 8, 2, 7, 6, 7, 6, 7, 6];
    expect(readSpc(series, 'higher', null)!.variation).toBe('improvement');
    expect(readSpc(series, 'lower', null)!.variation).toBe('concern');
  });
});

describe('rule 3: a trend', () => {
  it('flags exactly 6 rising points (5 rises), every point of it, as high', () => {
    // x̄ = 52/13 = 4; limits −4.2017 … 12.2017; 1, 2, 3 are only 3 points below the mean.
    const reading = readSpc([1, 2, 3, 4, 5, 6, 2, 7, 2, 7, 2, 7, 4], 'higher', null)!;
    expect(flagged(reading.sides)).toEqual({ 0: 'high', 1: 'high', 2: 'high', 3: 'high', 4: 'high', 5: 'high' });
    expect(reading.signals[0]).toBe('improvement');
  });

  it('does not flag 5 rising points', () => {
    // x̄ = 53/13 = 4.0769; limits −4.5681 … 12.7219.
    const reading = readSpc([2, 3, 4, 5, 6, 1, 7, 2, 7, 2, 7, 4, 3], 'higher', null)!;
    expect(flagged(reading.sides)).toEqual({});
  });
});

describe('rule 4: two of three beyond the two-sigma line', () => {
  it('flags the two points beyond the line, one of them beyond the process limit too', () => {
    // 19 points: x̄ = 113/19 = 5.9474; mR̄ = 60/18 = 3.3333; upper limit 14.8140; two-sigma 11.8585.
    // In [12, 6, 15] all three are above the mean, 12 is beyond two sigma and 15 beyond the limit.
    const series = [4, 6, 4, 6, 4, 6, 4, 6, 12, 6, 15, 4, 6, 4, 6, 4, 6, 4, 6];
    const reading = readSpc(series, 'higher', null)!;
    expect(reading.upperTwoSigma).toBeCloseTo(113 / 19 + ((2 / 3) * 2.66 * 60) / 18, 12);
    expect(flagged(reading.sides)).toEqual({ 8: 'high', 10: 'high' });
  });

  it('needs all three points on the side of the mean', () => {
    // Same as above but the middle 6 becomes 5.5, below x̄ = 112.5/19 = 5.9211 (two-sigma 11.9310):
    // 12 is still beyond the line, but no window of three lies wholly above the mean.
    const series = [4, 6, 4, 6, 4, 6, 4, 6, 12, 5.5, 15, 4, 6, 4, 6, 4, 6, 4, 6];
    const reading = readSpc(series, 'higher', null)!;
    expect(reading.upperTwoSigma).toBeCloseTo(112.5 / 19 + ((2 / 3) * 2.66 * 61) / 18, 12);
    expect(reading.sides[8]).toBeNull();
    expect(reading.sides[10]).toBe('high');
  });
});

describe('rule precedence', () => {
  it('lets a shift above the mean (rule 2) decide over a falling trend (rule 3) on the same points', () => {
    // 12 … 7 fall for 6 points, all above x̄ = 85/13 = 6.5385; mR̄ = 58/12; limits −6.3182 … 19.3951.
    const reading = readSpc([1, 8, 1, 8, 1, 8, 1, 12, 11, 10, 9, 8, 7], 'higher', null)!;
    expect(reading.upperProcessLimit).toBeCloseTo(85 / 13 + (2.66 * 58) / 12, 12);
    expect(flagged(reading.sides)).toEqual({ 7: 'high', 8: 'high', 9: 'high', 10: 'high', 11: 'high', 12: 'high' });
    expect(reading.variation).toBe('improvement');
  });

  it('lets rule 1 decide over a rising trend (rule 3) for a point below the lower limit', () => {
    // x̄ = 41/13 = 3.1538; mR̄ = 60/12 = 5; lower limit −10.1462; −12 starts a rise of 6 points.
    const series = [2, 6, 2, 6, 2, 6, -12, 3, 4, 5, 6, 7, 4];
    const reading = readSpc(series, 'higher', null)!;
    expect(reading.lowerProcessLimit).toBeCloseTo(41 / 13 - 2.66 * 5, 12);
    expect(flagged(reading.sides)).toEqual({ 6: 'low', 7: 'high', 8: 'high', 9: 'high', 10: 'high', 11: 'high' });
  });
});

describe('assurance', () => {
  // BEYOND_LIMIT's limits are −3.0205 … 14.7128.
  it.each([
    [-5, 'pass'],
    [20, 'fail'],
    [5, 'hit or miss'],
    [null, null],
  ] as const)('target %s gives %s when higher is better', (target, assurance) => {
    expect(readSpc(BEYOND_LIMIT, 'higher', target)!.assurance).toBe(assurance);
  });

  it('turns round when lower is better', () => {
    expect(readSpc(BEYOND_LIMIT, 'lower', 20)!.assurance).toBe('pass');
    expect(readSpc(BEYOND_LIMIT, 'lower', -5)!.assurance).toBe('fail');
  });

  it('passes with the target exactly on the lower limit (target ≤ lower limit)', () => {
    // x̄ = 5, mR̄ = 38/12 from the point-on-the-mean series; a target at the limit is met by every expected value.
    const series = [6, 7, 6, 5, 7, 6, 7, 2, 8, 2, 8, 1, 0];
    const lower = readSpc(series, 'higher', null)!.lowerProcessLimit;
    expect(lower).toBeCloseTo(5 - (2.66 * 38) / 12, 12);
    expect(readSpc(series, 'higher', lower)!.assurance).toBe('pass');
  });
});
