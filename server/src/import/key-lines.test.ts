import { describe, expect, it } from 'vitest';
import { KeyLines } from './key-lines';

describe('KeyLines', () => {
  it('returns the recorded line of a key and nothing for an unseen one', () => {
    const keys = new KeyLines();
    keys.set('PL1', 2);
    keys.set('PL10', 3);
    expect(keys.get('PL1')).toBe(2);
    expect(keys.get('PL10')).toBe(3);
    // A prefix, an extension and a different case are other keys.
    expect(keys.get('PL')).toBeUndefined();
    expect(keys.get('PL100')).toBeUndefined();
    expect(keys.get('pl1')).toBeUndefined();
  });

  it('tells apart composite and non-ASCII keys byte for byte', () => {
    const keys = new KeyLines();
    keys.set('7000001\u0000NE-1-A', 5);
    keys.set('Zoë', 6);
    expect(keys.get('7000001\u0000NE-1-A')).toBe(5);
    expect(keys.get('7000001\u0000NE-1-B')).toBeUndefined();
    expect(keys.get('7000001NE-1-A')).toBeUndefined();
    expect(keys.get('Zoë')).toBe(6);
    expect(keys.get('Zoe')).toBeUndefined();
  });

  it('keeps every key through growth of its buffer and table', () => {
    const keys = new KeyLines();
    const keyOf = (i: number) => `key-${i}-${'x'.repeat(i % 50)}`;
    for (let i = 0; i < 50_000; i++) keys.set(keyOf(i), i + 2);
    expect(keys.get(keyOf(0))).toBe(2);
    expect(keys.get(keyOf(12_345))).toBe(12_347);
    expect(keys.get(keyOf(49_999))).toBe(50_001);
    expect(keys.get(keyOf(50_000))).toBeUndefined();
    let found = 0;
    for (let i = 0; i < 50_000; i++) if (keys.get(keyOf(i)) === i + 2) found++;
    expect(found).toBe(50_000);
  });
});
