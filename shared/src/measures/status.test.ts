import { describe, expect, it } from 'vitest';
import { judgeMeasureStatus } from './status';

describe('measure status', () => {
  it('is met at or beyond the target', () => {
    expect(judgeMeasureStatus({ latest: 0.8, baseline: 0.5, target: 0.8, direction: 'higher' })).toBe('met');
    expect(judgeMeasureStatus({ latest: 0.2, baseline: 0.5, target: 0.3, direction: 'lower' })).toBe('met');
    expect(judgeMeasureStatus({ latest: 0.9, baseline: null, target: 0.8, direction: 'higher' })).toBe('met');
  });

  it('is improving when better than baseline but short of target', () => {
    expect(judgeMeasureStatus({ latest: 0.6, baseline: 0.5, target: 0.8, direction: 'higher' })).toBe('improving');
    expect(judgeMeasureStatus({ latest: 0.4, baseline: 0.5, target: 0.3, direction: 'lower' })).toBe('improving');
    expect(judgeMeasureStatus({ latest: 0.6, baseline: 0.5, target: null, direction: 'higher' })).toBe('improving');
  });

  it('is not improving at or below baseline', () => {
    expect(judgeMeasureStatus({ latest: 0.5, baseline: 0.5, target: 0.8, direction: 'higher' })).toBe('not improving');
    expect(judgeMeasureStatus({ latest: 0.4, baseline: 0.5, target: 0.8, direction: 'higher' })).toBe('not improving');
    expect(judgeMeasureStatus({ latest: 0.6, baseline: 0.5, target: 0.3, direction: 'lower' })).toBe('not improving');
  });

  it('is no data without a latest value, or without a baseline to compare against', () => {
    expect(judgeMeasureStatus({ latest: null, baseline: 0.5, target: 0.8, direction: 'higher' })).toBe('no data');
    expect(judgeMeasureStatus({ latest: 0.6, baseline: null, target: 0.8, direction: 'higher' })).toBe('no data');
  });
});
