/**
 * Who owns a record (PRODUCT.md §7), in one place: every form, every import kind and every future
 * write asks these functions, never its own copy of the rule. An owner is a locality code, or null
 * for a record only an administrator (or the operator at the command line) may change: a national
 * offer and what hangs off it, or a trainee nobody in a locality created or placed.
 *
 * The rule for a change: the user must own the record as it is stored AND as it would be after the
 * change ("an existing placement may be changed only by the locality that owns it now and would
 * own it after the change" — the same holds for every record).
 */
import type { SessionUser } from '../context';
import { DomainError } from '../errors';

export type Owner = string | null;

/** An actor of a write: a signed-in user, or null for the operator at the command line (full access). */
export type Actor = SessionUser | null;

export const ownerOfOrganisation = (organisation: { locality_code: string }): Owner => organisation.locality_code;
export const ownerOfProgramme = (programme: { locality_code: string }): Owner => programme.locality_code;
/** An offer belongs to its scope locality; a national offer (scope null) to administrators. */
export const ownerOfOffer = (offer: { scope_locality_code: string | null }): Owner => offer.scope_locality_code;
/** A cohort belongs to the owner of its offer. */
export const ownerOfCohort = (offerOwner: Owner): Owner => offerOwner;
/** A placement belongs to the locality of its organisation. */
export const ownerOfPlacement = (organisationLocality: string): Owner => organisationLocality;
/**
 * A trainee belongs to the locality of their latest placement's organisation (latest start date;
 * ties: lowest placement id, as for the home placement); a trainee with no placement to the
 * locality of whoever created them.
 */
export const ownerOfTrainee = (latestPlacementLocality: string | null, createdByLocality: string | null): Owner =>
  latestPlacementLocality ?? createdByLocality;
/** A participation belongs to the owner of its cohort; in a cohort of a national offer, to the trainee's owner. */
export const ownerOfParticipation = (cohortOwner: Owner, traineeOwner: Owner): Owner => cohortOwner ?? traineeOwner;
export const ownerOfWorkplacePracticeRecord = (organisationLocality: string): Owner => organisationLocality;
/**
 * An import (its history row, problems, change log and file, and reverting it) belongs to the
 * locality of the user who made it; one by an administrator or the operator to administrators.
 */
export const ownerOfImport = (importingUserLocality: string | null): Owner => importingUserLocality;

/** The locality a record created by this actor is owned by when nothing else decides (a new trainee). */
export const creatorLocality = (actor: Actor): string | null =>
  actor && actor.role !== 'admin' ? actor.localityCode : null;

/** Whether the actor may change (or read at record level) what `owner` owns. */
export function mayChange(actor: Actor, owner: Owner): boolean {
  if (actor === null || actor.role === 'admin') return true;
  if (actor.role === 'national') return false;
  return owner !== null && owner === actor.localityCode;
}

/**
 * The first of the owners (the record's owner now, and after the change) the actor may not
 * change, or undefined when the change is the actor's to make. Undefined owners (a record not
 * stored yet) are skipped.
 */
export function foreignOwner(actor: Actor, owners: readonly (Owner | undefined)[]): Owner | undefined {
  return owners.find((owner) => owner !== undefined && !mayChange(actor, owner));
}

/** How a foreign owner is named to the user: its locality code, or `national`. */
export const ownerLabel = (owner: Owner): string => owner ?? 'national';

/** The problem text an import row reports, and a form's refusal says, for a record owned elsewhere. */
export const outsideYourLocality = (owner: Owner): string => `outside your locality (${ownerLabel(owner)})`;

/** For forms: refuses a change of a record owned (now or after) by someone else. */
export function assertMayChange(actor: Actor, owners: readonly (Owner | undefined)[], what: string): void {
  const owner = foreignOwner(actor, owners);
  if (owner === undefined) return;
  throw new DomainError(
    'FORBIDDEN',
    owner === null
      ? `${what} is national: only an administrator can change it.`
      : `${what} is ${outsideYourLocality(owner)}.`,
  );
}
