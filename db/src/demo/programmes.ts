/**
 * Training programmes (one set per locality, coded `<locality>-<key>`, e.g. `NW-IMT`) and the
 * career paths that chain them: foundation (F1–F2), then GP (GPST1–3), a core programme followed by
 * higher specialty training, or run-through specialty training (ST1 onwards) until CCT.
 */

import { type Grade, LOCALITIES, type LocalityCode, type ProgrammeType } from '@ldm/shared';
import type { Insertable } from 'kysely';
import type { ProgrammeTable } from '../schema';

interface ProgrammeTemplate {
  key: string;
  name: string;
  specialty: string;
  type: ProgrammeType;
}

const PROGRAMME_TEMPLATES: readonly ProgrammeTemplate[] = [
  { key: 'FP', name: 'Foundation Programme', specialty: 'Foundation', type: 'foundation' },
  { key: 'GP', name: 'GP Specialty Training', specialty: 'General Practice', type: 'gp' },
  { key: 'IMT', name: 'Internal Medicine Training', specialty: 'Internal Medicine', type: 'core' },
  { key: 'CST', name: 'Core Surgical Training', specialty: 'Surgery', type: 'core' },
  { key: 'CPT', name: 'Core Psychiatry Training', specialty: 'Psychiatry', type: 'core' },
  { key: 'CAT', name: 'Core Anaesthetics Training', specialty: 'Anaesthetics', type: 'core' },
  { key: 'ACCS', name: 'Acute Care Common Stem', specialty: 'Emergency Medicine', type: 'core' },
  { key: 'CAR', name: 'Cardiology', specialty: 'Cardiology', type: 'specialty' },
  { key: 'RES', name: 'Respiratory Medicine', specialty: 'Respiratory Medicine', type: 'specialty' },
  { key: 'GAS', name: 'Gastroenterology', specialty: 'Gastroenterology', type: 'specialty' },
  { key: 'GER', name: 'Geriatric Medicine', specialty: 'Geriatric Medicine', type: 'specialty' },
  { key: 'GSU', name: 'General Surgery', specialty: 'General Surgery', type: 'specialty' },
  { key: 'TO', name: 'Trauma and Orthopaedic Surgery', specialty: 'Trauma and Orthopaedic Surgery', type: 'specialty' },
  { key: 'URO', name: 'Urology', specialty: 'Urology', type: 'specialty' },
  { key: 'PSY', name: 'General Psychiatry', specialty: 'General Psychiatry', type: 'specialty' },
  { key: 'ANA', name: 'Anaesthetics', specialty: 'Anaesthetics', type: 'specialty' },
  { key: 'EM', name: 'Emergency Medicine', specialty: 'Emergency Medicine', type: 'specialty' },
  { key: 'PAE', name: 'Paediatrics', specialty: 'Paediatrics', type: 'specialty' },
  { key: 'OG', name: 'Obstetrics and Gynaecology', specialty: 'Obstetrics and Gynaecology', type: 'specialty' },
  { key: 'RAD', name: 'Clinical Radiology', specialty: 'Clinical Radiology', type: 'specialty' },
  { key: 'HIS', name: 'Histopathology', specialty: 'Histopathology', type: 'specialty' },
];

export const PROGRAMME_SPECIALTY = new Map(PROGRAMME_TEMPLATES.map((t) => [t.key, t.specialty]));

export function programmeCode(locality: LocalityCode, key: string): string {
  return `${locality}-${key}`;
}

export function buildProgrammes(): Insertable<ProgrammeTable>[] {
  return LOCALITIES.flatMap((locality) =>
    PROGRAMME_TEMPLATES.map((t) => ({
      code: programmeCode(locality.code, t.key),
      name: `${locality.name} ${t.name}`,
      specialty: t.specialty,
      type: t.type,
      locality_code: locality.code,
    })),
  );
}

/** One year of a career: the grade held and the programme it is held in. */
export interface CareerYear {
  grade: Grade;
  programme: string;
}

export interface CareerPath {
  weight: number;
  years: readonly CareerYear[];
}

const range = (prefix: 'CT' | 'ST' | 'GPST', from: number, to: number, programme: string): CareerYear[] =>
  Array.from({ length: to - from + 1 }, (_, i) => ({ grade: `${prefix}${from + i}` as Grade, programme }));

const FOUNDATION: CareerYear[] = [
  { grade: 'F1', programme: 'FP' },
  { grade: 'F2', programme: 'FP' },
];

function coreThenHigher(core: string, coreYears: number, higher: string, lastGrade: number): CareerYear[] {
  return [...FOUNDATION, ...range('CT', 1, coreYears, core), ...range('ST', coreYears + 1, lastGrade, higher)];
}

/** Weights are the rough shares of foundation doctors entering each route. */
export const CAREER_PATHS: readonly CareerPath[] = [
  { weight: 30, years: [...FOUNDATION, ...range('GPST', 1, 3, 'GP')] },
  ...['CAR', 'RES', 'GAS', 'GER'].map((key) => ({ weight: 5, years: coreThenHigher('IMT', 3, key, 7) })),
  ...['GSU', 'TO', 'URO'].map((key) => ({ weight: 3.7, years: coreThenHigher('CST', 2, key, 8) })),
  { weight: 7, years: coreThenHigher('CPT', 3, 'PSY', 6) },
  { weight: 7, years: coreThenHigher('CAT', 3, 'ANA', 7) },
  { weight: 5, years: coreThenHigher('ACCS', 3, 'EM', 6) },
  { weight: 6, years: [...FOUNDATION, ...range('ST', 1, 8, 'PAE')] },
  { weight: 5, years: [...FOUNDATION, ...range('ST', 1, 7, 'OG')] },
  { weight: 4, years: [...FOUNDATION, ...range('ST', 1, 5, 'RAD')] },
  { weight: 2, years: [...FOUNDATION, ...range('ST', 1, 5, 'HIS')] },
];

/** Share of doctors who leave after F2 (a break, or work abroad), and who leave in any later year. */
export const LEAVE_AFTER_FOUNDATION = 0.12;
export const LEAVE_PER_YEAR = 0.015;

/** Expected training years per F1 entrant, given the leaving rates: sizes the yearly intake. */
export function expectedCareerYears(): number {
  const total = CAREER_PATHS.reduce((sum, p) => sum + p.weight, 0);
  let expected = 0;
  for (const path of CAREER_PATHS) {
    let stay = 1;
    let years = 0;
    path.years.forEach((_, index) => {
      if (index === 2) stay *= 1 - LEAVE_AFTER_FOUNDATION;
      else if (index > 2) stay *= 1 - LEAVE_PER_YEAR;
      years += stay;
    });
    expected += (path.weight / total) * years;
  }
  return expected;
}
