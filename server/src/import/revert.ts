/**
 * Reverting an applied import (issue 14): in one transaction, every row it inserted is deleted and
 * every row it updated goes back to its before-state — unless any of those rows no longer holds
 * what the import left (a later import or edit changed it), in which case nothing changes and the
 * conflicting rows are listed. The importing locality's dean or academy lead, an administrator or
 * the operator (CLI) may revert. A revert is audited, recorded in the import history (its own
 * `imports` row, linked both ways) and bumps the data version. Changes are read a batch at a time,
 * so a million-row import is reverted in bounded memory.
 */
import { bumpDataVersion, type Database, lockDataChanges } from '@ldm/db';
import type { Kysely } from 'kysely';
import { recordAuditEvent } from '../audit/record-audit-event';
import { DomainError } from '../errors';
import { type Actor, mayChange, ownerOfImport } from '../ownership/rules';
import { isSameRow } from './apply-file';
import { readChanges } from './change-log';
import { IMPORT_KIND_SPECS, isImportKind } from './import-kinds';
import { importsWithUploader, insertImportRecord } from './queries';

/** Conflicting keys listed (all are counted). */
const MAX_LISTED_CONFLICTS = 1000;

export type RevertResult =
  | { status: 'reverted'; revertImportId: number; deleted: number; restored: number }
  | { status: 'conflict'; conflictCount: number; conflicts: string[] };

export interface RevertOptions {
  /** Called after each batch of rows put back (for the CLI's progress). */
  onProgress?: (rowsReverted: number) => void;
}

export async function revertImport(
  db: Kysely<Database>,
  actor: Actor,
  importId: number,
  options: RevertOptions = {},
): Promise<RevertResult> {
  return db.transaction().execute(async (trx) => {
    await lockDataChanges(trx);
    const record = await importsWithUploader(trx)
      .select([
        'imports.kind',
        'imports.status',
        'imports.file_name',
        'imports.checksum',
        'imports.file_id',
        'imports.reverts_import_id',
        'imports.reverted_by_import_id',
        'users.locality_code',
      ])
      .where('imports.id', '=', importId)
      .executeTakeFirst();
    if (!record || !mayChange(actor, ownerOfImport(record.locality_code)))
      throw new DomainError('NOT_FOUND', `There is no import ${importId} you can revert.`);
    if (record.reverted_by_import_id !== null)
      throw new DomainError(
        'CONFLICT',
        `Import ${importId} was already reverted (by import ${record.reverted_by_import_id}).`,
      );
    if (record.reverts_import_id !== null)
      throw new DomainError('CONFLICT', `Import ${importId} is itself a revert: import the file again instead.`);
    if (record.status !== 'applied' || !isImportKind(record.kind))
      throw new DomainError('CONFLICT', `Import ${importId} changed nothing, so there is nothing to revert.`);
    const spec = IMPORT_KIND_SPECS[record.kind];

    const conflicts: string[] = [];
    let conflictCount = 0;
    for await (const batch of readChanges(trx, importId)) {
      const current = await spec.store.findExisting(
        trx,
        batch.map((change) => change.after),
      );
      for (const change of batch) {
        const now = current.get(spec.keyOf(change.after));
        if (now !== undefined && isSameRow(change.after, now)) continue;
        conflictCount += 1;
        if (conflicts.length < MAX_LISTED_CONFLICTS) conflicts.push(change.key);
      }
    }
    if (conflictCount > 0) return { status: 'conflict', conflictCount, conflicts };

    let deleted = 0;
    let restored = 0;
    for await (const batch of readChanges(trx, importId)) {
      const inserted = batch.filter((change) => change.before === null).map((change) => change.after);
      // Only the columns the file stated go back (not, say, who created a trainee).
      const updated = batch
        .filter((change) => change.before !== null)
        .map((change) => pick(change.before, Object.keys(change.after as object)));
      try {
        await spec.store.deleteRows(trx, inserted);
      } catch (error) {
        if (!isForeignKeyViolation(error)) throw error;
        throw new DomainError(
          'CONFLICT',
          `Rows import ${importId} added are now used by later data (e.g. placements of a trainee it added): nothing was reverted.`,
        );
      }
      await spec.store.saveRows(trx, updated, actor);
      deleted += inserted.length;
      restored += updated.length;
      options.onProgress?.(deleted + restored);
    }

    const now = new Date().toISOString();
    const revertImportId = await insertImportRecord(trx, {
      kind: record.kind,
      file_name: record.file_name,
      checksum: record.checksum,
      file_id: record.file_id,
      user_id: actor?.id ?? null,
      started_at: now,
      finished_at: now,
      status: 'applied',
      inserted: 0,
      updated: restored,
      unchanged: 0,
      rejected: 0,
      problems: null,
      reverts_import_id: importId,
    });
    await trx
      .updateTable('imports')
      .set({ reverted_by_import_id: revertImportId })
      .where('id', '=', importId)
      .execute();
    await bumpDataVersion(trx, `revert import ${importId}`);
    await recordAuditEvent(trx, {
      userId: actor?.id ?? null,
      action: 'revert',
      entity: record.kind,
      entityKey: `import ${importId}`,
      after: { revertImportId, deleted, restored },
    });
    return { status: 'reverted', revertImportId, deleted, restored };
  });
}

function pick(row: unknown, columns: readonly string[]): Record<string, unknown> {
  const values = row as Record<string, unknown>;
  return Object.fromEntries(columns.map((name) => [name, values[name]]));
}

/** SQLite's `FOREIGN KEY constraint failed`, PostgreSQL's SQLSTATE 23503. */
function isForeignKeyViolation(error: unknown): boolean {
  const { code, message } = error as { code?: string; message?: string };
  return (
    code === '23503' || code === 'SQLITE_CONSTRAINT_FOREIGNKEY' || /FOREIGN KEY constraint failed/.test(message ?? '')
  );
}
