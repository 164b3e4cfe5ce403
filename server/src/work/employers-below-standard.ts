/**
 * Employers below the workplace standard (PRODUCT.md §5, work to act on): the organisations
 * holding a locality's trainees in post that provide fewer than 5 of the 9 workplace practices in
 * the financial year of the period's start (M6), by name, with the practices each lacks. An
 * employer with no record for the year lacks all nine.
 */

import type { Database } from '@ldm/db';
import { WORKPLACE_PRACTICES } from '@ldm/shared';
import { discloseCount } from '@ldm/shared/disclosure';
import type { Kysely } from 'kysely';
import type { SessionUser } from '../context';
import { localityLevel } from '../measure/disclose-figures';
import { getLocalityAnalysis, parsePeriodOrThrow } from '../measure/measures-cache';
import * as q from './queries';

export async function listEmployersBelowStandard(
  db: Kysely<Database>,
  user: SessionUser,
  localityCode: string,
  periodLabel: string,
) {
  const period = parsePeriodOrThrow(periodLabel);
  const { organisationsBelowStandard } = await getLocalityAnalysis(db, period, localityCode);
  const codes = organisationsBelowStandard.map((o) => o.organisationCode);
  const organisations = new Map((await q.selectOrganisations(db, codes)).map((o) => [o.code, o]));
  const records = new Map(
    (await q.selectPracticeRecords(db, codes, period.financialYear)).map((r) => [r.organisation_code, r]),
  );
  const level = localityLevel(user, localityCode);
  // In the analysis's order: most trainees in post first.
  const employers = organisationsBelowStandard.map((o) => {
    const record = records.get(o.organisationCode);
    const lacking = WORKPLACE_PRACTICES.filter((p) => !record || Number(record[p.code]) !== 1).map((p) => p.code);
    return {
      organisationCode: o.organisationCode,
      name: organisations.get(o.organisationCode)?.name ?? o.organisationCode,
      type: organisations.get(o.organisationCode)?.type ?? null,
      traineesInPost: discloseCount(o.traineesInPost, level),
      hasRecord: record !== undefined,
      practicesProvided: WORKPLACE_PRACTICES.length - lacking.length,
      lacking,
    };
  });
  return { period: period.label, financialYear: period.financialYear, employers };
}
