import { figures, shown } from '@ldm/shared/testing';
import { describe, expect, it } from 'vitest';
import { exportedCount, exportedFigure, exportedFigureCells } from './figures';

describe('figures as a CSV file holds them (every export under the rule)', () => {
  it("rounds the own locality's exact figures and recomputes the share from them", () => {
    // M4 74/77 on the dean's screen; the file says 75/75 = 100%, so the 3 withdrawals stay hidden.
    expect(exportedFigure('M4', shown(74, 77, 0.961))).toEqual(shown(75, 75, 1));
    expect(exportedFigure('M3', shown(5, 40, 0.125))).toEqual(shown('*', 40, '*'));
    expect(exportedCount(13)).toBe(15);
  });

  it('leaves figures the server has already disclosed, and counts that are not people, as they are', () => {
    expect(exportedFigure('M3', shown('*', 40, '*'))).toEqual(shown('*', 40, '*'));
    expect(exportedFigure('M1', shown(15, 20, 0.75))).toEqual(shown(15, 20, 0.75));
    expect(exportedFigure('M8', shown(7, 7, 1))).toEqual(shown(7, 7, 1));
    expect(exportedCount('*')).toBe('*');
  });

  // A file's cells: rounded or not, numerator, denominator, share, then the 95% and 99.8% Wilson limits.
  // 15 of 20's limits worked by hand (z = 1.959964 and 3.090232); a hidden share has none.
  const HIDDEN_OF_40 = ['*', 40, '*', null, null, null, null];

  it("writes an own locality's exact figure as rounded data: 13 of 20 becomes 15 of 20 = 0.75", () => {
    const rounded = exportedFigureCells('M3', figures(13, 20, 0.65));
    expect(rounded).toEqual([true, 15, 20, 0.75, 0.531299, 0.888138, 0.410128, 0.928286]);
    // 5 participations are hidden, so the share and its intervals are too.
    expect(exportedFigureCells('M3', figures(5, 40, 0.125))).toEqual([true, ...HIDDEN_OF_40]);
  });

  it("writes England's row exact but for a count of 1 to 7", () => {
    // 13 of 20's limits, worked by hand as above.
    const exact = exportedFigureCells('M3', figures(13, 20, 0.65), 'england');
    expect(exact).toEqual([false, 13, 20, 0.65, 0.432854, 0.818808, 0.326077, 0.876972]);
    expect(exportedFigureCells('M3', figures(5, 40, 0.125), 'england')).toEqual([false, ...HIDDEN_OF_40]);
  });

  it("rounds the count still shown beside a hidden one when England's figure is written below England", () => {
    // England's 13 trainees beside a hidden numerator: 15 in a file that rounds England's year.
    expect(exportedFigure('M3', shown('*', 13, '*'))).toEqual(shown('*', 15, '*'));
    // M5's denominator is places, not people: never rounded.
    expect(exportedFigure('M5', shown('*', 13, '*'))).toEqual(shown('*', 13, '*'));
  });
});
