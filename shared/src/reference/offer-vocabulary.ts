/** The words that describe an offer — PRODUCT.md §3 (tiers, interventions, 70:20:10) and §10 (enums). */
export const TIERS = [
  { tier: 1, name: 'Leadership literacy', description: 'Universal, early: everyone gets it.' },
  {
    tier: 2,
    name: 'Leading change and improvement',
    description: 'Flexible, learner-driven options for leading change and improvement in the workplace.',
  },
  {
    tier: 3,
    name: 'Sustained development',
    description: 'For those with a special interest: a leadership track or out-of-programme fellowship.',
  },
] as const;
export type Tier = (typeof TIERS)[number]['tier'];
export const TIER_NUMBERS = TIERS.map((t) => t.tier) as Tier[];

export const INTERVENTIONS = [
  { code: 'workplace_experience', name: 'Structured workplace experiences' },
  { code: 'project_work', name: 'Project work' },
  { code: 'action_learning', name: 'Action learning' },
  { code: 'coaching_mentoring', name: 'Coaching and mentoring' },
  { code: 'feedback_360', name: 'Multisource (360) feedback' },
  { code: 'psychometrics', name: 'Psychometric tools and personality inventories' },
  { code: 'short_courses', name: 'Short courses, seminars and workshops' },
  { code: 'technology_enhanced', name: 'Technology-enhanced learning' },
] as const;
export type Intervention = (typeof INTERVENTIONS)[number]['code'];
export const INTERVENTION_CODES = INTERVENTIONS.map((i) => i.code) as unknown as readonly [
  Intervention,
  ...Intervention[],
];

/** The 70:20:10 model. */
export const LEARNING_MODES = [
  { code: 'work', name: 'Work (70): tasks, challenges, projects', share: 70 },
  { code: 'relational', name: 'Relational (20): coaching, mentoring, role models, networks', share: 20 },
  { code: 'formal', name: 'Formal (10): courses, teaching', share: 10 },
] as const;
export type LearningMode = (typeof LEARNING_MODES)[number]['code'];
export const LEARNING_MODE_CODES = LEARNING_MODES.map((m) => m.code) as unknown as readonly [
  LearningMode,
  ...LearningMode[],
];

export const OFFER_ACCESS = ['open', 'competitive'] as const;
export const OFFER_FUNDING = ['recurrent', 'one_off', 'none'] as const;
export const OFFER_DELIVERY = ['in_work', 'out_of_programme'] as const;
export type OfferAccess = (typeof OFFER_ACCESS)[number];
export type OfferFunding = (typeof OFFER_FUNDING)[number];
export type OfferDelivery = (typeof OFFER_DELIVERY)[number];

/** An offer's scope is one locality code or this word. */
export const NATIONAL_SCOPE = 'national';

export const ORGANISATION_TYPES = ['trust', 'gp_practice', 'other'] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

export const PROGRAMME_TYPES = ['foundation', 'core', 'specialty', 'gp'] as const;
export type ProgrammeType = (typeof PROGRAMME_TYPES)[number];

export const PARTICIPATION_STATUSES = ['applied', 'enrolled', 'completed', 'withdrawn'] as const;
export type ParticipationStatus = (typeof PARTICIPATION_STATUSES)[number];

/** Trainee attributes shown only in aggregate (PRODUCT.md §4 disclosure control). */
export const SEXES = ['female', 'male'] as const;
/** ONS 5 high-level ethnic groups. */
export const ETHNIC_GROUPS = ['white', 'mixed', 'asian', 'black', 'other'] as const;
export const QUALIFICATIONS = ['uk', 'international'] as const;
export type Sex = (typeof SEXES)[number];
export type EthnicGroup = (typeof ETHNIC_GROUPS)[number];
export type Qualification = (typeof QUALIFICATIONS)[number];
