/**
 * CSV exports of the dashboard's tables. PRODUCT.md §4: people counts are under disclosure control
 * "outside a user's own locality, and in every export" — for every viewer, own locality included,
 * since a file travels further than a screen (the IN_EXPORT viewer). Trainee exports carry no
 * counts and, like every trainee-level view, no sex, ethnic group or qualification.
 */

import type { Database } from '@ldm/db';
import type { MeasureCode, Period } from '@ldm/shared';
import type { DisclosureLevel } from '@ldm/shared/disclosure';
import { type LocalityBreakdowns, type MeasureValue, poolEngland } from '@ldm/shared/measures';
import type { OfferFilter } from '@ldm/shared/schemas';
import type { Kysely } from 'kysely';
import type { SessionUser } from '../context';
import { IN_EXPORT } from '../measure/disclose-figures';
import { getLocalityAnalysis, getPeriodFigures, parsePeriodOrThrow } from '../measure/measures-cache';
import { listOfferCatalogue } from '../offer/service';
import { listTrainees, type TraineeListQuery } from '../trainee/service';
import { type CsvFile, toCsvFile } from './csv';
import {
  AREA_MEASURE_COLUMNS,
  areaMeasureRows,
  englandYearHidden,
  FIGURE_COLUMNS,
  figureCells,
  PERIOD_COLUMNS,
  periodCells,
  quarterLabels,
} from './measure-data';

export async function exportOffers(
  db: Kysely<Database>,
  user: SessionUser,
  localityCode: string,
  filter: OfferFilter,
): Promise<CsvFile> {
  const offers = await listOfferCatalogue(db, user, localityCode, filter, IN_EXPORT);
  const columns = [
    'code',
    'title',
    'provider',
    'scope',
    'tier',
    'stages',
    'interventions',
    'mode',
    'capacity',
    'cohorts',
    'places',
    'filled',
  ];
  const rows = offers.map((o) => {
    const places = o.cohorts.reduce((sum, c) => sum + c.places, 0);
    return [
      o.code,
      o.title,
      o.provider,
      o.scope,
      o.tier,
      o.stages.join(';'),
      o.interventions.join(';'),
      o.mode,
      o.capacity,
      o.cohorts.length,
      places,
      o.filled,
    ];
  });
  return toCsvFile(`offers-${localityCode}.csv`, columns, rows);
}

export async function exportTrainees(
  db: Kysely<Database>,
  localityCode: string,
  query: Omit<TraineeListQuery, 'page' | 'pageSize'>,
): Promise<CsvFile> {
  const { rows } = await listTrainees(db, localityCode, { ...query, page: 1, pageSize: Number.MAX_SAFE_INTEGER });
  const columns = [
    'gmc_number',
    'forenames',
    'surname',
    'grade',
    'stage',
    'specialty',
    'organisation_code',
    'organisation',
    'start_date',
    'end_date',
  ];
  return toCsvFile(
    `trainees-${localityCode}.csv`,
    columns,
    rows.map((r) => [
      r.gmcNumber,
      r.forenames,
      r.surname,
      r.grade,
      r.stage,
      r.specialty,
      r.organisationCode,
      r.organisation,
      r.startDate,
      r.endDate,
    ]),
  );
}

/** The England page's table as data: England, every region and every locality in one period (as on screen, to every signed-in user). */
export async function exportMeasures(db: Kysely<Database>, periodLabel: string): Promise<CsvFile> {
  const period = parsePeriodOrThrow(periodLabel);
  const { localities, englandRounded } = await figuresForExport(db, period);
  return toCsvFile(
    `measures-${fileLabel(period)}.csv`,
    AREA_MEASURE_COLUMNS,
    areaMeasureRows(period, localities, englandRounded),
  );
}

/** A period's figures, and (for a year) the measures whose England figures its quarters make us round. */
async function figuresForExport(db: Kysely<Database>, period: Period) {
  const quarters = period.quarter === null ? quarterLabels(period).map(parsePeriodOrThrow) : [];
  const { figures } = await getPeriodFigures(db, [period, ...quarters]);
  return {
    localities: figures[0]!.localities,
    englandRounded: englandYearHidden(figures.slice(1).map((f) => f.localities)),
  };
}

/** A locality page's table as data: the locality's measures and England's. */
export async function exportLocalityMeasures(
  db: Kysely<Database>,
  localityCode: string,
  periodLabel: string,
): Promise<CsvFile> {
  const period = parsePeriodOrThrow(periodLabel);
  const { localities, englandRounded } = await figuresForExport(db, period);
  const rows = areaMeasureRows(
    period,
    localities,
    englandRounded,
    (area) => area.type === 'England' || area.pooled.code === localityCode,
  );
  return toCsvFile(`measures-${localityCode}-${fileLabel(period)}.csv`, AREA_MEASURE_COLUMNS, rows);
}

export const BREAKDOWN_KEYS = [
  'stage',
  'programme',
  'specialty',
  'organisation',
  'sex',
  'ethnicGroup',
  'qualification',
] as const satisfies readonly (keyof LocalityBreakdowns)[];
export type BreakdownKey = (typeof BREAKDOWN_KEYS)[number];

const BREAKDOWN_COLUMNS = [...PERIOD_COLUMNS, 'locality_code', 'breakdown', 'group', ...FIGURE_COLUMNS] as const;
/** The `group` of the rows that total a breakdown: the locality as a whole, and England. */
const WHOLE = 'all';

/**
 * A locality's breakdown as data: each group's trainee-based measures, then the locality as a whole
 * and England for the same measures. Groups and whole are all below England, so all are rounded:
 * the whole minus the other groups gives no group back (§4).
 */
export async function exportBreakdown(
  db: Kysely<Database>,
  localityCode: string,
  periodLabel: string,
  by: BreakdownKey,
): Promise<CsvFile> {
  const period = parsePeriodOrThrow(periodLabel);
  const { locality, breakdowns } = await getLocalityAnalysis(db, period, localityCode);
  const { figures } = await getPeriodFigures(db, [period]);
  const england = poolEngland(figures[0]!.localities);
  const rowsOf = (
    code: string,
    group: string,
    traineesInPost: number,
    measures: Record<BreakdownMeasure, MeasureValue>,
    level: DisclosureLevel,
  ) =>
    BREAKDOWN_MEASURES.map((measureCode) => [
      ...periodCells(period),
      code,
      by,
      group,
      ...figureCells(measureCode, traineesInPost, measures[measureCode], level),
    ]);
  const rows = [
    ...breakdowns[by].flatMap((g) => rowsOf(localityCode, g.key, g.traineesInPost, g, 'below-england')),
    ...rowsOf(localityCode, WHOLE, locality.traineesInPost, locality.measures, 'below-england'),
    ...rowsOf(england.code, WHOLE, england.traineesInPost, england.measures, 'england'),
  ];
  return toCsvFile(`measures-${localityCode}-by-${by}-${fileLabel(period)}.csv`, BREAKDOWN_COLUMNS, rows);
}

/** The trainee-based measures a breakdown group has (shared/src/measures/trainee-measures.ts). */
const BREAKDOWN_MEASURES = ['M1', 'M1.1', 'M1.2', 'M1.3', 'M3', 'M6'] as const satisfies readonly MeasureCode[];
type BreakdownMeasure = (typeof BREAKDOWN_MEASURES)[number];

function fileLabel(period: Period): string {
  return period.label.replace(' ', '-');
}
