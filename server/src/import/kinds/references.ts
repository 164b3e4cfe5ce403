/** Cell readers shared by several kinds: the GMC number, references to stored rows, date ranges. */
import { type CellResult, readDate } from '../cell-values';
import type { RowReader } from '../row-reader';

export function readGmcNumber(text: string): CellResult<string> {
  return /^\d{7}$/.test(text) ? { ok: true, value: text } : { ok: false, reason: 'must be a GMC number of 7 digits' };
}

/** A reader that accepts only keys present in `known` (the database's key set, loaded once). */
export function readReference(
  known: { has(key: string): boolean },
  noun: string,
): (text: string) => CellResult<string> {
  return (text) =>
    known.has(text) ? { ok: true, value: text } : { ok: false, reason: `refers to an unknown ${noun}` };
}

/** A GMC number that must also belong to a stored trainee. */
export function readTraineeReference(trainees: { has(key: string): boolean }): (text: string) => CellResult<string> {
  const known = readReference(trainees, 'trainee');
  return (text) => {
    const form = readGmcNumber(text);
    return form.ok ? known(text) : form;
  };
}

/** Reads `start_date` and `end_date` and reports an end before the start against `end_date`. */
export function readDateRange(reader: RowReader, endRequired: boolean): { start: string; end: string | null } {
  const start = reader.required('start_date', readDate);
  const end = endRequired ? reader.required('end_date', readDate) : reader.optional('end_date', readDate);
  if (start && end && end < start) reader.reject('end_date', 'is before start_date');
  return { start, end };
}
