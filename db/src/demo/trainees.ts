/**
 * A doctor in training's personal details: a 7-digit GMC number (blocks rising with the year of
 * entry, as real registrations do), a name, sex, ONS ethnic group and place of primary qualification
 * in roughly the proportions of the UK's doctors in training.
 */

import { ETHNIC_GROUPS, type EthnicGroup } from '@ldm/shared';
import type { Insertable } from 'kysely';
import type { TraineeTable } from '../schema';
import type { Random } from './random';

const FEMALE = [
  'Amelia',
  'Olivia',
  'Isla',
  'Emily',
  'Sophie',
  'Hannah',
  'Grace',
  'Charlotte',
  'Priya',
  'Aisha',
  'Fatima',
  'Zara',
  'Ananya',
  'Chloe',
  'Lucy',
  'Ellie',
  'Mei',
  'Sarah',
  'Ngozi',
  'Amara',
  'Leah',
  'Rachel',
  'Katie',
  'Maryam',
  'Sana',
  'Rebecca',
  'Eleanor',
  'Niamh',
  'Yasmin',
  'Laura',
];
const MALE = [
  'Oliver',
  'George',
  'Harry',
  'Jack',
  'Thomas',
  'James',
  'William',
  'Mohammed',
  'Ahmed',
  'Omar',
  'Arjun',
  'Rohan',
  'Daniel',
  'Samuel',
  'Joseph',
  'Adam',
  'Ethan',
  'Chinedu',
  'Kwame',
  'Wei',
  'Luke',
  'Matthew',
  'Hassan',
  'Ravi',
  'Benjamin',
  'Callum',
  'Rhys',
  'Aaron',
  'Yusuf',
  'David',
];
const SURNAMES = [
  'Smith',
  'Jones',
  'Williams',
  'Taylor',
  'Brown',
  'Davies',
  'Evans',
  'Wilson',
  'Thomas',
  'Johnson',
  'Roberts',
  'Walker',
  'Wright',
  'Robinson',
  'Thompson',
  'Hughes',
  'Edwards',
  'Green',
  'Hall',
  'Wood',
  'Patel',
  'Khan',
  'Ahmed',
  'Ali',
  'Hussain',
  'Shah',
  'Singh',
  'Kaur',
  'Sharma',
  'Begum',
  'Okafor',
  'Adeyemi',
  'Mensah',
  'Chen',
  'Wong',
  'Nguyen',
  "O'Brien",
  'Murphy',
  'Kelly',
  'Campbell',
  'Stewart',
  'Clarke',
  'Lewis',
  'Jackson',
  'White',
  'Harris',
  'Martin',
  'Cooper',
  'Ward',
  'Morris',
];

const ETHNIC_WEIGHTS: Record<EthnicGroup, number> = { white: 49, asian: 33, black: 7, mixed: 5, other: 5 };

export function assignGmcNumber(random: Random, entryYear: number, used: Set<string>): string {
  const block = 6_000_000 + ((entryYear - 2000 + 330) % 33) * 60_000;
  for (;;) {
    const number = String(block + random.int(0, 59_999));
    if (!used.has(number)) {
      used.add(number);
      return number;
    }
  }
}

export function buildTrainee(random: Random, gmc_number: string): Insertable<TraineeTable> {
  const female = random.chance(0.57);
  return {
    gmc_number,
    forenames: random.pick(female ? FEMALE : MALE),
    surname: random.pick(SURNAMES),
    sex: female ? 'female' : 'male',
    // A few records come without ethnicity, as in real returns.
    ethnic_group: random.chance(0.02)
      ? null
      : random.pickWeighted(
          ETHNIC_GROUPS,
          ETHNIC_GROUPS.map((g) => ETHNIC_WEIGHTS[g]),
        ),
    qualification: random.chance(0.27) ? 'international' : 'uk',
  };
}

/** Most work full time; some less than full time at 0.8 or 0.6. */
export function drawWte(random: Random): number {
  const roll = random.next();
  return roll < 0.88 ? 1 : roll < 0.95 ? 0.8 : 0.6;
}
