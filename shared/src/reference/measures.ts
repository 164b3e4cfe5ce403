/**
 * The measures of PRODUCT.md §4 — keys are the CLI JSON contract of §9.
 * Every measure is "higher is better"; `unit` tells how a value is shown; `denominator` names
 * what the denominator counts (a funnel plot's axis).
 */
export const MEASURES = [
  {
    code: 'M1',
    denominator: 'Trainees in post',
    name: 'Access coverage',
    unit: 'proportion',
    definition: 'Share of trainees in post whose stage has at least one available offer (any tier).',
  },
  {
    code: 'M1.1',
    denominator: 'Trainees in post',
    name: 'Access coverage, tier 1 (the floor)',
    unit: 'proportion',
    definition: 'Share of trainees in post whose stage has at least one available tier-1 offer.',
  },
  {
    code: 'M1.2',
    denominator: 'Trainees in post',
    name: 'Access coverage, tier 2',
    unit: 'proportion',
    definition: 'Share of trainees in post whose stage has at least one available tier-2 offer.',
  },
  {
    code: 'M1.3',
    denominator: 'Trainees in post',
    name: 'Access coverage, tier 3',
    unit: 'proportion',
    definition: 'Share of trainees in post whose stage has at least one available tier-3 offer.',
  },
  {
    code: 'M2',
    denominator: 'Stages',
    name: 'Floor met',
    unit: 'stages',
    definition:
      'Number of the three stages that have at least one tier-1 offer available in the locality during the period (the floor is met at 3).',
  },
  {
    code: 'M3',
    denominator: 'Trainees in post',
    name: 'Uptake',
    unit: 'proportion',
    definition:
      'Share of trainees in post with at least one participation, enrolled or completed, starting in the period.',
  },
  {
    code: 'M4',
    denominator: 'Participations ended (completed or withdrawn)',
    name: 'Completion rate',
    unit: 'proportion',
    definition:
      'Completed ÷ (completed + withdrawn) among participations attributed to the locality that ended in the period.',
  },
  {
    code: 'M5',
    denominator: "Places in the locality's cohorts",
    name: 'Fill rate',
    unit: 'proportion',
    definition:
      "Participations enrolled or completed ÷ places, for cohorts of the locality's own offers starting in the period.",
  },
  {
    code: 'M6',
    denominator: 'Trainees in post',
    name: 'Workplace standard',
    unit: 'proportion',
    definition:
      "Share of trainees in post whose home placement's organisation provides at least 5 of the 9 workplace practices in the financial year.",
  },
  {
    code: 'M7',
    denominator: 'Principles scored',
    name: 'Self-assessment',
    unit: 'score',
    definition: 'Mean score (0–3) over the 24 principles for the latest self-assessment in or before the period.',
  },
  {
    code: 'M8',
    denominator: 'Plan actions due',
    name: 'Plan delivery',
    unit: 'proportion',
    definition: 'Share of implementation-plan actions due by the end of the period that are complete.',
  },
] as const;

export type MeasureCode = (typeof MEASURES)[number]['code'];
export type MeasureUnit = (typeof MEASURES)[number]['unit'];
export const MEASURE_CODES = MEASURES.map((m) => m.code) as unknown as readonly [MeasureCode, ...MeasureCode[]];

/** Measures shown as a share of a population: these get funnel plots and disclosure control. */
export const PROPORTION_MEASURES = MEASURES.filter((m) => m.unit === 'proportion').map((m) => m.code);

const PROPORTION_MEASURE_CODES: ReadonlySet<string> = new Set(PROPORTION_MEASURES);

/** Whether `code` is one of the proportion measures. */
export function isProportionMeasure(code: string): boolean {
  return PROPORTION_MEASURE_CODES.has(code);
}

/** `to date`: the period is not over, so it is not judged (PRODUCT.md §12.4). */
export const MEASURE_STATUSES = ['met', 'improving', 'not improving', 'no data', 'to date'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];
