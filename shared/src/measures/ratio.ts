/** A measure's figures. `value` is null when the denominator is 0: "no data", never 0%. */
export interface MeasureValue {
  numerator: number;
  denominator: number;
  value: number | null;
}

/**
 * numerator ÷ denominator rounded to 4 decimal places (PRODUCT.md §9 shows 1000/1234 as 0.8104);
 * numerator and denominator are never rounded, so anyone can recompute the exact share.
 */
export function toMeasureValue(numerator: number, denominator: number): MeasureValue {
  return {
    numerator,
    denominator,
    value: denominator === 0 ? null : Math.round((numerator / denominator) * 10_000) / 10_000,
  };
}

/** Pools several figures by summing numerators and denominators (England, regions). */
export function poolMeasureValues(values: readonly MeasureValue[]): MeasureValue {
  let numerator = 0;
  let denominator = 0;
  for (const value of values) {
    numerator += value.numerator;
    denominator += value.denominator;
  }
  return toMeasureValue(numerator, denominator);
}
