/**
 * Statistical process control of a quarterly series (PRODUCT.md §12.3): an XmR chart read with
 * the rules of NHS England's "Making Data Count" SPC tool, version 2.6.
 *
 * Sources: NHS England / NHS Improvement, "Making Data Count: Getting started" (2019) and
 * "Making Data Count: Strengthening your decisions" — the XmR (individuals and moving range)
 * chart with process limits x̄ ± 2.66·mR̄ (Wheeler, "Understanding Variation", 1993), the four
 * special-cause rules of the SPC tool v2.6 (a point beyond a process limit; a shift of 6 points
 * on one side of the mean; a trend of 6 points rising or falling; two of three points beyond the
 * two-sigma line), and the variation and assurance icons.
 */

/** At least this many points make an XmR chart; fewer make a plain run chart. */
export const SPC_MINIMUM_POINTS = 13;

const RUN_LENGTH = 6;

export type SpcSide = 'high' | 'low';
export type Polarity = 'higher' | 'lower';
export type SpcSignal = 'improvement' | 'concern' | null;
export type SpcVariation = 'improvement' | 'concern' | 'common cause';
export type SpcAssurance = 'pass' | 'fail' | 'hit or miss' | null;

export interface SpcReading {
  mean: number;
  upperProcessLimit: number;
  lowerProcessLimit: number;
  /** x̄ ± (2/3)·2.66·mR̄, the lines of rule 4. */
  upperTwoSigma: number;
  lowerTwoSigma: number;
  /** Per point, in order: the special-cause side the rules give it (precedence applied), or null. */
  sides: (SpcSide | null)[];
  signals: SpcSignal[];
  variation: SpcVariation;
  assurance: SpcAssurance;
}

type SideFlags = (SpcSide | null)[];

/** The maximal runs [first, last] of consecutive indices at which `holds` is true. */
function maximalRuns(count: number, holds: (i: number) => boolean): [number, number][] {
  const runs: [number, number][] = [];
  for (let i = 0; i < count; i++) {
    if (!holds(i)) continue;
    const first = i;
    while (i + 1 < count && holds(i + 1)) i++;
    runs.push([first, i]);
  }
  return runs;
}

/** Flags the points of each run of at least RUN_LENGTH points, earlier runs first (a point keeps its first side). */
function flagLongRuns(count: number, runs: { first: number; last: number; side: SpcSide }[]): SideFlags {
  const flags: SideFlags = Array.from({ length: count }, () => null);
  for (const run of runs.sort((a, b) => a.first - b.first))
    if (run.last - run.first + 1 >= RUN_LENGTH) for (let j = run.first; j <= run.last; j++) flags[j] ??= run.side;
  return flags;
}

/** Rule 1: beyond a process limit. */
function ruleBeyondLimits(x: readonly number[], upper: number, lower: number): SideFlags {
  return x.map((v) => (v > upper ? 'high' : v < lower ? 'low' : null));
}

/** Rule 2: a shift — 6 or more consecutive points strictly on one side of the mean (a point on the mean ends it). */
function ruleShift(x: readonly number[], mean: number): SideFlags {
  const side = (first: number, last: number) => ({ first, last, side: x[first]! > mean ? 'high' : 'low' }) as const;
  return flagLongRuns(x.length, [
    ...maximalRuns(x.length, (i) => x[i]! > mean).map(([a, b]) => side(a, b)),
    ...maximalRuns(x.length, (i) => x[i]! < mean).map(([a, b]) => side(a, b)),
  ]);
}

/**
 * Rule 3: a trend — 6 or more consecutive points, each strictly above (or below) the one before
 * it; the run's first point counts, so 6 points make 5 rises. A turning point can end a rising
 * run and start a falling one: the earlier run's side stands.
 */
function ruleTrend(x: readonly number[]): SideFlags {
  // A run of steps i (x[i] vs x[i − 1]) from a to b covers the points a − 1 … b.
  const steps = (holds: (i: number) => boolean, side: SpcSide) =>
    maximalRuns(x.length, (i) => i > 0 && holds(i)).map(([a, b]) => ({ first: a - 1, last: b, side }));
  return flagLongRuns(x.length, [
    ...steps((i) => x[i]! > x[i - 1]!, 'high'),
    ...steps((i) => x[i]! < x[i - 1]!, 'low'),
  ]);
}

/**
 * Rule 4: two of three — among 3 consecutive points, at least 2 beyond the same two-sigma line
 * and all 3 strictly on that side of the mean; only the points beyond the line are flagged.
 */
function ruleTwoOfThree(x: readonly number[], mean: number, upper2: number, lower2: number): SideFlags {
  const flags: SideFlags = x.map(() => null);
  for (let i = 0; i + 2 < x.length; i++) {
    const window = [i, i + 1, i + 2];
    for (const [side, onSide, beyond] of [
      ['high', (v: number) => v > mean, (v: number) => v > upper2],
      ['low', (v: number) => v < mean, (v: number) => v < lower2],
    ] as const) {
      if (!window.every((j) => onSide(x[j]!))) continue;
      const outside = window.filter((j) => beyond(x[j]!));
      if (outside.length >= 2) for (const j of outside) flags[j] ??= side;
    }
  }
  return flags;
}

/**
 * Reads a series (zero-denominator quarters already left out) as an XmR chart; null below
 * SPC_MINIMUM_POINTS, where only a run chart is drawn. `target` gives the assurance reading.
 */
export function readSpc(values: readonly number[], polarity: Polarity, target: number | null): SpcReading | null {
  if (values.length < SPC_MINIMUM_POINTS) return null;
  const count = values.length;
  const mean = values.reduce((sum, v) => sum + v, 0) / count;
  let movingRangeSum = 0;
  for (let i = 1; i < count; i++) movingRangeSum += Math.abs(values[i]! - values[i - 1]!);
  const movingRangeMean = movingRangeSum / (count - 1);
  const upperProcessLimit = mean + 2.66 * movingRangeMean;
  const lowerProcessLimit = mean - 2.66 * movingRangeMean;
  const upperTwoSigma = mean + (2 / 3) * 2.66 * movingRangeMean;
  const lowerTwoSigma = mean - (2 / 3) * 2.66 * movingRangeMean;

  // Precedence: where rules disagree on a point's side, the first rule in this order decides.
  const rules = [
    ruleBeyondLimits(values, upperProcessLimit, lowerProcessLimit),
    ruleShift(values, mean),
    ruleTrend(values),
    ruleTwoOfThree(values, mean, upperTwoSigma, lowerTwoSigma),
  ];
  const sides = values.map((_, i) => rules.reduce<SpcSide | null>((side, rule) => side ?? rule[i]!, null));
  const better: SpcSide = polarity === 'higher' ? 'high' : 'low';
  const signals = sides.map((side): SpcSignal => (side === null ? null : side === better ? 'improvement' : 'concern'));
  const variation = signals[count - 1] ?? 'common cause';
  return {
    mean,
    upperProcessLimit,
    lowerProcessLimit,
    upperTwoSigma,
    lowerTwoSigma,
    sides,
    signals,
    variation,
    assurance: judgeAssurance(target, polarity, upperProcessLimit, lowerProcessLimit),
  };
}

/** Will the process meet the target? Pass when every expected value is on target's right side, fail when none is. */
function judgeAssurance(target: number | null, polarity: Polarity, upper: number, lower: number): SpcAssurance {
  if (target === null) return null;
  const [passes, fails] =
    polarity === 'higher' ? [target <= lower, target >= upper] : [target >= upper, target <= lower];
  return passes ? 'pass' : fails ? 'fail' : 'hit or miss';
}
