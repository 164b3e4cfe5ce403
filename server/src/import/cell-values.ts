/**
 * Reading one CSV cell as a typed value (PRODUCT.md §6 and §10). Each function returns the value,
 * or a reason string that completes "value "x": …" — so callers report every problem, not the first.
 */
export type CellResult<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const fail = (reason: string): CellResult<never> => ({ ok: false, reason });

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const UK_DATE = /^(\d{2})\/(\d{2})\/(\d{4})$/;

/** `YYYY-MM-DD` or `DD/MM/YYYY`, each cell on its own; a date that does not exist is rejected. */
export function readDate(text: string): CellResult<string> {
  const iso = ISO_DATE.exec(text);
  const uk = iso ? null : UK_DATE.exec(text);
  if (!iso && !uk) return fail('must be a date written YYYY-MM-DD or DD/MM/YYYY');
  const [year, month, day] = iso ? [iso[1]!, iso[2]!, iso[3]!] : [uk![3]!, uk![2]!, uk![1]!];
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  const exists =
    date.getUTCFullYear() === Number(year) &&
    date.getUTCMonth() === Number(month) - 1 &&
    date.getUTCDate() === Number(day);
  return exists ? ok(`${year}-${month}-${day}`) : fail('is not a date that exists');
}

const TRUE_WORDS = new Set(['yes', 'true', '1']);
const FALSE_WORDS = new Set(['no', 'false', '0']);

export function readBoolean(text: string): CellResult<0 | 1> {
  const word = text.toLowerCase();
  if (TRUE_WORDS.has(word)) return ok(1);
  if (FALSE_WORDS.has(word)) return ok(0);
  return fail('must be yes/no, true/false or 1/0');
}

export function readInteger(text: string, min: number, max = Number.MAX_SAFE_INTEGER): CellResult<number> {
  if (!/^-?\d+$/.test(text)) return fail('must be a whole number');
  const value = Number(text);
  if (value < min || value > max) {
    return fail(
      max === Number.MAX_SAFE_INTEGER
        ? `must be a whole number of at least ${min}`
        : `must be a whole number from ${min} to ${max}`,
    );
  }
  return ok(value);
}

/**
 * `1`, `1.0`, `0.6` — a plain decimal with a point, no exponent or thousands separator. Only the
 * form: the range is the entity schema's rule (wte in placementSchema), checked there, not twice.
 */
export function readDecimal(text: string): CellResult<number> {
  return /^\d+(\.\d+)?$/.test(text) ? ok(Number(text)) : fail('must be a decimal number such as 0.6 or 1.0');
}

export function readChoice<T extends string>(text: string, choices: readonly T[]): CellResult<T> {
  return (choices as readonly string[]).includes(text) ? ok(text as T) : fail(`must be one of ${choices.join(', ')}`);
}

/** A `;`-separated list of choices; duplicates collapse, order is not significant. */
export function readChoiceList<T extends string>(text: string, choices: readonly T[]): CellResult<T[]> {
  const items = text
    .split(';')
    .map((item) => item.trim())
    .filter((item) => item !== '');
  const unknown = items.filter((item) => !(choices as readonly string[]).includes(item));
  if (unknown.length > 0)
    return fail(`must be a ;-separated list of ${choices.join(', ')} (unknown: ${unknown.join(', ')})`);
  if (items.length === 0) return fail(`must list at least one of ${choices.join(', ')}`);
  return ok([...new Set(items as T[])].sort());
}

// Tab, LF and CR can sit inside a quoted value; every other C0 control and DEL is a defect.
// biome-ignore lint/suspicious/noControlCharactersInRegex: this pattern exists to find control characters (PRODUCT.md §6)
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export function hasControlCharacter(text: string): boolean {
  return CONTROL_CHARACTER.test(text);
}
