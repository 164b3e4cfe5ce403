/**
 * The one HTTP process: tRPC under /trpc, the built dashboard (client/dist) for everything else.
 */
import fs from 'node:fs';
import path from 'node:path';
import { type Database, REPOSITORY_ROOT } from '@ldm/db';
import { createExpressMiddleware } from '@trpc/server/adapters/express';
import cookieParser from 'cookie-parser';
import express from 'express';
import type { Kysely } from 'kysely';
import { findSessionUser } from '../auth/session-user';
import { createContext } from '../context';
import { appRouter } from '../router';
import { createUploadRouter } from './upload-route';

export const SESSION_COOKIE = 'ldm_session';
const CLIENT_DIST = path.join(REPOSITORY_ROOT, 'client', 'dist');

export function createApp(db: Kysely<Database>): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(cookieParser());
  app.use(createUploadRouter(db, SESSION_COOKIE));
  app.use(
    '/trpc',
    createExpressMiddleware({
      router: appRouter,
      maxBodySize: 50 * 1024 * 1024,
      createContext: async ({ req, res }) => {
        const token: string | null = req.cookies?.[SESSION_COOKIE] ?? null;
        const user = token ? await findSessionUser(db, token) : null;
        return createContext({
          db,
          user,
          ip: req.ip ?? 'unknown',
          http: {
            sessionToken: token,
            setSessionCookie: (value, expires) =>
              res.cookie(SESSION_COOKIE, value, {
                httpOnly: true,
                sameSite: 'lax',
                secure: req.secure,
                expires,
                path: '/',
              }),
            clearSessionCookie: () => res.clearCookie(SESSION_COOKIE, { path: '/' }),
          },
        });
      },
    }),
  );
  if (fs.existsSync(CLIENT_DIST)) {
    app.use(express.static(CLIENT_DIST, { index: false }));
    // Client-side routes: every other GET gets the single-page app.
    app.get(/^(?!\/trpc).*/, (_req, res) => res.sendFile(path.join(CLIENT_DIST, 'index.html')));
  }
  return app;
}
