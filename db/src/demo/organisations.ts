/**
 * Employers per locality: NHS trusts (three-character ODS-like codes such as `RX1`), GP training
 * practices (`A81001`-style codes) and a few other bodies (an integrated care board, a hospice).
 * Counts follow the locality's size: a few hundred organisations in all.
 */
import type { Insertable } from 'kysely';
import type { OrganisationTable } from '../schema';
import { LOCALITY_PROFILES, type LocalityProfile } from './locality-profiles';
import type { Random } from './random';

export type DemoOrganisation = Insertable<OrganisationTable> & {
  /** Relative number of posts it hosts. */
  size: number;
};

const CODE_CHARACTERS = 'ABCDEFGHJKLMNPQRTVWXY0123456789';
const ACUTE_PATTERNS = [
  '{} Teaching Hospitals NHS Foundation Trust',
  'University Hospitals of {} NHS Trust',
  '{} Hospitals NHS Foundation Trust',
];
const OTHER_TRUST_PATTERNS = ['{} Mental Health NHS Foundation Trust', '{} Community Health NHS Trust'];
const PRACTICE_PATTERNS = ['{} Medical Centre', '{} Health Centre', 'The {} Surgery', '{} Family Practice'];
const PRACTICE_STREETS = [
  'Park Road',
  'Church Lane',
  'High Street',
  'Station Road',
  'Riverside',
  'Oakwood',
  'Elm Tree',
  'Castle',
  'Meadowbank',
  'Victoria',
  'Market Square',
  'Westgate',
  'Beech House',
  'Abbey',
];

function uniqueCode(used: Set<string>, make: () => string): string {
  for (;;) {
    const code = make();
    if (!used.has(code)) {
      used.add(code);
      return code;
    }
  }
}

function buildLocalityOrganisations(profile: LocalityProfile, random: Random, used: Set<string>): DemoOrganisation[] {
  const locality_code = profile.code;
  const char = () => random.pick([...CODE_CHARACTERS]);
  const organisations: DemoOrganisation[] = [];
  const trustCount = Math.max(6, Math.round(profile.weight * 1.6));
  for (let i = 0; i < trustCount; i++) {
    const town = profile.towns[i % profile.towns.length]!;
    const acute = i < profile.towns.length;
    const pattern = acute ? random.pick(ACUTE_PATTERNS) : random.pick(OTHER_TRUST_PATTERNS);
    organisations.push({
      code: uniqueCode(used, () => `R${char()}${char()}`),
      name: pattern.replace('{}', town),
      type: 'trust',
      locality_code,
      size: acute ? 1 + random.next() * 2 : 0.4 + random.next() * 0.4,
    });
  }
  const practiceNames = new Set<string>();
  const practiceCount = Math.round(profile.weight * 1.4) + 4;
  const letter = CODE_CHARACTERS[LOCALITY_PROFILES.indexOf(profile)]!;
  while (practiceNames.size < practiceCount) {
    const place = random.chance(0.5) ? random.pick(profile.towns) : random.pick(PRACTICE_STREETS);
    const name = random.pick(PRACTICE_PATTERNS).replace('{}', place);
    if (practiceNames.has(name)) continue;
    practiceNames.add(name);
    organisations.push({
      code: uniqueCode(used, () => `${letter}${random.int(81000, 89999)}`),
      name,
      type: 'gp_practice',
      locality_code,
      size: 0.5 + random.next(),
    });
  }
  const board = `${profile.towns[0]} and ${profile.towns[1]} Integrated Care Board`;
  const hospice = `${random.pick(profile.towns)} Hospice`;
  for (const name of [board, hospice]) {
    organisations.push({
      code: uniqueCode(used, () => `Q${char()}${char()}`),
      name,
      type: 'other',
      locality_code,
      size: 0.2,
    });
  }
  return organisations;
}

export function buildOrganisations(random: Random): DemoOrganisation[] {
  const used = new Set<string>();
  return LOCALITY_PROFILES.flatMap((profile) => buildLocalityOrganisations(profile, random, used));
}
