import { describe, expect, it } from 'vitest';
import { exportedCount, exportedFigure } from './figures';

describe('figures as a CSV file holds them (every export under the rule)', () => {
  it("rounds the own locality's exact figures and recomputes the share from them", () => {
    // M4 74/77 on the dean's screen; the file says 75/75 = 100%, so the 3 withdrawals stay hidden.
    expect(exportedFigure('M4', { numerator: 74, denominator: 77, value: 0.961 })).toEqual({
      numerator: 75,
      denominator: 75,
      value: 1,
    });
    expect(exportedFigure('M3', { numerator: 5, denominator: 40, value: 0.125 })).toEqual({
      numerator: '*',
      denominator: 40,
      value: '*',
    });
    expect(exportedCount(13)).toBe(15);
  });

  it('leaves figures the server has already disclosed, and counts that are not people, as they are', () => {
    expect(exportedFigure('M3', { numerator: '*', denominator: 40, value: '*' })).toEqual({
      numerator: '*',
      denominator: 40,
      value: '*',
    });
    expect(exportedFigure('M1', { numerator: 15, denominator: 20, value: 0.75 })).toEqual({
      numerator: 15,
      denominator: 20,
      value: 0.75,
    });
    expect(exportedFigure('M8', { numerator: 7, denominator: 7, value: 1 })).toEqual({
      numerator: 7,
      denominator: 7,
      value: 1,
    });
    expect(exportedCount('*')).toBe('*');
  });
});
