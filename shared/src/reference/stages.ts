/** Career stages (toolkit; principle 3 "spiral curriculum") and the grade → stage map — PRODUCT.md §3. */
export const STAGES = [
  { code: 'foundation', name: 'Foundation' },
  { code: 'core', name: 'Core' },
  { code: 'higher', name: 'Higher' },
] as const;

export type Stage = (typeof STAGES)[number]['code'];
export const STAGE_CODES = STAGES.map((s) => s.code) as unknown as readonly [Stage, ...Stage[]];

/** Any grade not listed here is an import error. */
export const GRADE_STAGE = {
  F1: 'foundation',
  F2: 'foundation',
  CT1: 'core',
  CT2: 'core',
  CT3: 'core',
  ST1: 'core',
  ST2: 'core',
  ST3: 'core',
  GPST1: 'core',
  GPST2: 'core',
  ST4: 'higher',
  ST5: 'higher',
  ST6: 'higher',
  ST7: 'higher',
  ST8: 'higher',
  GPST3: 'higher',
} as const satisfies Record<string, Stage>;

export type Grade = keyof typeof GRADE_STAGE;
export const GRADES = Object.keys(GRADE_STAGE) as Grade[];

export function stageOfGrade(grade: string): Stage | undefined {
  return (GRADE_STAGE as Record<string, Stage>)[grade];
}
