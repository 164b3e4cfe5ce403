/**
 * The one HTTP process: tRPC under /trpc, the import upload, the built dashboard (client/dist)
 * for everything else. Every request passes the same doors in the same order: a request id and
 * its logger, security headers, the cross-site refusal; then one session lookup for tRPC and the
 * upload alike.
 */
import fs from 'node:fs';
import path from 'node:path';
import { type Database, REPOSITORY_ROOT } from '@ldm/db';
import { MAX_BATCH_SIZE } from '@ldm/shared/api-limits';
import { createExpressMiddleware } from '@trpc/server/adapters/express';
import cookieParser from 'cookie-parser';
import express, { type ErrorRequestHandler } from 'express';
import type { Kysely } from 'kysely';
import { createContext } from '../context';
import { createImportFileRouter } from '../import/file-route';
import { type Logger, silentLogger } from '../logging/logger';
import { appRouter } from '../router';
import { refuseCrossSite, requireJson } from './cross-site-guard';
import { logRequests, requestLog } from './request-log';
import { securityHeaders } from './security-headers';
import {
  clearSessionCookie,
  findRequestUser,
  SESSION_COOKIE,
  sessionTokenOf,
  setSessionCookie,
} from './session-cookie';
import { createUploadRouter } from './upload-route';

export { SESSION_COOKIE };

const CLIENT_DIST = path.join(REPOSITORY_ROOT, 'client', 'dist');

export interface AppOptions {
  /**
   * Express 'trust proxy': the proxy whose X-Forwarded-For / -Proto headers are believed
   * (`loopback`, an address or subnet, a comma-separated list). Unset: none is believed, and the
   * address limit of sign-in counts the connecting address.
   */
  trustProxy?: string;
  /** main.ts passes the server's logger; tests pass one writing to a stream they read, or none. */
  logger?: Logger;
}

export function createApp(db: Kysely<Database>, options: AppOptions = {}): express.Express {
  const logger = options.logger ?? silentLogger;
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', options.trustProxy ?? false);
  app.use(logRequests(logger));
  app.use(securityHeaders);
  app.use(refuseCrossSite);
  app.use(cookieParser());
  app.use(createUploadRouter(db));
  app.use(createImportFileRouter(db));
  app.use(
    '/trpc',
    requireJson,
    createExpressMiddleware({
      router: appRouter,
      maxBodySize: 50 * 1024 * 1024,
      maxBatchSize: MAX_BATCH_SIZE,
      createContext: async ({ req, res, info }) =>
        createContext({
          db,
          user: await findRequestUser(db, req),
          ip: req.ip ?? 'unknown',
          log: requestLog(res),
          http: {
            sessionToken: sessionTokenOf(req),
            batched: info.isBatchCall,
            setSessionCookie: (token, expires) => setSessionCookie(req, res, token, expires),
            clearSessionCookie: () => clearSessionCookie(res),
          },
        }),
      onError: ({ error, path, req }) => {
        const log = requestLog(req.res!);
        // Internal errors are logged here with their stack; the client gets a plain sentence.
        if (error.code === 'INTERNAL_SERVER_ERROR') log.error({ err: error.cause ?? error, path }, 'internal error');
        else log.warn({ path, code: error.code, reason: error.message }, 'call refused');
      },
    }),
  );
  if (fs.existsSync(CLIENT_DIST)) {
    app.use(express.static(CLIENT_DIST, { index: false }));
    // Client-side routes: every other GET gets the single-page app.
    app.get(/^(?!\/trpc).*/, (_req, res) => res.sendFile(path.join(CLIENT_DIST, 'index.html')));
  }
  app.use(logInternalErrors);
  return app;
}

/** Anything that escapes a route is logged with its stack and answered with a plain 500. */
const logInternalErrors: ErrorRequestHandler = (error, _req, res, _next) => {
  requestLog(res).error({ err: error }, 'internal error');
  if (!res.headersSent) res.status(500).json({ error: 'Something went wrong on the server. Please try again.' });
};
