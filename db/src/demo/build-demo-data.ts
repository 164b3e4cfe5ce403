/** `pnpm cli demo`'s data half: generate, then replace the database's contents. Users are added by the server through `finish`. */
import type { Kysely } from 'kysely';
import type { Database } from '../schema';
import { type DemoOptions, generateDemoData } from './generate-demo-data';
import { writeDemoData } from './write-demo-data';

export interface DemoSummary {
  dataVersion: number;
  today: string;
  years: string[];
  counts: Record<string, number>;
  generateMs: number;
  writeMs: number;
}

/** `finish` runs inside the writing transaction, after the data, with the demo's `today`. */
export async function buildDemoData(
  db: Kysely<Database>,
  options: DemoOptions = {},
  finish?: (trx: Kysely<Database>, today: string) => Promise<void>,
): Promise<DemoSummary> {
  const started = performance.now();
  const data = generateDemoData(options);
  const generated = performance.now();
  const dataVersion = await writeDemoData(db, data, finish && ((trx) => finish(trx, data.calendar.today)));
  return {
    dataVersion,
    today: data.calendar.today,
    years: data.calendar.years.map((y) => y.label),
    counts: {
      organisations: data.organisations.length,
      programmes: data.programmes.length,
      trainees: data.trainees.length,
      placements: data.placements.length,
      offers: data.offers.length,
      cohorts: data.cohorts.length,
      participations: data.participations.length,
      'workplace practice records': data.workplacePractices.length,
      'self-assessments': data.selfAssessments.length,
      'plan actions': data.planActions.length,
      'progress reports': data.progressReports.length,
      resources: data.resources.length,
    },
    generateMs: Math.round(generated - started),
    writeMs: Math.round(performance.now() - generated),
  };
}
