/**
 * About 100 offers: the real schemes of PRODUCT.md §11 plus each locality's own catalogue. A
 * locality's tier-1 ("floor") offers for each stage launch in different years — some before the
 * demo years, some during them, some never — so gaps in the floor show and close over time. The
 * national online programme is listed from October of the fourth demo year; three localities launch
 * their own rolling online course that year, a step change in their uptake.
 */
import { type Intervention, type LearningMode, LOCALITIES, type LocalityCode, STAGES, type Stage } from '@ldm/shared';
import type { DemoCalendar } from './calendar';
import type { DemoOffer, OfferSchedule } from './demo-offer';
import type { Random } from './random';
import { REAL_SCHEMES, schemeOfferCapacity, schemeOfferCode } from './real-schemes';

interface LocalTemplate {
  key: string;
  title: string;
  tier: 1 | 2 | 3;
  stages: readonly Stage[];
  interventions: readonly Intervention[];
  mode: LearningMode;
  schedule: OfferSchedule;
  multiprofessional: boolean;
  description: string;
}

const FLOOR_TEMPLATES: Record<Stage, LocalTemplate> = {
  foundation: {
    key: 'T1-FND',
    title: 'Foundation Leadership Days',
    tier: 1,
    stages: ['foundation'],
    interventions: ['short_courses', 'technology_enhanced'],
    mode: 'formal',
    schedule: 'course',
    multiprofessional: false,
    description: 'Leadership literacy for every foundation doctor: two taught days and an e-learning module.',
  },
  core: {
    key: 'T1-CORE',
    title: 'Leading Together for Core Trainees',
    tier: 1,
    stages: ['core'],
    interventions: ['short_courses', 'action_learning', 'feedback_360'],
    mode: 'formal',
    schedule: 'course',
    multiprofessional: false,
    description: 'Teams, influence and improvement: a universal course in the first core year, with 360 feedback.',
  },
  higher: {
    key: 'T1-HIGH',
    title: 'Leadership and Management for Senior Trainees',
    tier: 1,
    stages: ['higher'],
    interventions: ['short_courses', 'psychometrics'],
    mode: 'formal',
    schedule: 'course',
    multiprofessional: false,
    description: 'How the NHS is run, managing people and money, preparing for consultant and GP roles.',
  },
};

const IMPROVEMENT_TEMPLATES: readonly LocalTemplate[] = [
  {
    key: 'QI',
    title: 'Quality Improvement Programme for Trainees',
    tier: 2,
    stages: ['core', 'higher'],
    interventions: ['project_work', 'action_learning'],
    mode: 'work',
    schedule: 'programme',
    multiprofessional: true,
    description: 'A QI project aligned to the host trust’s objectives, with coaching and a showcase event.',
  },
  {
    key: 'COACH',
    title: 'Trainee Coaching Network',
    tier: 2,
    stages: ['foundation', 'core', 'higher'],
    interventions: ['coaching_mentoring', 'feedback_360'],
    mode: 'relational',
    schedule: 'programme',
    multiprofessional: false,
    description: 'Six coaching conversations over a year with a trained coach from another specialty.',
  },
  {
    key: 'ALS',
    title: 'Action Learning Sets for Registrars',
    tier: 2,
    stages: ['higher'],
    interventions: ['action_learning'],
    mode: 'relational',
    schedule: 'programme',
    multiprofessional: true,
    description: 'Monthly facilitated sets of six to eight registrars working on real leadership challenges.',
  },
  {
    key: 'PSL',
    title: 'Patient Safety and Simulation Leadership Days',
    tier: 2,
    stages: ['foundation', 'core'],
    interventions: ['workplace_experience', 'short_courses'],
    mode: 'work',
    schedule: 'course',
    multiprofessional: true,
    description: 'Leading a team in simulated emergencies, and learning from incident investigations.',
  },
];

const FELLOWSHIP_TEMPLATE: LocalTemplate = {
  key: 'FELLOW',
  title: 'Leadership Fellowship',
  tier: 3,
  stages: ['higher'],
  interventions: ['workplace_experience', 'project_work', 'coaching_mentoring'],
  mode: 'work',
  schedule: 'fellowship',
  multiprofessional: true,
  description: 'A year in a senior leadership team with a project of system importance.',
};

/**
 * A rolling online course with a quarterly intake, launched by a few localities in the fourth demo
 * year: their uptake steps up and stays up — a genuine special-cause change for the SPC charts
 * (PRODUCT.md §12.3) — while the other localities' uptake only grows gradually.
 */
const STEP_CHANGE_TEMPLATE: LocalTemplate = {
  key: 'ONLINE',
  title: 'Leadership Essentials Online',
  tier: 1,
  stages: ['foundation', 'core', 'higher'],
  interventions: ['technology_enhanced', 'short_courses'],
  mode: 'formal',
  schedule: 'online',
  multiprofessional: true,
  description: 'Twelve weeks of short online modules with a monthly live seminar; a new intake every quarter.',
};
export const UPTAKE_STEP_LOCALITIES: readonly LocalityCode[] = ['EOE', 'NCEL', 'WX'];
/** Demo-year index of the step change. */
export const UPTAKE_STEP_YEAR_INDEX = 3;

/** Demo-year index at which a floor offer launches; `null` = not in the catalogue during the demo years. */
const FLOOR_LAUNCH: Record<Stage, { options: readonly (number | null)[]; weights: readonly number[] }> = {
  foundation: { options: [0, 1, 2], weights: [7, 2, 1] },
  core: { options: [0, 1, 2, 3], weights: [5, 2, 2, 1] },
  higher: { options: [0, 1, 2, 3, null], weights: [3, 2, 2, 1, 2] },
};

function buildRealOffers(calendar: DemoCalendar): DemoOffer[] {
  return REAL_SCHEMES.flatMap((scheme) =>
    scheme.scopes.map((scope) => ({
      row: {
        code: schemeOfferCode(scheme, scope),
        title:
          scheme.scopes.length > 1 && scope !== 'national'
            ? `${scheme.title} — ${LOCALITIES.find((l) => l.code === scope)!.name}`
            : scheme.title,
        provider: scheme.provider,
        provider_type: scheme.providerType,
        scope_locality_code: scope === 'national' ? null : scope,
        tier: scheme.tier,
        mode: scheme.mode,
        capacity: schemeOfferCapacity(scheme),
        multiprofessional: scheme.multiprofessional ? 1 : 0,
        access: scheme.access,
        funding: scheme.funding,
        delivery: scheme.delivery,
        description: `${scheme.description} (Source: ${scheme.source}.)`,
        url: scheme.url,
      },
      stages: scheme.stages,
      interventions: scheme.interventions,
      schedule: scheme.schedule,
      launchedOn: scheme.key === 'NHSLA' ? `${calendar.firstYear + 3}-10-01` : null,
    })),
  );
}

function localOffer(
  locality: (typeof LOCALITIES)[number],
  template: LocalTemplate,
  launchIndex: number,
  calendar: DemoCalendar,
  random: Random,
): DemoOffer {
  const competitive = template.tier === 3;
  return {
    row: {
      code: `${locality.code}-${template.key}`,
      title: `${locality.name} ${template.title}`,
      provider: `NHS England ${locality.name} local office`,
      provider_type: 'local office',
      scope_locality_code: locality.code,
      tier: template.tier,
      mode: template.mode,
      capacity: template.tier === 1 ? null : competitive ? random.int(4, 10) : random.int(20, 60),
      multiprofessional: template.multiprofessional ? 1 : 0,
      access: competitive ? 'competitive' : 'open',
      funding: random.chance(0.8) ? 'recurrent' : 'one_off',
      delivery: competitive ? 'out_of_programme' : 'in_work',
      description: template.description,
      url: null,
    },
    stages: template.stages,
    interventions: template.interventions,
    schedule: template.schedule,
    launchedOn: launchIndex === 0 ? null : `${calendar.firstYear + launchIndex}-04-01`,
  };
}

export function buildOffers(random: Random, calendar: DemoCalendar): DemoOffer[] {
  const offers = buildRealOffers(calendar);
  const localTierOne = (code: LocalityCode, stage: Stage) =>
    REAL_SCHEMES.some((s) => s.tier === 1 && s.scopes.includes(code) && s.stages.includes(stage));
  const localTierThree = (code: LocalityCode) => REAL_SCHEMES.some((s) => s.tier === 3 && s.scopes.includes(code));
  let floorGaps = 0;
  for (const locality of LOCALITIES) {
    for (const { code: stage } of STAGES) {
      if (localTierOne(locality.code, stage)) continue;
      const { options, weights } = FLOOR_LAUNCH[stage];
      // The demo must show at least one gap in the floor, whatever the seed.
      const forceGap = locality === LOCALITIES[LOCALITIES.length - 1] && stage === 'higher' && floorGaps === 0;
      const launch = forceGap ? null : random.pickWeighted(options, weights);
      if (launch !== 0) floorGaps++;
      if (launch !== null) offers.push(localOffer(locality, FLOOR_TEMPLATES[stage], launch, calendar, random));
    }
    for (const template of random.sample(IMPROVEMENT_TEMPLATES, 3)) {
      offers.push(localOffer(locality, template, random.pickWeighted([0, 1, 2], [6, 2, 2]), calendar, random));
    }
    if (!localTierThree(locality.code))
      offers.push(localOffer(locality, FELLOWSHIP_TEMPLATE, random.int(0, 1), calendar, random));
  }
  // Drawn after every other offer, so the rest of the catalogue stays as it was.
  for (const locality of LOCALITIES.filter((l) => UPTAKE_STEP_LOCALITIES.includes(l.code)))
    offers.push(localOffer(locality, STEP_CHANGE_TEMPLATE, UPTAKE_STEP_YEAR_INDEX, calendar, random));
  return offers.sort((a, b) => (a.row.code < b.row.code ? -1 : 1));
}
