/**
 * CSV exports of the dashboard's tables. PRODUCT.md §4: people counts are under disclosure control
 * "outside a user's own locality, and in every export" — for every viewer, own locality included,
 * since a file travels further than a screen (the IN_EXPORT viewer). Trainee exports carry no
 * counts and, like every trainee-level view, no sex, ethnic group or qualification.
 */

import type { Database } from '@ldm/db';
import { MEASURE_CODES } from '@ldm/shared';
import { discloseCount, discloseMeasureSet } from '@ldm/shared/disclosure';
import type { OfferFilter } from '@ldm/shared/schemas';
import type { Kysely } from 'kysely';
import { canReadAggregates } from '../auth/policy';
import type { SessionUser } from '../context';
import { disclosureLevel, IN_EXPORT } from '../measure/disclose-figures';
import { getMeasuresForPeriod } from '../measure/service';
import { listOfferCatalogue } from '../offer/service';
import { listTrainees, type TraineeListQuery } from '../trainee/service';
import { type CsvFile, toCsvFile } from './csv';

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

/** Every measure for each locality the user may read aggregates of: numerator, denominator, value. */
export async function exportMeasures(db: Kysely<Database>, user: SessionUser, periodLabel: string): Promise<CsvFile> {
  const measures = await getMeasuresForPeriod(db, periodLabel);
  const columns = ['period', 'locality', 'trainees_in_post', 'measure', 'numerator', 'denominator', 'value'];
  const rows = measures.localities
    .filter((l) => canReadAggregates(user, l.code))
    .flatMap((l) => {
      const level = disclosureLevel(IN_EXPORT, { localityCode: l.code });
      const disclosed = discloseMeasureSet(l.measures, level);
      return MEASURE_CODES.map((code) => {
        const m = disclosed[code];
        return [
          measures.period,
          l.code,
          discloseCount(l.traineesInPost, level),
          code,
          m.numerator,
          m.denominator,
          m.value,
        ];
      });
    });
  return toCsvFile(`measures-${measures.period.replace(' ', '-')}.csv`, columns, rows);
}
