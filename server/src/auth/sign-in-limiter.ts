/**
 * Sign-in rate limits, counted in the database so they hold for any mix of requests — batched,
 * concurrent, or spread over several server processes sharing one PostgreSQL.
 *
 * Every attempt is counted *before* its password is checked, by one atomic upsert per key
 * (`INSERT … ON CONFLICT DO UPDATE … RETURNING`, the same statement on SQLite and PostgreSQL);
 * an attempt whose count is over the limit is refused without checking the password, so at most
 * `perAccount` passwords are ever tried per account and window, however the requests arrive.
 *
 * Why not rate-limiter-flexible's SQL stores: RateLimiterPostgres wants the raw `pg` pool and
 * RateLimiterSQLite the raw better-sqlite3 handle (neither takes a Kysely instance), each creates
 * its own table at run time outside our migrations, and the two use different tables — one
 * Kysely statement gives the same atomic counter on both dialects with the schema in `db/`.
 */
import type { Database } from '@ldm/db';
import { type Kysely, sql } from 'kysely';
import { DomainError } from '../errors';

export interface SignInLimits {
  /** Attempts per account (email) per window. */
  perAccount: number;
  /** Attempts per client address per window (successful ones are given back). */
  perAddress: number;
  /** Window length; an account or address over its limit waits until its window ends. */
  minutes: number;
}

export const DEFAULT_SIGN_IN_LIMITS: SignInLimits = { perAccount: 5, perAddress: 30, minutes: 15 };

const accountKey = (email: string) => `account:${email}`;
const addressKey = (ip: string) => `address:${ip}`;

/** Adds one attempt to a key's window (starting a new window if the old one ended); returns the count. */
async function countAttempt(
  db: Kysely<Database>,
  key: string,
  now: Date,
  minutes: number,
): Promise<{ attempts: number; windowEndsAt: string }> {
  const nowIso = now.toISOString();
  const newEnd = new Date(now.getTime() + minutes * 60_000).toISOString();
  const ended = sql<boolean>`sign_in_attempts.window_ends_at <= ${nowIso}`;
  const row = await db
    .insertInto('sign_in_attempts')
    .values({ key, attempts: 1, window_ends_at: newEnd })
    .onConflict((conflict) =>
      conflict.column('key').doUpdateSet({
        attempts: sql<number>`case when ${ended} then 1 else sign_in_attempts.attempts + 1 end`,
        window_ends_at: sql<string>`case when ${ended} then ${newEnd} else sign_in_attempts.window_ends_at end`,
      }),
    )
    .returning(['attempts', 'window_ends_at'])
    .executeTakeFirstOrThrow();
  return { attempts: row.attempts, windowEndsAt: row.window_ends_at };
}

/**
 * Counts a sign-in attempt for the account and the address; throws TOO_MANY_REQUESTS ("try again
 * in N minutes") when either is over its limit. Call before the password is checked.
 */
export async function countSignInAttempt(
  db: Kysely<Database>,
  limits: SignInLimits,
  email: string,
  ip: string,
  now = new Date(),
): Promise<void> {
  await db.deleteFrom('sign_in_attempts').where('window_ends_at', '<=', now.toISOString()).execute();
  const account = await countAttempt(db, accountKey(email), now, limits.minutes);
  const address = await countAttempt(db, addressKey(ip), now, limits.minutes);
  const waits = [
    account.attempts > limits.perAccount ? Date.parse(account.windowEndsAt) - now.getTime() : 0,
    address.attempts > limits.perAddress ? Date.parse(address.windowEndsAt) - now.getTime() : 0,
  ];
  const wait = Math.max(...waits);
  if (wait > 0) {
    const minutes = Math.max(1, Math.ceil(wait / 60_000));
    throw new DomainError(
      'TOO_MANY_REQUESTS',
      `Too many sign-in attempts. Please try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
    );
  }
}

/**
 * A successful sign-in clears the account's count and gives the address its attempt back, so
 * colleagues signing in from one office address do not lock each other out.
 */
export async function recordSignInSuccess(db: Kysely<Database>, email: string, ip: string): Promise<void> {
  await db.deleteFrom('sign_in_attempts').where('key', '=', accountKey(email)).execute();
  await db
    .updateTable('sign_in_attempts')
    .set({ attempts: sql<number>`attempts - 1` })
    .where('key', '=', addressKey(ip))
    .where('attempts', '>', 0)
    .execute();
}
