/**
 * The import history of the dashboard: past imports, a rejected file's problems and its "rows
 * with problems" CSV, an applied import's changes row by row and its original file (reverting:
 * revert.ts). An import is seen (and reverted) by whoever owns it (ownership/rules.ts `ownerOfImport`):
 * users of the importing locality, and administrators.
 */

import type { Database } from '@ldm/db';
import type { Kysely } from 'kysely';
import type { SessionUser } from '../context';
import { DomainError } from '../errors';
import { toCsvFile } from '../export/csv';
import { mayChange, ownerOfImport } from '../ownership/rules';
import { selectChangesPage } from './change-log';
import { readCsvRecords } from './csv-records';
import { readStoredFile } from './file-store';
import type { ImportKind } from './import-kinds';
import { formatProblem, type ImportProblem } from './import-problem';
import { selectImport, selectImports } from './queries';

const visibleLocality = (user: SessionUser) => (user.role === 'admin' ? null : user.localityCode);

export function listImports(db: Kysely<Database>, user: SessionUser, filter: { kind?: ImportKind; limit: number }) {
  return selectImports(db, { ...filter, localityCode: visibleLocality(user) });
}

/** The import if the user may see it; anything else is "not found" (another locality's imports are not confirmed). */
export async function findVisibleImport(db: Kysely<Database>, user: SessionUser, importId: number) {
  const record = await selectImport(db, importId);
  if (!record || !mayChange(user, ownerOfImport(record.locality_code)))
    throw new DomainError('NOT_FOUND', 'That import was not found.');
  return record;
}

export async function listImportProblems(
  db: Kysely<Database>,
  user: SessionUser,
  importId: number,
): Promise<ImportProblem[]> {
  const record = await findVisibleImport(db, user, importId);
  return record.problems ? (JSON.parse(record.problems) as ImportProblem[]) : [];
}

export async function listImportChanges(
  db: Kysely<Database>,
  user: SessionUser,
  query: { importId: number; page: number; pageSize: number; key: string },
) {
  await findVisibleImport(db, user, query.importId);
  return selectChangesPage(db, query.importId, query);
}

/**
 * A rejected file's failing rows, as they were in the file, with a `problem` column added: ready
 * to correct and upload again. Problems of the header (row 1) have no row to copy and are left out.
 */
export async function problemRowsCsv(db: Kysely<Database>, user: SessionUser, importId: number) {
  const record = await findVisibleImport(db, user, importId);
  if (!record.problems || !record.file_id) throw new DomainError('NOT_FOUND', 'That import has no rows with problems.');
  const problemsOf = new Map<number, string[]>();
  for (const problem of JSON.parse(record.problems) as ImportProblem[]) {
    const texts = problemsOf.get(problem.row) ?? [];
    texts.push(formatProblem(problem).replace(/^row \d+, /, ''));
    problemsOf.set(problem.row, texts);
  }
  let header: string[] = [];
  const rows: string[][] = [];
  for await (const csvRecord of readCsvRecords(readStoredFile(db, record.file_id))) {
    if (csvRecord.line === 1) header = csvRecord.cells;
    else if (problemsOf.has(csvRecord.line))
      rows.push([...csvRecord.cells, problemsOf.get(csvRecord.line)!.join('; ')]);
  }
  return toCsvFile(`${record.file_name.replace(/\.csv$/i, '')}-rows-with-problems.csv`, [...header, 'problem'], rows);
}
