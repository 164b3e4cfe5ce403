import { describe, expect, it } from 'vitest';
import { hasControlCharacter, readBoolean, readChoiceList, readDate, readDecimal, readInteger } from './cell-values';

describe('reading cells', () => {
  it('reads both date formats to ISO and rejects dates that do not exist', () => {
    expect(readDate('2024-02-29')).toEqual({ ok: true, value: '2024-02-29' });
    expect(readDate('07/08/2024')).toEqual({ ok: true, value: '2024-08-07' });
    expect(readDate('2024-13-45')).toEqual({ ok: false, reason: 'is not a date that exists' });
    expect(readDate('31/02/2024')).toEqual({ ok: false, reason: 'is not a date that exists' });
    expect(readDate('2023-02-29').ok).toBe(false);
    expect(readDate('7/8/2024')).toEqual({ ok: false, reason: 'must be a date written YYYY-MM-DD or DD/MM/YYYY' });
    expect(readDate('2024/08/07').ok).toBe(false);
  });

  it('reads yes/no, true/false and 1/0 in any case', () => {
    expect(['yes', 'TRUE', '1', 'Yes'].map((text) => readBoolean(text))).toEqual(Array(4).fill({ ok: true, value: 1 }));
    expect(['no', 'False', '0'].map((text) => readBoolean(text))).toEqual(Array(3).fill({ ok: true, value: 0 }));
    expect(readBoolean('y').ok).toBe(false);
  });

  it('reads a plain decimal (its range is the schema rule)', () => {
    expect(['1', '1.0', '0.6', '0.1', '1.5'].map((text) => readDecimal(text))).toEqual(
      [1, 1, 0.6, 0.1, 1.5].map((value) => ({ ok: true, value })),
    );
    expect(['.5', '1e0', '0,6', '-0.5', 'one'].map((text) => readDecimal(text).ok)).toEqual(Array(5).fill(false));
  });

  it('reads whole numbers within bounds', () => {
    expect(readInteger('3', 1, 3)).toEqual({ ok: true, value: 3 });
    expect(readInteger('4', 1, 3)).toEqual({ ok: false, reason: 'must be a whole number from 1 to 3' });
    expect(readInteger('0', 1)).toEqual({ ok: false, reason: 'must be a whole number of at least 1' });
    expect(readInteger('2.5', 1).ok).toBe(false);
  });

  it('reads ;-separated lists as a sorted set and names unknown items', () => {
    expect(readChoiceList('higher; core;core', ['foundation', 'core', 'higher'])).toEqual({
      ok: true,
      value: ['core', 'higher'],
    });
    expect(readChoiceList('core;senior', ['foundation', 'core', 'higher'])).toEqual({
      ok: false,
      reason: 'must be a ;-separated list of foundation, core, higher (unknown: senior)',
    });
  });

  it('finds control characters but allows tab and line breaks', () => {
    expect(hasControlCharacter('a\u0000b')).toBe(true);
    expect(hasControlCharacter('a\u001Bb')).toBe(true);
    expect(hasControlCharacter('a\tb\r\nc')).toBe(false);
  });
});
