/**
 * Measures as data (PRODUCT.md §5 "Data for others"): the rows of every measure CSV — the England
 * page's table, a locality's table, its breakdowns and the national open-data file — as numbers,
 * never display text. One row per area (or breakdown group) and measure.
 *
 * - `value` is the measure's value as a number to 4 places (a share as 0.9091, M2 as stages met ÷ 3,
 *   M7 as the mean score) — the `value` of the CLI's JSON (§9) — not a percentage: M2 and M7 are
 *   not percentages, and one `value` column must mean one thing.
 * - Every file is an export, so every count below England is under the disclosure rule (§4) for
 *   every reader, own locality included: the cells come from `discloseMeasure`, like the screens.
 * - The Wilson intervals (§12.1) are computed from the numerator and denominator *as written in the
 *   row*: intervals of exact counts would give rounded counts back (the screens show them only to
 *   viewers who see exact counts), whereas these add nothing a reader could not compute from the row.
 * - Better / Similar / Worse is judged on exact counts (§4: judgements "computed from the exact
 *   figures and shown beside the rounded ones"), `not compared` where the figure is `*`; so near the
 *   boundary it can differ from what the row's own interval says. Only localities and regions are
 *   compared (§12.1); M2 and M7 never are.
 */
import { isProportionMeasure, LOCALITIES, MEASURE_CODES, MEASURES, type MeasureCode, type Period } from '@ldm/shared';
import {
  countsPeople,
  type DisclosureLevel,
  discloseCount,
  discloseMeasure,
  judgementShown,
  SUPPRESSED,
} from '@ldm/shared/disclosure';
import { FIGURE_CSV_COLUMNS, figureCsvCells } from '@ldm/shared/measure-cells';
import {
  type LocalityMeasures,
  type MeasureValue,
  type PooledMeasures,
  poolEngland,
  poolRegions,
} from '@ldm/shared/measures';
import { compareValue } from '../judgement/england-comparison';
import type { CsvValue } from './csv';

const MEASURE_NAME = new Map<string, string>(MEASURES.map((m) => [m.code, m.name]));

export const PERIOD_COLUMNS = ['period', 'period_type', 'period_from', 'period_to'] as const;
export const FIGURE_COLUMNS = ['trainees_in_post', 'measure', 'measure_name', ...FIGURE_CSV_COLUMNS] as const;
export const COMPARISON_COLUMNS = ['england_value', 'vs_england_95', 'vs_england_998'] as const;

/** The columns of the England page's file, a locality's file and the open-data file. */
export const AREA_MEASURE_COLUMNS = [
  ...PERIOD_COLUMNS,
  'area_type',
  'area_code',
  'area_name',
  ...FIGURE_COLUMNS,
  ...COMPARISON_COLUMNS,
] as const;

export type AreaType = 'England' | 'region' | 'locality';

/** The labels of a financial year's four quarters. */
export function quarterLabels(year: Period): string[] {
  return [1, 2, 3, 4].map((quarter) => `${year.financialYear} Q${quarter}`);
}

export function periodCells(period: Period): CsvValue[] {
  return [period.label, period.quarter === null ? 'financial year' : 'quarter', period.from, period.to];
}

/**
 * trainees_in_post … ci998_upper for one measure of an area or group, under the disclosure rule:
 * the trainees in post at `level`, the measure's figures at `figuresLevel` (see englandYearHidden).
 */
export function figureCells(
  measureCode: MeasureCode,
  traineesInPost: number,
  figures: MeasureValue,
  level: DisclosureLevel,
  figuresLevel: DisclosureLevel = level,
): CsvValue[] {
  return [
    discloseCount(traineesInPost, level),
    measureCode,
    MEASURE_NAME.get(measureCode)!,
    ...figureCsvCells(
      measureCode,
      discloseMeasure(measureCode, figures, figuresLevel),
      figuresLevel === 'below-england' && countsPeople(measureCode),
    ),
  ];
}

/**
 * The measures whose England figures for a financial year are written rounded to 5, like those
 * below England, given England's figures in each of the year's quarters: those where a quarter
 * hides a count (1 to 7, `*`). England's counts are otherwise exact (§4), so the year less the
 * other three quarters would give the hidden one back wherever a count adds up over quarters
 * (M5's participations always do; M4's completions and withdrawals nearly always).
 */
export function englandYearHidden(quarters: readonly (readonly LocalityMeasures[])[]): Set<MeasureCode> {
  const hidden = new Set<MeasureCode>();
  for (const localities of quarters) {
    const england = poolEngland(localities);
    for (const code of MEASURE_CODES) {
      const shown = discloseMeasure(code, england.measures[code], 'england');
      if (shown.numerator === SUPPRESSED || shown.denominator === SUPPRESSED) hidden.add(code);
    }
  }
  return hidden;
}

/** england_value, vs_england_95, vs_england_998: judged on exact counts, shown as §4 says. */
function comparisonCells(
  measureCode: MeasureCode,
  figures: MeasureValue,
  england: MeasureValue,
  level: DisclosureLevel,
  englandLevel: DisclosureLevel,
  compared: boolean,
): CsvValue[] {
  const englandValue = discloseMeasure(measureCode, england, englandLevel).value;
  if (!compared || !isProportionMeasure(measureCode)) return [englandValue, null, null];
  const judged = compareValue(figures, england);
  const shown = discloseMeasure(measureCode, figures, level);
  return [englandValue, judgementShown(judged.vsEngland, shown), judgementShown(judged.vsEngland998, shown)];
}

interface Area {
  type: AreaType;
  pooled: PooledMeasures;
}

/** England, the seven regions and the thirteen localities of one period, in that order. */
export function areasOf(localities: readonly LocalityMeasures[]): Area[] {
  return [
    { type: 'England', pooled: poolEngland(localities) },
    ...poolRegions(localities).map((pooled) => ({ type: 'region' as const, pooled })),
    ...localities.map((l) => ({
      type: 'locality' as const,
      pooled: { ...l, name: LOCALITIES.find((r) => r.code === l.code)?.name ?? l.code },
    })),
  ];
}

/**
 * The rows of AREA_MEASURE_COLUMNS for the chosen areas of one period: every measure of each.
 * `englandRounded`: measures whose England figures are rounded (englandYearHidden; none for a quarter).
 */
export function areaMeasureRows(
  period: Period,
  localities: readonly LocalityMeasures[],
  englandRounded: ReadonlySet<MeasureCode>,
  include: (area: Area) => boolean = () => true,
): CsvValue[][] {
  const areas = areasOf(localities);
  const england = areas[0]!.pooled;
  return areas.filter(include).flatMap(({ type, pooled }) => {
    const level: DisclosureLevel = type === 'England' ? 'england' : 'below-england';
    return MEASURE_CODES.map((code) => {
      const englandLevel: DisclosureLevel = englandRounded.has(code) ? 'below-england' : 'england';
      return [
        ...periodCells(period),
        type,
        pooled.code,
        pooled.name,
        ...figureCells(
          code,
          pooled.traineesInPost,
          pooled.measures[code],
          level,
          type === 'England' ? englandLevel : level,
        ),
        ...comparisonCells(
          code,
          pooled.measures[code],
          england.measures[code],
          level,
          englandLevel,
          type !== 'England',
        ),
      ];
    });
  });
}
