/**
 * About 100 offers: the real schemes of PRODUCT.md §11 plus each locality's own catalogue. A
 * locality's tier-1 ("floor") offers for each stage launch in different years — some before the
 * demo years, some during them, some never — so gaps in the floor show and close over time. The
 * national online programme is listed from October of the fourth demo year; three localities launch
 * their own rolling online course that year, a step change in their uptake.
 */
import fs from 'node:fs';
import { LOCALITIES, type LocalityCode, STAGES, type Stage } from '@ldm/shared';
import { z } from 'zod';
import type { DemoCalendar } from './calendar';
import { type DemoOffer, demoOfferFacts } from './demo-offer';
import type { Random } from './random';
import { REAL_SCHEMES, schemeOfferCapacity, schemeOfferCode } from './real-schemes';

/** The shape of each locality's own offers (offer-templates.json), checked as it loads. */
const localTemplateSchema = z.strictObject(demoOfferFacts);
type LocalTemplate = z.infer<typeof localTemplateSchema>;

const TEMPLATES = z
  .strictObject({
    /** Each stage's tier-1 ("floor") offer. */
    floor: z.strictObject({ foundation: localTemplateSchema, core: localTemplateSchema, higher: localTemplateSchema }),
    /** Tier-2 offers; each locality runs three of them. */
    improvement: z.array(localTemplateSchema).nonempty(),
    fellowship: localTemplateSchema,
    /**
     * A rolling online course with a quarterly intake, launched by a few localities in the fourth
     * demo year: their uptake steps up and stays up — a genuine special-cause change for the SPC
     * charts (PRODUCT.md §12.3) — while the other localities' uptake only grows gradually.
     */
    stepChange: localTemplateSchema,
  })
  .parse(JSON.parse(fs.readFileSync(new URL('./offer-templates.json', import.meta.url), 'utf8')));

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
      if (launch !== null) offers.push(localOffer(locality, TEMPLATES.floor[stage], launch, calendar, random));
    }
    for (const template of random.sample(TEMPLATES.improvement, 3)) {
      offers.push(localOffer(locality, template, random.pickWeighted([0, 1, 2], [6, 2, 2]), calendar, random));
    }
    if (!localTierThree(locality.code))
      offers.push(localOffer(locality, TEMPLATES.fellowship, random.int(0, 1), calendar, random));
  }
  // Drawn after every other offer, so the rest of the catalogue stays as it was.
  for (const locality of LOCALITIES.filter((l) => UPTAKE_STEP_LOCALITIES.includes(l.code)))
    offers.push(localOffer(locality, TEMPLATES.stepChange, UPTAKE_STEP_YEAR_INDEX, calendar, random));
  return offers.sort((a, b) => (a.row.code < b.row.code ? -1 : 1));
}
