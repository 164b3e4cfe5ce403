/**
 * The session cookie, read and written in one place: tRPC's context and the upload route both
 * find the signed-in user with `findRequestUser`, so every way in shares one session lookup.
 */
import type { Database } from '@ldm/db';
import type { Request, Response } from 'express';
import type { Kysely } from 'kysely';
import { findSessionUser } from '../auth/session-user';
import type { SessionUser } from '../context';

export const SESSION_COOKIE = 'ldm_session';

export function sessionTokenOf(req: Request): string | null {
  return req.cookies?.[SESSION_COOKIE] ?? null;
}

export async function findRequestUser(db: Kysely<Database>, req: Request): Promise<SessionUser | null> {
  const token = sessionTokenOf(req);
  return token ? findSessionUser(db, token) : null;
}

export function setSessionCookie(req: Request, res: Response, token: string, expires: Date): void {
  res.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure: req.secure, expires, path: '/' });
}

export function clearSessionCookie(res: Response): void {
  res.clearCookie(SESSION_COOKIE, { path: '/' });
}
