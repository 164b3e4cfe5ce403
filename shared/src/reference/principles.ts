/** The 24 design principles, in the HEE report's order — PRODUCT.md §3. */
export const PRINCIPLES = [
  'Values-based',
  'Universal coverage',
  'Spiral curriculum',
  'Tiered',
  'Clarity',
  'Flexibility',
  'Multimodal',
  'Multiprofessional',
  'Workplaces invitational to leadership learning',
  'Formal learning designed to leverage work experience',
  'Exploit the potential of simulation',
  'Make time for developmental conversation',
  'Faculty development',
  'Demystify and normalise leadership',
  'Focus on the future',
  'Assess with purpose',
  'Co-create with doctors in training',
  'Promote a common approach',
  'Synergistic design',
  'Sustainability',
  'Start early',
  'Nurture talent',
  'Leadership development as a continuum',
  'Evaluate, monitor and review',
].map((name, index) => ({ number: index + 1, name }));

export const SELF_ASSESSMENT_SCORES = [
  { score: 0, name: 'Not started' },
  { score: 1, name: 'Emerging' },
  { score: 2, name: 'Established' },
  { score: 3, name: 'Embedded' },
] as const;
export type SelfAssessmentScore = (typeof SELF_ASSESSMENT_SCORES)[number]['score'];
