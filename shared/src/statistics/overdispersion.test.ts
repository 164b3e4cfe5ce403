import { describe, expect, it } from 'vitest';
import { THIRTEEN_LOCALITIES } from '../testing';
import { assessOverdispersion, computeAdjustedLimits, winsorise } from './overdispersion';

describe('winsorising', () => {
  it('pulls in one value at each end of 13 (m = 1)', () => {
    const values = [5, -3, 0, 1, 2, 9, -1, 0.5, 3, -2, 4, 1.5, -0.5];
    expect(winsorise(values)).toEqual([-2, -2, -1, -0.5, 0, 0.5, 1, 1.5, 2, 3, 4, 5, 5]);
  });

  it('leaves 7 values as they are (m = 0)', () => {
    expect(winsorise([3, -9, 1, 0, 2, 8, -1])).toEqual([-9, -1, 0, 1, 2, 3, 8]);
  });

  it('starts pulling in at 10 values', () => {
    expect(winsorise([1, 2, 3, 4, 5, 6, 7, 8, 9]).at(-1)).toBe(9);
    expect(winsorise([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toEqual([2, 2, 3, 4, 5, 6, 7, 8, 9, 9]);
  });
});

// Expected φ, τ² and limits from an independent Python implementation of Spiegelhalter (2005) written from §12.2.
const LOCALITIES = THIRTEEN_LOCALITIES;
const THETA = 0.2278985507246377;

describe('overdispersion (Spiegelhalter 2005)', () => {
  it('gives φ and τ² for 13 localities, winsorised with m = 1', () => {
    const result = assessOverdispersion(LOCALITIES, THETA)!;
    expect(result.k).toBe(13);
    expect(result.phi).toBeCloseTo(6.405901120761255, 9);
    expect(result.tau2).toBeCloseTo(0.0003714206645262006, 12);
  });

  it('gives φ and τ² for 7 regions without winsorising (m = 0)', () => {
    const regions = [
      [300, 1000],
      [260, 1000],
      [350, 1200],
      [90, 400],
      [510, 1500],
      [120, 500],
      [700, 2000],
    ].map(([numerator, denominator]) => ({ numerator: numerator!, denominator: denominator! }));
    const result = assessOverdispersion(regions, 0.30657894736842106)!;
    expect(result.k).toBe(7);
    expect(result.phi).toBeCloseTo(8.838629458210907, 9);
    expect(result.tau2).toBeCloseTo(0.0022273137178809286, 12);
  });

  it('leaves out points without a denominator and finds τ² = 0 when every point sits on the centre', () => {
    const result = assessOverdispersion(
      [
        { numerator: 10, denominator: 40 },
        { numerator: 0, denominator: 0 },
        { numerator: 25, denominator: 100 },
      ],
      0.25,
    )!;
    expect(result).toEqual({ k: 2, phi: 0, tau2: 0 });
    expect(assessOverdispersion([{ numerator: 0, denominator: 0 }], 0.25)).toBeNull();
  });

  it('widens the limits on the arcsine scale', () => {
    const tau2 = 0.0003714206645262006;
    const small = computeAdjustedLimits(THETA, 2011, tau2);
    expect(small.lower998).toBeCloseTo(0.17292901200877211, 12);
    expect(small.lower95).toBeCloseTo(0.1923697016460736, 12);
    expect(small.upper95).toBeCloseTo(0.26549879327393777, 12);
    expect(small.upper998).toBeCloseTo(0.28801253828116846, 12);
    const large = computeAdjustedLimits(THETA, 6299, tau2);
    expect(large.lower998).toBeCloseTo(0.1776033691054251, 12);
    expect(large.upper998).toBeCloseTo(0.2824611202963879, 12);
  });

  it('clamps to [0, π/2] before mapping back, so limits stay within 0 and 1', () => {
    expect(computeAdjustedLimits(0.01, 1, 0.5).lower998).toBe(0);
    expect(computeAdjustedLimits(0.99, 1, 0.5).upper998).toBe(1);
  });
});
