/**
 * Who may do what (PRODUCT.md §7), as plain functions that middleware and services share:
 * - `admin` does everything;
 * - `national` reads every locality's aggregates and approved reports, never trainee-level rows;
 * - `dean` and `academy_lead` read and change only their own locality (national offers read-only).
 */
import type { SessionUser } from '../context';

export function isOwnLocality(user: SessionUser, localityCode: string | null): boolean {
  return localityCode !== null && user.localityCode === localityCode;
}

/** Aggregated figures (measures, breakdowns) of one locality. */
export function canReadAggregates(user: SessionUser, localityCode: string): boolean {
  return user.role === 'admin' || user.role === 'national' || isOwnLocality(user, localityCode);
}

/** Every locality's figures in one file (the open-data file): admin and national users. */
export function canReadNationalData(user: SessionUser): boolean {
  return user.role === 'admin' || user.role === 'national';
}

/** Trainee-level rows (trainees, placements, participations) of one locality. */
export function canReadRecords(user: SessionUser, localityCode: string): boolean {
  return user.role === 'admin' || isOwnLocality(user, localityCode);
}

/** Changes to a locality's data; `null` means national (offers with national scope): admin only. */
export function canWrite(user: SessionUser, localityCode: string | null): boolean {
  return user.role === 'admin' || isOwnLocality(user, localityCode);
}

/** Uploading an import file: whoever may change some locality's data — never the national role. */
export function canImport(user: SessionUser): boolean {
  return canWrite(user, user.localityCode);
}
