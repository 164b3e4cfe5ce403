/**
 * POST /api/imports/upload — a multipart upload (field `file`) of a CSV for the import page.
 * Finds the user with the same session lookup as the tRPC context and asks the same policy
 * module (`canImport`), before anything is written to disk; the cross-site refusal in front of
 * every route applies here too. Answers `{ uploadId, fileName, size }`;
 * the file is then validated and committed through the `import` tRPC procedures.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '@ldm/db';
import express from 'express';
import type { Kysely } from 'kysely';
import multer from 'multer';
import { canImport } from '../auth/policy';
import type { SessionUser } from '../context';
import { registerUpload, uploadReceipt } from '../import/uploads';
import { requestLog } from './request-log';
import { findRequestUser } from './session-cookie';

export const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;

export function createUploadRouter(db: Kysely<Database>): express.Router {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ldm-uploads-'));
  const receive = multer({ dest: dir, limits: { fileSize: MAX_UPLOAD_BYTES, files: 1 } }).single('file');
  const uploads = express.Router();
  uploads.post(
    '/api/imports/upload',
    async (req, res, next) => {
      const user = await findRequestUser(db, req);
      if (!user) return void res.status(401).json({ error: 'Please sign in.' });
      if (!canImport(user)) {
        requestLog(res).warn({ path: req.path, userId: user.id }, 'upload refused');
        return void res.status(403).json({ error: 'The national role cannot import data.' });
      }
      res.locals.user = user;
      next();
    },
    (req, res, next) => {
      receive(req, res, async (error: unknown) => {
        if (error instanceof multer.MulterError && error.code === 'LIMIT_FILE_SIZE') {
          return void res.status(413).json({ error: 'The file is larger than 200 MB.' });
        }
        if (error instanceof multer.MulterError)
          return void res.status(400).json({ error: 'The upload could not be read.' });
        if (error) return next(error);
        if (!req.file) return void res.status(400).json({ error: 'Choose a CSV file to upload (form field "file").' });
        try {
          const upload = await registerUpload(
            db,
            { path: req.file.path, fileName: req.file.originalname, size: req.file.size },
            res.locals.user as SessionUser,
          );
          res.status(201).json(uploadReceipt(upload));
        } catch (error) {
          requestLog(res).error({ err: error }, 'internal error');
          res.status(500).json({ error: 'The upload could not be stored. Please try again.' });
        }
      });
    },
  );
  return uploads;
}
