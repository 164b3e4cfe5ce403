import { describe, expect, it } from 'vitest';
import { discloseCount, discloseFigures, isDisclosive } from './disclosure';

describe('disclosure control', () => {
  it('suppresses counts 1 to 7 and nothing else', () => {
    expect([0, 1, 7, 8, 120].map(discloseCount)).toEqual([0, '*', '*', 8, 120]);
    expect(isDisclosive(0)).toBe(false);
  });

  it('suppresses a share built from a small numerator or denominator', () => {
    expect(discloseFigures({ numerator: 3, denominator: 40, value: 0.075 })).toEqual({
      numerator: '*',
      denominator: 40,
      value: '*',
    });
    expect(discloseFigures({ numerator: 5, denominator: 5, value: 1 })).toEqual({
      numerator: '*',
      denominator: '*',
      value: '*',
    });
    expect(discloseFigures({ numerator: 0, denominator: 6, value: 0 })).toEqual({
      numerator: 0,
      denominator: '*',
      value: '*',
    });
  });

  it('leaves figures of 8 or more, zeros and no-data alone', () => {
    expect(discloseFigures({ numerator: 8, denominator: 20, value: 0.4 })).toEqual({
      numerator: 8,
      denominator: 20,
      value: 0.4,
    });
    expect(discloseFigures({ numerator: 0, denominator: 0, value: null })).toEqual({
      numerator: 0,
      denominator: 0,
      value: null,
    });
  });
});
