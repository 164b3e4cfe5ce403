/**
 * GET /api/imports/:importId/file — the original file of an import, as it was uploaded, for
 * whoever may see that import (history-service.ts). Streamed from the database chunk by chunk: a
 * file can be 200 MB, too large for a tRPC answer. Finds the user with the same session lookup as the tRPC context.
 */
import type { Database } from '@ldm/db';
import express from 'express';
import type { Kysely } from 'kysely';
import { DomainError } from '../errors';
import { findRequestUser } from '../http/session-cookie';
import { readStoredFile } from './file-store';
import { findVisibleImport } from './history-service';

export function createImportFileRouter(db: Kysely<Database>): express.Router {
  const files = express.Router();
  files.get('/api/imports/:importId/file', async (req, res) => {
    const user = await findRequestUser(db, req);
    if (!user) return void res.status(401).json({ error: 'Please sign in.' });
    const importId = Number(req.params.importId);
    try {
      if (!Number.isSafeInteger(importId) || importId < 1)
        throw new DomainError('NOT_FOUND', 'That import was not found.');
      const record = await findVisibleImport(db, user, importId);
      if (!record.file_id) throw new DomainError('NOT_FOUND', 'That import has no stored file.');
      res.attachment(record.file_name);
      res.type('text/csv');
      readStoredFile(db, record.file_id).pipe(res);
    } catch (error) {
      if (error instanceof DomainError) return void res.status(404).json({ error: error.message });
      res.status(500).json({ error: 'The file could not be read.' });
    }
  });
  return files;
}
