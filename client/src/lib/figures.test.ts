import { describe, expect, it } from 'vitest';
import { exportedCount, exportedFigure, exportedFigureCells } from './figures';

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

  // A file's cells: rounded or not, numerator, denominator, share, then the 95% and 99.8% Wilson limits.
  // 15 of 20's limits worked by hand (z = 1.959964 and 3.090232); a hidden share has none.
  const HIDDEN_OF_40 = ['*', 40, '*', null, null, null, null];
  const m3 = (numerator: number, denominator: number) => ({ numerator, denominator, value: numerator / denominator });

  it("writes an own locality's exact figure as rounded data: 13 of 20 becomes 15 of 20 = 0.75", () => {
    expect(exportedFigureCells('M3', m3(13, 20))).toEqual([true, 15, 20, 0.75, 0.531299, 0.888138, 0.410128, 0.928286]);
    // 5 participations are hidden, so the share and its intervals are too.
    expect(exportedFigureCells('M3', m3(5, 40))).toEqual([true, ...HIDDEN_OF_40]);
  });

  it("writes England's row exact but for a count of 1 to 7", () => {
    // 13 of 20's limits, worked by hand as above.
    const exact = exportedFigureCells('M3', m3(13, 20), 'england');
    expect(exact).toEqual([false, 13, 20, 0.65, 0.432854, 0.818808, 0.326077, 0.876972]);
    expect(exportedFigureCells('M3', m3(5, 40), 'england')).toEqual([false, ...HIDDEN_OF_40]);
  });

  it("rounds the count still shown beside a hidden one when England's figure is written below England", () => {
    // England's 13 trainees beside a hidden numerator: 15 in a file that rounds England's year.
    expect(exportedFigure('M3', { numerator: '*', denominator: 13, value: '*' })).toEqual({
      numerator: '*',
      denominator: 15,
      value: '*',
    });
    // M5's denominator is places, not people: never rounded.
    expect(exportedFigure('M5', { numerator: '*', denominator: 13, value: '*' })).toEqual({
      numerator: '*',
      denominator: 13,
      value: '*',
    });
  });
});
