import { describe, expect, it } from 'vitest';
import { THIRTEEN_LOCALITIES } from '../testing';
import { readFunnel } from './funnel';

const counts = (pairs: [number, number][]) => pairs.map(([numerator, denominator]) => ({ numerator, denominator }));

// The 13 localities, the 11th with 380 of 2,540 (not 455), and one without data. Expected values from an
// independent Python implementation (scipy.stats.binom for the exact limits, §12.2 written out for φ, τ² and the
// widened limits).
const LOCALITIES = [
  ...THIRTEEN_LOCALITIES.with(10, { numerator: 380, denominator: 2540 }),
  { numerator: 0, denominator: 0 },
];

describe('funnel reading', () => {
  const reading = readFunnel(LOCALITIES);

  it('centres on the pooled proportion and tests overdispersion over the points with data', () => {
    expect(reading.centre).toBeCloseTo(0.22646834477498093, 12);
    expect(reading.k).toBe(13);
    expect(reading.phi).toBeCloseTo(6.374629278169414, 9);
    expect(reading.tau2).toBeCloseTo(0.00036930222918382254, 12);
  });

  it('gives exact and widened limits for each point', () => {
    const nw = reading.points[0]!;
    expect(nw.exact!.upper998).toBeCloseTo(0.24280864026520693, 9);
    expect(nw.adjusted!.upper998).toBeCloseTo(0.28078045162820753, 12);
  });

  it('flags against the widened limits: 4 exact outliers (3 low, 1 high) become 1 (low)', () => {
    // From the Python reference: exactly outside are indices 4, 7, 10 (low) and 5 (high).
    expect(reading.points.map((p) => p.exactFlag)).toEqual([
      null,
      null,
      null,
      null,
      'low',
      'high',
      null,
      'low',
      null,
      null,
      'low',
      null,
      null,
      null,
    ]);
    expect(reading.points.map((p) => p.flag)).toEqual([...Array(10).fill(null), 'low', null, null, null]);
  });

  it('lists a point without a denominator with no limits and no flag', () => {
    expect(reading.points[13]).toEqual({ exact: null, adjusted: null, flag: null, exactFlag: null });
  });

  it('keeps exact limits when winsorising leaves no overdispersion (τ² = 0)', () => {
    // Twelve of 50/100 and one of 90/100: the one extreme z is pulled in to the others, φ = 0.379 < 12/13.
    const funnel = readFunnel(counts([...Array.from({ length: 12 }, (): [number, number] => [50, 100]), [90, 100]]));
    expect(funnel.centre).toBeCloseTo(690 / 1300, 12);
    expect(funnel.phi).toBeCloseTo(0.3791772338717519, 9);
    expect(funnel.tau2).toBe(0);
    expect(funnel.points[12]!.adjusted).toBeNull();
    expect(funnel.points[12]!.exact!.upper998).toBeCloseTo(0.6784564685051622, 9);
    expect(funnel.points[12]!.flag).toBe('high');
    expect(funnel.points[0]!.flag).toBeNull();
  });

  it('has no centre when no point has a denominator', () => {
    expect(readFunnel(counts([[0, 0]]))).toEqual({
      centre: null,
      k: 0,
      phi: null,
      tau2: null,
      points: [{ exact: null, adjusted: null, flag: null, exactFlag: null }],
    });
  });
});
