/**
 * What every tRPC call sees: the database handle and the signed-in user (or null).
 * Built by a plain function so tests call routers with `createCaller` and no HTTP.
 */

import type { Database } from '@ldm/db';
import type { Role } from '@ldm/shared';
import type { Kysely } from 'kysely';
import { DEFAULT_SIGN_IN_LIMITS, type SignInLimits } from './auth/sign-in-limiter';
import { type Logger, silentLogger } from './logging/logger';

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
  /** Sign-in limits; the counts themselves are in the database. */
  signInLimits: SignInLimits;
  /** The request's logger (its lines carry the request id); silent outside HTTP. */
  log: Logger;
  /** Present over HTTP: lets sign-in / sign-out set the session cookie. */
  http?: {
    /** The call came in a tRPC batch (`?batch=1`); sign-in refuses that. */
    batched: boolean;
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
  log?: Logger;
  signInLimits?: SignInLimits;
}): Context {
  return {
    db: options.db,
    user: options.user ?? null,
    ip: options.ip ?? '127.0.0.1',
    http: options.http,
    log: options.log ?? silentLogger,
    signInLimits: options.signInLimits ?? DEFAULT_SIGN_IN_LIMITS,
  };
}
