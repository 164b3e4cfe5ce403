/**
 * `pnpm cli import <kind> <file.csv>` (PRODUCT.md §9): the same `runImport` as the dashboard,
 * acting as the operator (full access). Counts or problems go to standard output, progress
 * (percentage and rows per second) to standard error; any problem exits non-zero.
 */
import path from 'node:path';
import { type Database, databaseConfigFromEnv, migrateToLatest, openDatabase } from '@ldm/db';
import type { Command } from 'commander';
import type { Kysely } from 'kysely';
import { DomainError } from '../errors';
import { IMPORT_KINDS, isImportKind } from '../import/import-kinds';
import { formatProblem } from '../import/import-problem';
import type { ImportProgress } from '../import/progress';
import { revertImport } from '../import/revert';
import { type ImportResult, runImport } from '../import/service';

export function registerImportCommand(program: Command): void {
  program
    .command('import')
    .description(
      `validate a CSV file and, if clean, apply it (kinds: ${IMPORT_KINDS.join(', ')}); or 'import revert <importId>'`,
    )
    .argument('<kind>', "kind of file, or 'revert'")
    .argument('<file>', 'CSV file (for revert: the import id)')
    .action(async (kind: string, file: string) => {
      if (kind === 'revert') {
        process.exitCode = await revertCommand(file);
        return;
      }
      if (!isImportKind(kind)) {
        process.stderr.write(`Unknown kind "${kind}": use one of ${IMPORT_KINDS.join(', ')}\n`);
        process.exitCode = 2;
        return;
      }
      const db = openDatabase(databaseConfigFromEnv());
      try {
        await migrateToLatest(db);
        const result = await importFile(db, kind, file);
        process.exitCode = printResult(result);
      } finally {
        await db.destroy();
      }
    });
}

function importFile(db: Kysely<Database>, kind: (typeof IMPORT_KINDS)[number], file: string): Promise<ImportResult> {
  let phase: ImportProgress['phase'] = 'validate';
  let phaseStartedAt = Date.now();
  return runImport(db, {
    kind,
    fileName: path.basename(file),
    source: path.resolve(file),
    actor: null,
    onProgress: (progress) => {
      if (progress.phase !== phase) {
        phase = progress.phase;
        phaseStartedAt = Date.now();
        process.stderr.write('\n');
      }
      process.stderr.write(`\r${describeProgress(progress, Date.now() - phaseStartedAt)}`);
    },
  }).finally(() => process.stderr.write('\n'));
}

export function describeProgress(progress: ImportProgress, elapsedMs: number): string {
  const percent = progress.totalBytes > 0 ? Math.floor((100 * progress.bytesRead) / progress.totalBytes) : 100;
  const rate = Math.round((progress.rowsRead * 1000) / Math.max(elapsedMs, 1));
  return `${progress.phase === 'validate' ? 'validating' : 'applying'}: ${percent}% (${progress.rowsRead} rows, ${rate} rows/s)   `;
}

/** `pnpm cli import revert <importId>`, as the operator: prints what was put back, or the conflicting rows. */
async function revertCommand(idText: string): Promise<number> {
  const importId = Number(idText);
  if (!/^\d+$/.test(idText) || importId < 1) {
    process.stderr.write(`"${idText}" is not an import id (a whole number, as listed in the import history)\n`);
    return 2;
  }
  const db = openDatabase(databaseConfigFromEnv());
  try {
    await migrateToLatest(db);
    const result = await revertImport(db, null, importId, {
      onProgress: (rows) => process.stderr.write(`\rreverting: ${rows} rows   `),
    });
    if (result.status === 'conflict') {
      for (const key of result.conflicts) process.stdout.write(`changed since import ${importId}: ${key}\n`);
      process.stderr.write(
        `Not reverted: ${result.conflictCount} rows were changed later by another import or edit; nothing was changed.\n`,
      );
      return 1;
    }
    process.stdout.write(
      `reverted import ${importId}: deleted ${result.deleted}, restored ${result.restored} (recorded as import ${result.revertImportId})\n`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 1;
  } finally {
    await db.destroy();
  }
}

/** Prints the outcome and returns the exit code. */
function printResult(result: ImportResult): number {
  if (result.status === 'rejected') {
    for (const problem of result.problems) process.stdout.write(`${formatProblem(problem)}\n`);
    const hidden = result.problemCount - result.problems.length;
    if (hidden > 0) process.stderr.write(`… and ${hidden} more problems not listed\n`);
    process.stderr.write(
      `Rejected: ${result.problemCount} problems in ${result.counts.rejected} rows; nothing was changed.\n`,
    );
    return 1;
  }
  const { inserted, updated, unchanged } = result.counts;
  process.stdout.write(`inserted ${inserted}, updated ${updated}, unchanged ${unchanged}\n`);
  return 0;
}
