import { describe, expect, it } from 'vitest';
import { discloseCount, discloseMeasure, discloseMeasureSet, judgementShown, shareOf } from './disclosure';
import { figures, shown } from './testing';

const EDGES = [0, 1, 7, 8, 12, 13, 14, 15, 17, 18];

describe('disclosure control (PRODUCT.md §4)', () => {
  it('below England level: 0 stays 0, 1 to 7 are *, the rest round to the nearest 5 (halves up)', () => {
    // 8 → 10 (8/5 = 1.6), 12 → 10 (2.4), 13 → 15 (2.6), 14 → 15, 17 → 15 (3.4), 18 → 20 (3.6).
    expect(EDGES.map((n) => discloseCount(n, 'below-england'))).toEqual([0, '*', '*', 10, 10, 15, 15, 15, 15, 20]);
  });

  it('England: exact except * for 1 to 7', () => {
    expect(EDGES.map((n) => discloseCount(n, 'england'))).toEqual([0, '*', '*', 8, 12, 13, 14, 15, 17, 18]);
  });

  it("the viewer's own locality: exact", () => {
    expect(EDGES.map((n) => discloseCount(n, 'exact'))).toEqual(EDGES);
  });

  it('refuses what is not a count (a share passed by mistake would otherwise be "rounded")', () => {
    expect(() => discloseCount(0.5, 'below-england')).toThrow(RangeError);
    expect(() => discloseCount(-1, 'england')).toThrow(RangeError);
  });

  it('computes a share from the rounded figures, * when either is *', () => {
    // M4 74/77 (3 withdrawals) → 75/75: the shown counts no longer give the 3 back.
    expect(discloseMeasure('M4', figures(74, 77, 0.961), 'below-england')).toEqual(shown(75, 75, 1));
    // 12/18 → 10/20 = 0.5 (not the exact 0.6667).
    expect(discloseMeasure('M3', figures(12, 18, 0.6667), 'below-england')).toEqual(shown(10, 20, 0.5));
    // 13/17 → 15/15 = 1.
    expect(discloseMeasure('M1', figures(13, 17, 0.7647), 'below-england').value).toBe(1);
    expect(discloseMeasure('M6', figures(3, 40, 0.075), 'below-england')).toEqual(shown('*', 40, '*'));
    expect(discloseMeasure('M6', figures(0, 6, 0), 'below-england')).toEqual(shown(0, '*', '*'));
    expect(discloseMeasure('M3', figures(0, 0, null), 'below-england')).toEqual(shown(0, 0, null));
    // England: exact figures, exact share; 8/9 → 0.8889.
    expect(discloseMeasure('M3', figures(8, 9, 0.8889), 'england')).toEqual(shown(8, 9, 0.8889));
    expect(shareOf(10, 15)).toBe(0.6667);
    expect(shareOf('*', 15)).toBe('*');
  });

  it('M5: the fill is a people count, its places are not; M2, M7 and M8 are never hidden or rounded', () => {
    expect(discloseMeasure('M5', figures(27, 27, 1), 'below-england')).toEqual(shown(25, 27, 0.9259));
    expect(discloseMeasure('M5', figures(4, 30, 0.1333), 'below-england')).toEqual(shown('*', 30, '*'));
    const notPeople = {
      M2: figures(2, 3, 0.6667),
      M7: figures(41, 24, 1.7083),
      M8: figures(7, 7, 1),
    };
    expect(discloseMeasureSet(notPeople, 'below-england')).toEqual(notPeople);
    expect(discloseMeasureSet(notPeople, 'england')).toEqual(notPeople);
  });

  it('a judgement on a hidden figure is "not compared"', () => {
    expect(judgementShown('better', shown('*', 40, '*'))).toBe('not compared');
    expect(judgementShown('worse', shown(10, 40, 0.25))).toBe('worse');
  });
});
