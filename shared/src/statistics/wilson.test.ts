import { describe, expect, it } from 'vitest';
import { Z95, Z998 } from './confidence';
import { compareWithEngland, wilsonInterval } from './wilson';

// Expected values from the textbook form (p + z²/2n ± z·√(p(1 − p)/n + z²/4n²)) / (1 + z²/n),
// computed in Python — a different algebraic form from the one under test.
describe('Wilson score interval', () => {
  it('at r = 0 starts at 0 and ends at z² / (n + z²)', () => {
    const [lower, upper] = wilsonInterval(0, 10, Z95)!;
    expect(lower).toBeCloseTo(0, 12);
    // 3.841459 / 13.841459
    expect(upper).toBeCloseTo(0.2775328030260577, 12);
    expect(wilsonInterval(0, 10, Z998)![1]).toBeCloseTo(0.4884788509417686, 12);
  });

  it('at r = n starts at n / (n + z²) and ends at 1', () => {
    const [lower, upper] = wilsonInterval(10, 10, Z95)!;
    expect(lower).toBeCloseTo(0.7224671969739421, 12);
    expect(upper).toBeCloseTo(1, 12);
    expect(wilsonInterval(10, 10, Z998)![0]).toBeCloseTo(0.5115211490582314, 12);
  });

  it.each([
    [30, 100, Z95, 0.21894885238515713, 0.39584854712244144],
    [30, 100, Z998, 0.18101628115217785, 0.453852087452852],
    [1441, 6299, Z95, 0.21856069682196863, 0.2393028680016197],
    [1441, 6299, Z998, 0.21282950643340573, 0.24552459197148419],
  ])('r = %i, n = %i, z = %f', (r, n, z, lower, upper) => {
    const interval = wilsonInterval(r, n, z)!;
    expect(interval[0]).toBeCloseTo(lower, 12);
    expect(interval[1]).toBeCloseTo(upper, 12);
  });

  it('has no interval without a denominator', () => {
    expect(wilsonInterval(0, 0, Z95)).toBeNull();
  });

  it('is exactly [.., 1] at r = n and exactly [0, ..] at r = 0, for every n (no rounding drift)', () => {
    for (const z of [Z95, Z998]) {
      for (let n = 1; n <= 1000; n++) {
        expect(wilsonInterval(n, n, z)![1]).toBe(1);
        expect(wilsonInterval(0, n, z)![0]).toBe(0);
      }
    }
  });
});

describe('compared with England', () => {
  it('is better wholly above, worse wholly below, similar when the interval contains or touches England', () => {
    expect(compareWithEngland([0.22, 0.24], 0.21)).toBe('better');
    expect(compareWithEngland([0.22, 0.24], 0.25)).toBe('worse');
    expect(compareWithEngland([0.22, 0.24], 0.23)).toBe('similar');
    expect(compareWithEngland([0.22, 0.24], 0.22)).toBe('similar');
    expect(compareWithEngland([0.22, 0.24], 0.24)).toBe('similar');
  });

  it('depends on the level: 30 of 100 against 0.2 is better at 95% and similar at 99.8%', () => {
    expect(compareWithEngland(wilsonInterval(30, 100, Z95), 0.2)).toBe('better');
    expect(compareWithEngland(wilsonInterval(30, 100, Z998), 0.2)).toBe('similar');
  });

  it('judges 100% against a 100% England, and 0% against a 0% England, similar', () => {
    // 176 of 176 at 95%: the closed form's upper bound is 0.9999999999999999 in floating point.
    expect(compareWithEngland(wilsonInterval(176, 176, Z95), 1)).toBe('similar');
    expect(compareWithEngland(wilsonInterval(0, 176, Z95), 0)).toBe('similar');
  });

  it('is not compared without a denominator or without England', () => {
    expect(compareWithEngland(wilsonInterval(0, 0, Z95), 0.2)).toBe('not compared');
    expect(compareWithEngland([0.1, 0.2], null)).toBe('not compared');
  });
});
