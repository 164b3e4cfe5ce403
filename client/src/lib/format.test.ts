import { describe, expect, it } from 'vitest';
import { formatMeasureValue } from './format';

describe('formatMeasureValue', () => {
  it('writes proportions as percentages with one decimal', () => {
    expect(formatMeasureValue('proportion', 0.8104)).toBe('81.0%');
    expect(formatMeasureValue('proportion', 2 / 3)).toBe('66.7%');
  });
  it('writes the floor as stages out of three and scores out of three', () => {
    expect(formatMeasureValue('stages', 2 / 3, 2)).toBe('2 of 3 stages');
    expect(formatMeasureValue('stages', 27 / 39, 27, 39)).toBe('27 of 39 stages');
    expect(formatMeasureValue('score', 1.875)).toBe('1.9 of 3');
  });
  it('says "no data" for a zero denominator instead of 0%', () => {
    expect(formatMeasureValue('proportion', null)).toBe('no data');
  });
});
