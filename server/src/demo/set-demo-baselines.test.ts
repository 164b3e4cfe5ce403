import { describe, expect, it } from 'vitest';
import { demoTarget } from './set-demo-baselines';

describe('demoTarget', () => {
  it('stretches a share by 15 points, capped at 95%', () => {
    expect(demoTarget('M3', 0.5)).toBe(0.65);
    expect(demoTarget('M3', 0.9)).toBe(0.95);
  });
  it('never sits below the baseline', () => {
    // The case: a baseline of 100% once got a target of 95%.
    expect(demoTarget('M3', 1)).toBe(1);
    expect(demoTarget('M6', 0.97)).toBe(0.97);
    // A self-assessment already beyond "established" keeps its own level as the target.
    expect(demoTarget('M7', 2.4)).toBe(2.4);
    expect(demoTarget('M7', 1.5)).toBe(2);
  });
});
