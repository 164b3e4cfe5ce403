/** The nine workplace practices of principle 9 — PRODUCT.md §3; keys are the §10 column names. */
export const WORKPLACE_PRACTICES = [
  { code: 'qi_projects', name: 'QI project work aligned to organisational objectives' },
  { code: 'patient_safety', name: 'Patient safety initiatives (e.g. root cause analysis)' },
  { code: 'manager_buddying', name: 'Buddying with managers' },
  { code: 'induction', name: 'Induction and on-boarding' },
  { code: 'longer_placements', name: 'Longer placements' },
  { code: 'place_based_training', name: 'Place-based training across organisations' },
  { code: 'step_up', name: 'Step-up opportunities (e.g. chief resident)' },
  { code: 'shadowing', name: 'Structured shadowing' },
  { code: 'senior_meetings', name: 'Invitations to senior team meetings' },
] as const;
export type WorkplacePractice = (typeof WORKPLACE_PRACTICES)[number]['code'];
export const WORKPLACE_PRACTICE_CODES = WORKPLACE_PRACTICES.map((p) => p.code) as unknown as readonly [
  WorkplacePractice,
  ...WorkplacePractice[],
];

/** M6: an organisation meets the workplace standard when it provides at least this many practices. */
export const WORKPLACE_STANDARD_MIN_PRACTICES = 5;
