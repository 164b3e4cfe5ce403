/**
 * The one import path (PRODUCT.md §6), used by the CLI and the dashboard: validate the whole file
 * in one streaming pass, then — if clean — apply it in a second streaming pass inside one
 * transaction. Every real import is recorded in `imports`; a dry run records nothing.
 *
 * An import that changes data writes ONE audit event with the counts, not one per row: at a
 * million rows per-row events would be noise, and the file's checksum in `imports` identifies
 * exactly what was loaded.
 */
import type { Readable } from 'node:stream';
import { bumpDataVersion, type Database, lockDataChanges } from '@ldm/db';
import type { Kysely } from 'kysely';
import { recordAuditEvent } from '../audit/record-audit-event';
import type { SessionUser } from '../context';
import { DomainError } from '../errors';
import { applyFile, type ImportCounts } from './apply-file';
import { readCsvRecords } from './csv-records';
import { IMPORT_KIND_SPECS, type ImportKind } from './import-kinds';
import type { ImportProblem } from './import-problem';
import { openImportFile, readWithChecksum } from './import-source';
import { createProgressReporter, type ImportProgress } from './progress';
import { insertImportRecord, loadReferences } from './queries';
import { validateFile } from './validate-file';

export interface RunImportOptions {
  kind: ImportKind;
  fileName: string;
  /** A file path, or a stream (spooled to a temporary file, since the file is read twice). */
  source: string | Readable;
  actor: SessionUser | null;
  /** Validate and count inserted / updated / unchanged without writing anything. */
  dryRun?: boolean;
  onProgress?: (progress: ImportProgress) => void;
}

export type ImportStatus = 'applied' | 'unchanged' | 'rejected';

export interface ImportResult {
  status: ImportStatus;
  counts: ImportCounts & { rejected: number };
  /** Every problem (capped at MAX_KEPT_PROBLEMS; `problemCount` has the full number). */
  problems: ImportProblem[];
  problemCount: number;
  rowsRead: number;
  /** Null for a dry run, which records nothing. */
  importId: number | null;
}

export async function runImport(db: Kysely<Database>, options: RunImportOptions): Promise<ImportResult> {
  const { kind, actor } = options;
  if (actor?.role === 'national') throw new DomainError('FORBIDDEN', 'The national role cannot import data.');
  const spec = IMPORT_KIND_SPECS[kind];
  const startedAt = new Date().toISOString();
  const file = await openImportFile(options.source);
  try {
    const progress = createProgressReporter(file.size, options.onProgress);
    const references = await loadReferences(db, spec.references);
    const firstRead = readWithChecksum(file.path, progress.bytes);
    const validation = await validateFile(readCsvRecords(firstRead.stream), spec, references, actor, () =>
      progress.row('validate'),
    );
    progress.finish('validate');
    const record = (status: ImportStatus, counts: ImportCounts, handle: Kysely<Database> = db) =>
      insertImportRecord(handle, {
        kind,
        file_name: options.fileName,
        checksum: firstRead.checksum(),
        user_id: actor?.id ?? null,
        started_at: startedAt,
        finished_at: new Date().toISOString(),
        status,
        ...counts,
        rejected: validation.rejectedRows,
        problems: status === 'rejected' ? JSON.stringify(validation.problems) : null,
      });
    const result = (status: ImportStatus, counts: ImportCounts, importId: number | null): ImportResult => ({
      status,
      counts: { ...counts, rejected: validation.rejectedRows },
      problems: validation.problems,
      problemCount: validation.problemCount,
      rowsRead: validation.rowsRead,
      importId,
    });

    if (validation.problemCount > 0) {
      const none = { inserted: 0, updated: 0, unchanged: 0 };
      return result('rejected', none, options.dryRun ? null : await record('rejected', none));
    }
    const secondRead = () => readCsvRecords(readWithChecksum(file.path, progress.bytes).stream);
    if (options.dryRun) {
      const counts = await applyFile(db, secondRead(), spec, references, {
        write: false,
        onRow: () => progress.row('apply'),
      });
      progress.finish('apply');
      return result(statusOf(counts), counts, null);
    }
    return await db.transaction().execute(async (trx) => {
      await lockDataChanges(trx);
      const counts = await applyFile(trx, secondRead(), spec, references, {
        write: true,
        onRow: () => progress.row('apply'),
      });
      progress.finish('apply');
      const status = statusOf(counts);
      if (status === 'applied') {
        await bumpDataVersion(trx, `import ${kind}`);
        await recordAuditEvent(trx, {
          userId: actor?.id ?? null,
          action: 'import',
          entity: kind,
          entityKey: options.fileName,
          after: counts,
        });
      }
      return result(status, counts, await record(status, counts, trx));
    });
  } finally {
    file.release();
  }
}

function statusOf(counts: ImportCounts): ImportStatus {
  return counts.inserted + counts.updated > 0 ? 'applied' : 'unchanged';
}
