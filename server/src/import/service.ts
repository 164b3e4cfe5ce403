/**
 * The one import path (PRODUCT.md §6), used by the CLI and the dashboard: validate the whole file
 * in one streaming pass (ownership included), then — if clean — apply it in a second streaming
 * pass inside one transaction. Every real import is recorded in `imports`; a dry run records nothing.
 *
 * An import that changes data writes ONE audit event with the counts and the trainees it
 * transfers in, not one per row: the row-by-row before and after is the import's change log
 * (change-log.ts), written in the same transaction.
 */
import { randomBytes } from 'node:crypto';
import type { Readable } from 'node:stream';
import { bumpDataVersion, type Database, lockDataChanges } from '@ldm/db';
import type { Kysely } from 'kysely';
import { recordAuditEvent } from '../audit/record-audit-event';
import { DomainError } from '../errors';
import type { Actor } from '../ownership/rules';
import { applyFile, type ImportCounts } from './apply-file';
import { readCsvRecords } from './csv-records';
import { storeFile } from './file-store';
import { IMPORT_KIND_SPECS, type ImportKind } from './import-kinds';
import type { ImportProblem } from './import-problem';
import { openImportFile, readWithChecksum } from './import-source';
import { createProgressReporter, type ImportProgress } from './progress';
import { finishImportRecord, insertImportRecord, loadReferences } from './queries';
import { validateFile } from './validate-file';

export interface RunImportOptions {
  kind: ImportKind;
  fileName: string;
  /** A file path, or a stream (spooled to a temporary file, since the file is read twice). */
  source: string | Readable;
  /** The stored file `source` reads (an upload); without it, a recorded import stores its file itself. */
  storedFileId?: string;
  /** Record a rejected dry run (the dashboard's check): the server, not the page, keeps who tried to load what. */
  recordRejectedDryRun?: boolean;
  actor: Actor;
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
  /** Trainees a placements file transfers in (or would), by the locality they come from, most first. */
  transfers: { from: string; trainees: number }[];
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
    const validation = await validateFile(db, readCsvRecords(firstRead.stream), spec, references, actor, () =>
      progress.row('validate'),
    );
    const transfers = [...validation.transfers]
      .map(([from, trainees]) => ({ from, trainees: trainees.size }))
      .sort((a, b) => b.trainees - a.trainees || a.from.localeCompare(b.from));
    progress.finish('validate');
    const record = async (status: ImportStatus, counts: ImportCounts, handle: Kysely<Database> = db) =>
      insertImportRecord(handle, {
        kind,
        file_id:
          options.storedFileId ??
          (
            await storeFile(handle, randomBytes(16).toString('hex'), file.path, {
              fileName: options.fileName,
              userId: actor?.id ?? null,
            })
          ).id,
        file_name: options.fileName,
        checksum: firstRead.checksum(),
        user_id: actor?.id ?? null,
        started_at: startedAt,
        finished_at: status === 'rejected' ? new Date().toISOString() : null,
        status,
        ...counts,
        rejected: validation.rejectedRows,
        problems: status === 'rejected' ? JSON.stringify(validation.problems) : null,
        transfers:
          transfers.length > 0 ? JSON.stringify(Object.fromEntries(transfers.map((t) => [t.from, t.trainees]))) : null,
      });
    const result = (status: ImportStatus, counts: ImportCounts, importId: number | null): ImportResult => ({
      status,
      counts: { ...counts, rejected: validation.rejectedRows },
      problems: validation.problems,
      problemCount: validation.problemCount,
      rowsRead: validation.rowsRead,
      importId,
      transfers,
    });

    if (validation.problemCount > 0) {
      const none = { inserted: 0, updated: 0, unchanged: 0 };
      const recorded = !options.dryRun || options.recordRejectedDryRun;
      return result('rejected', none, recorded ? await record('rejected', none) : null);
    }
    const secondRead = () => readCsvRecords(readWithChecksum(file.path, progress.bytes).stream);
    if (options.dryRun) {
      const counts = await applyFile(db, secondRead(), spec, references, {
        actor,
        onRow: () => progress.row('apply'),
        fileRows: validation.rowsRead,
      });
      progress.finish('apply');
      return result(statusOf(counts), counts, null);
    }
    return await db.transaction().execute(async (trx) => {
      await lockDataChanges(trx);
      // Recorded first, so the change log can name it; its counts and status are set at the end.
      const importId = await record('unchanged', { inserted: 0, updated: 0, unchanged: 0 }, trx);
      const counts = await applyFile(trx, secondRead(), spec, references, {
        actor,
        onRow: () => progress.row('apply'),
        importId,
        fileRows: validation.rowsRead,
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
          after: { importId, ...counts, ...(transfers.length > 0 ? { transfers } : {}) },
        });
      }
      await finishImportRecord(trx, importId, status, counts);
      return result(status, counts, importId);
    });
  } finally {
    file.release();
  }
}

function statusOf(counts: ImportCounts): ImportStatus {
  return counts.inserted + counts.updated > 0 ? 'applied' : 'unchanged';
}
