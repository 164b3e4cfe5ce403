/**
 * The workforce: every year a new F1 intake per locality (sized so that about `traineesPerYear`
 * are in post in each financial year), who rotate through posts of 4–12 months, progress a grade
 * each August and leave at CCT (or earlier). Only placements overlapping the five demo years are
 * kept. The roster records each trainee's locality and stage per training year, for participations.
 */

import { type LocalityCode, type Stage, stageOfGrade } from '@ldm/shared';
import type { Insertable } from 'kysely';
import type { PlacementTable, TraineeTable } from '../schema';
import type { DemoCalendar } from './calendar';
import { LOCALITY_PROFILES, TOTAL_LOCALITY_WEIGHT } from './locality-profiles';
import type { DemoOrganisation } from './organisations';
import { createPostPicker, type PostPicker } from './posts';
import { CAREER_PATHS, expectedCareerYears, LEAVE_AFTER_FOUNDATION, LEAVE_PER_YEAR } from './programmes';
import type { Random } from './random';
import { assignGmcNumber, buildTrainee, drawWte } from './trainees';

export type Roster = Map<number, Map<LocalityCode, Record<Stage, string[]>>>;

export interface Workforce {
  trainees: Insertable<TraineeTable>[];
  placements: Insertable<PlacementTable>[];
  /** training year (start year) → locality → stage → GMC numbers in post that year. */
  roster: Roster;
}

const LONGEST_CAREER = Math.max(...CAREER_PATHS.map((p) => p.years.length));

function emptyRoster(calendar: DemoCalendar): Roster {
  const roster: Roster = new Map();
  for (let year = calendar.firstYear - 1; year <= calendar.lastYear; year++) {
    roster.set(year, new Map(LOCALITY_PROFILES.map((p) => [p.code, { foundation: [], core: [], higher: [] }])));
  }
  return roster;
}

export function buildWorkforce(
  random: Random,
  calendar: DemoCalendar,
  traineesPerYear: number,
  organisations: DemoOrganisation[],
): Workforce {
  // In post in a financial year = in training in either of the two training years it overlaps.
  const intake = traineesPerYear / (expectedCareerYears() + 1);
  const windowStart = calendar.years[0]!.from;
  const firstTrainingYear = calendar.firstYear - 1;
  const picker: PostPicker = createPostPicker(random, organisations);
  const roster = emptyRoster(calendar);
  const trainees: Insertable<TraineeTable>[] = [];
  const placements: Insertable<PlacementTable>[] = [];
  const usedGmc = new Set<string>();
  const pathWeights = CAREER_PATHS.map((p) => p.weight);
  const localityCodes = LOCALITY_PROFILES.map((p) => p.code);
  const localityWeights = LOCALITY_PROFILES.map((p) => p.weight);

  for (let entry = firstTrainingYear - LONGEST_CAREER + 1; entry <= calendar.lastYear; entry++) {
    for (const profile of LOCALITY_PROFILES) {
      const count = Math.round((intake * profile.weight) / TOTAL_LOCALITY_WEIGHT);
      for (let n = 0; n < count; n++) {
        const gmc = assignGmcNumber(random, entry, usedGmc);
        const trainee = buildTrainee(random, gmc);
        const path = random.pickWeighted(CAREER_PATHS, pathWeights);
        const wte = drawWte(random);
        let locality: LocalityCode = profile.code;
        let placed = false;
        for (let index = 0; index < path.years.length; index++) {
          const year = entry + index;
          if (year > calendar.lastYear) break;
          if (index === 2 && random.chance(LEAVE_AFTER_FOUNDATION)) break;
          if (index > 2 && random.chance(LEAVE_PER_YEAR)) break;
          // Some move deanery when they enter specialty training.
          if (index === 2 && random.chance(0.1)) locality = random.pickWeighted(localityCodes, localityWeights);
          if (year < firstTrainingYear) continue;
          const { grade, programme } = path.years[index]!;
          const posts = picker.postsFor(locality, grade, programme, year).filter((p) => p.end_date >= windowStart);
          if (posts.length === 0) continue;
          for (const post of posts)
            placements.push({
              ...post,
              placement_id: `PL${String(placements.length + 1).padStart(8, '0')}`,
              gmc_number: gmc,
              wte,
            });
          roster.get(year)!.get(locality)![stageOfGrade(grade)!].push(gmc);
          placed = true;
        }
        if (placed) trainees.push(trainee);
      }
    }
  }
  return { trainees, placements, roster };
}
