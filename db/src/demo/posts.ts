/**
 * One training year's posts for a trainee: which employers, for how long, in which specialty.
 * Foundation doctors rotate every 4 months (F2s often spend one rotation in general practice),
 * core trainees every 6 months, higher trainees every 6 or 12 months; GP trainees spend GPST3
 * (and half of GPST2) in a GP training practice.
 */
import type { Grade, LocalityCode } from '@ldm/shared';
import { type Rotation, rotationsOf } from './calendar';
import type { DemoOrganisation } from './organisations';
import { PROGRAMME_SPECIALTY, programmeCode } from './programmes';
import type { Random } from './random';

export interface Post {
  organisation_code: string;
  programme_code: string;
  grade: Grade;
  specialty: string;
  start_date: string;
  end_date: string;
}

export interface PostPicker {
  postsFor(locality: LocalityCode, grade: Grade, programme: string, year: number): Post[];
}

type Setting = 'trust' | 'gp_practice' | 'other';

const FOUNDATION_SPECIALTIES = [
  'General Medicine',
  'General Surgery',
  'Emergency Medicine',
  'Geriatric Medicine',
  'Psychiatry',
  'Paediatrics',
  'Trauma and Orthopaedic Surgery',
  'Acute Medicine',
];
const GP_HOSPITAL_SPECIALTIES = [
  'Emergency Medicine',
  'Paediatrics',
  'Obstetrics and Gynaecology',
  'Psychiatry',
  'Geriatric Medicine',
  'General Medicine',
];

export function createPostPicker(random: Random, organisations: DemoOrganisation[]): PostPicker {
  const bySetting = new Map<string, DemoOrganisation[]>();
  for (const org of organisations) {
    const key = `${org.locality_code}/${org.type}`;
    bySetting.set(key, [...(bySetting.get(key) ?? []), org]);
  }
  const pickEmployer = (locality: LocalityCode, setting: Setting) => {
    const candidates = bySetting.get(`${locality}/${setting}`)!;
    return random.pickWeighted(
      candidates,
      candidates.map((o) => o.size),
    ).code;
  };

  const settingsFor = (grade: Grade, count: number): Setting[] => {
    if (grade === 'GPST3') return ['gp_practice'];
    if (grade === 'GPST2') return ['trust', 'gp_practice'];
    const settings: Setting[] = Array(count).fill('trust');
    if (grade === 'F2') {
      const roll = random.next();
      if (roll < 0.35) settings[random.int(0, count - 1)] = 'gp_practice';
      else if (roll < 0.38) settings[random.int(0, count - 1)] = 'other';
    }
    return settings;
  };

  const rotationsFor = (grade: Grade, year: number): Rotation[] => {
    if (grade === 'F1' || grade === 'F2') return rotationsOf(year, 4);
    if (grade === 'GPST3') return rotationsOf(year, 12);
    const higher = /^ST[4-8]$/.test(grade);
    return rotationsOf(year, higher && random.chance(0.5) ? 12 : 6);
  };

  const specialtyFor = (programme: string, setting: Setting): string => {
    if (setting === 'gp_practice') return 'General Practice';
    if (setting === 'other') return 'Public Health';
    if (programme === 'FP') return random.pick(FOUNDATION_SPECIALTIES);
    if (programme === 'GP') return random.pick(GP_HOSPITAL_SPECIALTIES);
    return PROGRAMME_SPECIALTY.get(programme)!;
  };

  return {
    postsFor(locality, grade, programme, year) {
      const rotations = rotationsFor(grade, year);
      const settings = settingsFor(grade, rotations.length);
      // Foundation years are mostly spent with one employer.
      const yearTrust = pickEmployer(locality, 'trust');
      return rotations.map((rotation, i) => {
        const setting = settings[i]!;
        const sameTrust = setting === 'trust' && programme === 'FP' && random.chance(0.8);
        return {
          organisation_code: sameTrust ? yearTrust : pickEmployer(locality, setting),
          programme_code: programmeCode(locality, programme),
          grade,
          specialty: specialtyFor(programme, setting),
          start_date: rotation.start,
          end_date: rotation.end,
        };
      });
    },
  };
}
