/** Cohorts: runs of an offer, changed by whoever may change the offer. */

import { bumpDataVersion, type Database, lockDataChanges } from '@ldm/db';
import type { CohortValues } from '@ldm/shared/schemas';
import type { Kysely } from 'kysely';
import { recordAuditEvent } from '../audit/record-audit-event';
import type { SessionUser } from '../context';
import { DomainError } from '../errors';
import { assertMayChange, ownerOfCohort, ownerOfOffer } from '../ownership/rules';
import { countParticipations, deleteCohortRow, insertCohort, selectCohort, updateCohortRow } from './cohort-queries';
import { toApiCohortFields, toCohortRow } from './offer-shape';
import { type ApiOffer, findVisibleOffer, getOffer } from './service';

export async function saveCohort(
  db: Kysely<Database>,
  user: SessionUser,
  localityCode: string,
  values: CohortValues,
  mode: 'create' | 'update',
): Promise<ApiOffer> {
  const offer = await findVisibleOffer(db, localityCode, values.offerCode);
  // A cohort never moves to another offer here (update requires the same offer), so its owner now and after is the offer's.
  assertMayChange(user, [ownerOfCohort(ownerOfOffer(offer))], 'This cohort');
  const existing = await selectCohort(db, values.code);
  if (mode === 'create' && existing)
    throw new DomainError('CONFLICT', `A cohort with code ${values.code} already exists.`);
  if (mode === 'update' && existing?.offer_code !== values.offerCode) {
    throw new DomainError('NOT_FOUND', `Offer ${values.offerCode} has no cohort ${values.code}.`);
  }
  await db.transaction().execute(async (tx) => {
    await lockDataChanges(tx);
    if (mode === 'create') await insertCohort(tx, toCohortRow(values));
    else await updateCohortRow(tx, toCohortRow(values));
    await bumpDataVersion(tx, `cohort ${mode} ${values.code}`);
    await recordAuditEvent(tx, {
      userId: user.id,
      action: mode,
      entity: 'cohort',
      entityKey: values.code,
      before: existing && toApiCohortFields(existing),
      after: values,
    });
  });
  return getOffer(db, user, localityCode, values.offerCode);
}

/** Removes a cohort nobody has joined; participations are history and are never deleted from here. */
export async function removeCohort(
  db: Kysely<Database>,
  user: SessionUser,
  localityCode: string,
  offerCode: string,
  code: string,
): Promise<ApiOffer> {
  const offer = await findVisibleOffer(db, localityCode, offerCode);
  assertMayChange(user, [ownerOfCohort(ownerOfOffer(offer))], 'This cohort');
  const existing = await selectCohort(db, code);
  if (existing?.offer_code !== offerCode)
    throw new DomainError('NOT_FOUND', `Offer ${offerCode} has no cohort ${code}.`);
  if ((await countParticipations(db, code)) > 0)
    throw new DomainError('CONFLICT', `Cohort ${code} has participants: it cannot be removed.`);
  await db.transaction().execute(async (tx) => {
    await lockDataChanges(tx);
    await deleteCohortRow(tx, code);
    await bumpDataVersion(tx, `cohort delete ${code}`);
    await recordAuditEvent(tx, {
      userId: user.id,
      action: 'delete',
      entity: 'cohort',
      entityKey: code,
      before: toApiCohortFields(existing),
    });
  });
  return getOffer(db, user, localityCode, offerCode);
}
