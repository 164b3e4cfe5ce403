import { describe, expect, it } from 'vitest';
import { FIGURE_CSV_COLUMNS, figureCsvCells } from './measure-cells';
import { shown } from './testing';

// Wilson limits worked by hand from (p + z²/2n ± z·√(p(1−p)/n + z²/4n²)) / (1 + z²/n), z = 1.959964 and 3.090232.
describe('a disclosed figure as CSV cells', () => {
  it('writes counts, the share and both Wilson intervals of the counts as written', () => {
    const cells = figureCsvCells('M3', shown(15, 20, 0.75), true);
    expect(cells).toEqual([true, 15, 20, 0.75, 0.531299, 0.888138, 0.410128, 0.928286]);
    expect(FIGURE_CSV_COLUMNS).toHaveLength(8);
  });

  it('writes a hidden figure as * with no interval, and no interval for a zero denominator', () => {
    expect(figureCsvCells('M3', shown('*', 40, '*'), true)).toEqual([true, '*', 40, '*', null, null, null, null]);
    expect(figureCsvCells('M4', shown(0, 0, null), true)).toEqual([true, 0, 0, null, null, null, null, null]);
  });

  it('gives a measure that is not a share (M7, a mean score) no interval', () => {
    expect(figureCsvCells('M7', shown(11, 5, 2.2), false)).toEqual([false, 11, 5, 2.2, null, null, null, null]);
  });
});
