/**
 * Builds the whole demo data set in memory, deterministically: the same options give the same
 * rows. Each part draws from its own seeded stream, so changing one part leaves the others alone.
 */
import { LOCALITIES } from '@ldm/shared';
import { createDemoCalendar, type DemoCalendar } from './calendar';
import { buildWorkforce } from './careers';
import { buildCohorts } from './cohorts';
import { buildOffers } from './offers';
import { buildOrganisations } from './organisations';
import { buildParticipations } from './participations';
import { buildPlanActions } from './plan-actions';
import { buildProgrammes } from './programmes';
import { buildProgressReports } from './progress-reports';
import { createRandom } from './random';
import { buildResources } from './resources';
import { buildSelfAssessments } from './self-assessments';
import { buildWorkplacePractices } from './workplace-practices';

export interface DemoOptions {
  /** Trainees in post in each financial year (default 50,000: national scale). */
  traineesPerYear?: number;
  seed?: string | number;
  /** ISO date the demo treats as today (default: the clock); fixes the five financial years. */
  today?: string;
}

export const DEFAULT_DEMO_TRAINEES = 50_000;
export const DEFAULT_DEMO_SEED = 'ldm';

export function generateDemoData(options: DemoOptions = {}) {
  const seed = String(options.seed ?? DEFAULT_DEMO_SEED);
  const stream = (part: string) => createRandom(`${seed}/${part}`);
  const calendar: DemoCalendar = createDemoCalendar(options.today ?? new Date().toISOString().slice(0, 10));
  const organisations = buildOrganisations(stream('organisations'));
  const workforce = buildWorkforce(
    stream('workforce'),
    calendar,
    options.traineesPerYear ?? DEFAULT_DEMO_TRAINEES,
    organisations,
  );

  // How keen each locality is (uptake), how mature its approach (self-assessment), how well it delivers (plan).
  const character = stream('character');
  const profiles = LOCALITIES.map((locality) => ({
    locality,
    engagement: 0.6 + 0.7 * character.next(),
    maturity: 0.5 + character.next(),
    delivery: 0.55 + 0.35 * character.next(),
  }));
  const engagement = new Map(profiles.map((p) => [p.locality.code as string, p.engagement]));

  const offers = buildOffers(stream('offers'), calendar);
  const cohorts = buildCohorts(offers, calendar, workforce.roster, engagement);
  const participations = buildParticipations(
    stream('participations'),
    calendar,
    offers,
    cohorts,
    workforce.roster,
    engagement,
  );
  const monitoring = stream('monitoring');
  return {
    calendar,
    organisations,
    programmes: buildProgrammes(),
    trainees: workforce.trainees,
    placements: workforce.placements,
    offers,
    cohorts,
    participations,
    workplacePractices: buildWorkplacePractices(stream('workplace'), calendar, organisations),
    selfAssessments: profiles.flatMap((p) => buildSelfAssessments(monitoring, calendar, p.locality.code, p.maturity)),
    planActions: profiles.flatMap((p) => buildPlanActions(monitoring, calendar, p.locality.code, p.delivery)),
    progressReports: profiles.flatMap((p, i) => buildProgressReports(calendar, p.locality.code, p.locality.name, i)),
    resources: buildResources(monitoring, calendar),
  };
}

export type DemoData = ReturnType<typeof generateDemoData>;
