/**
 * A locality's own record for a period — its progress report, its self-assessment — as its author
 * creates it: whose it is, for when, and who wrote it when.
 */
export interface NewLocalityRecord {
  localityCode: string;
  period: string;
  userId: number;
  now: string;
}

/** The columns every such table shares, for an insert. */
export function localityRecordColumns(record: NewLocalityRecord) {
  return {
    locality_code: record.localityCode,
    period: record.period,
    created_by: record.userId,
    created_at: record.now,
    updated_at: record.now,
  };
}
