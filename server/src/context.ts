/**
 * What every tRPC call sees: the database handle and the signed-in user (or null).
 * Built by a plain function so tests call routers with `createCaller` and no HTTP.
 */

import type { Database } from '@ldm/db';
import type { Role } from '@ldm/shared';
import type { Kysely } from 'kysely';
import { type SignInLimiter, signInLimiter } from './auth/sign-in-limiter';

export interface SessionUser {
  id: number;
  email: string;
  name: string;
  role: Role;
  /** Set for `dean` and `academy_lead`, null for `national` and `admin`. */
  localityCode: string | null;
}

export interface Context {
  db: Kysely<Database>;
  user: SessionUser | null;
  /** Client address, for rate limiting sign-in. */
  ip: string;
  /** The server's one limiter; a test passes its own so attempts do not leak between tests. */
  signInLimiter: SignInLimiter;
  /** Present over HTTP: lets sign-in / sign-out set the session cookie. */
  http?: {
    setSessionCookie: (token: string, expires: Date) => void;
    clearSessionCookie: () => void;
    sessionToken: string | null;
  };
}

export function createContext(options: {
  db: Kysely<Database>;
  user?: SessionUser | null;
  ip?: string;
  http?: Context['http'];
  signInLimiter?: SignInLimiter;
}): Context {
  return {
    db: options.db,
    user: options.user ?? null,
    ip: options.ip ?? '127.0.0.1',
    http: options.http,
    signInLimiter: options.signInLimiter ?? signInLimiter,
  };
}
