/**
 * Every procedure of the app router × every kind of caller × own and foreign locality: is the
 * call let through or refused (UNAUTHORIZED / FORBIDDEN)? Expected outcomes come from
 * EXPECTED_ACCESS and the §7 rules below, written independently of server/src/auth/policy.ts.
 * "Let through" means the call did not fail for access (it may still fail NOT_FOUND, CONFLICT…).
 */

import { offerRow, seedRows } from '@ldm/db/testing';
import { createContext } from '@ldm/server/context';
import { appRouter } from '@ldm/server/router';
import { databaseWithUsers } from '@ldm/server/testing/database-with-users';
import { type Access, createCallerFactory } from '@ldm/server/trpc';
import { addUser } from '@ldm/server/user/service';
import type { LocalityCode } from '@ldm/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXPECTED_ACCESS, NARROWER_RULES } from './expected-access';
import { type FixtureIds, INPUT_FIXTURES } from './input-fixtures';

type Outcome = 'allowed' | 'UNAUTHORIZED' | 'FORBIDDEN';
type CallerKind = 'anonymous' | 'admin' | 'national' | 'dean' | 'lead';
const CALLERS: CallerKind[] = ['anonymous', 'admin', 'national', 'dean', 'lead'];
const OWN: LocalityCode = 'NE';
const FOREIGN: LocalityCode = 'YH';
const LOCALITY_SCOPED: ReadonlySet<Access> = new Set(['aggregates', 'records', 'write']);

/** PRODUCT.md §7, as a table. The locality roles' own locality is NE. */
function expectedOutcome(access: Access, caller: CallerKind, locality: 'own' | 'foreign'): Outcome {
  if (access === 'public') return 'allowed';
  if (caller === 'anonymous') return 'UNAUTHORIZED';
  if (access === 'signedIn' || caller === 'admin') return 'allowed';
  if (access === 'admin') return 'FORBIDDEN';
  // The open-data file holds every locality at once: national users (and admin, above) only.
  if (access === 'national') return caller === 'national' ? 'allowed' : 'FORBIDDEN';
  if (caller === 'national') return access === 'aggregates' ? 'allowed' : 'FORBIDDEN';
  return locality === 'own' ? 'allowed' : 'FORBIDDEN';
}

const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { meta?: { access?: Access } } }>;
const paths = Object.keys(procedures).sort();

describe('access matrix', () => {
  const suite = databaseWithUsers();
  let ids: FixtureIds;

  beforeAll(async () => {
    ids = {
      victimId: (
        await addUser(suite.db, null, {
          email: 'victim@example.org',
          name: 'Victim',
          role: 'national',
          localityCode: null,
        })
      ).user.id,
    };
    const localities = [OWN, FOREIGN];
    await seedRows(suite.db, {
      offers: localities.map((l) => offerRow(`${l}-OFFER`, l, 1)),
      offer_stages: localities.map((l) => ({ offer_code: `${l}-OFFER`, stage_code: 'core' })),
      cohorts: localities.map((l) => ({
        code: `${l}-COHORT`,
        offer_code: `${l}-OFFER`,
        start_date: '2024-09-01',
        end_date: '2025-03-31',
        places: 10,
      })),
    });
  });

  it('narrows rules only where the middleware would allow', () => {
    for (const [path, rule] of Object.entries(NARROWER_RULES)) {
      for (const key of Object.keys(rule.outcomes)) {
        const [caller, locality] = key.split(' ') as [CallerKind, 'own' | 'foreign'];
        expect(expectedOutcome(EXPECTED_ACCESS[path]!, caller, locality), `${path} ${key}`).toBe('allowed');
      }
    }
  });

  it('has an expected rule for every procedure, and every procedure declares the same rule in meta.access', () => {
    expect(
      paths.filter((p) => !(p in EXPECTED_ACCESS)),
      'procedures missing from EXPECTED_ACCESS',
    ).toEqual([]);
    expect(
      Object.keys(EXPECTED_ACCESS).filter((p) => !(p in procedures)),
      'EXPECTED_ACCESS lines for procedures that no longer exist',
    ).toEqual([]);
    expect(Object.fromEntries(paths.map((p) => [p, procedures[p]!._def.meta?.access]))).toEqual(
      Object.fromEntries(paths.map((p) => [p, EXPECTED_ACCESS[p]])),
    );
  });

  async function call(path: string, caller: CallerKind, localityCode: LocalityCode): Promise<Outcome> {
    const user = caller === 'anonymous' ? null : suite.users[caller];
    const api = createCallerFactory(appRouter)(createContext({ db: suite.db, user }));
    const fn = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], api) as (
      input: unknown,
    ) => Promise<unknown>;
    const input = { localityCode, period: '2024-25', ...INPUT_FIXTURES[path]?.(localityCode, ids) };
    try {
      await fn(input);
      return 'allowed';
    } catch (error) {
      // A TRPCError (the tests package does not depend on @trpc/server, so it is recognised by name).
      const code =
        (error as { name?: string; code?: string }).name === 'TRPCError' ? (error as { code: string }).code : undefined;
      if (!code || code === 'INTERNAL_SERVER_ERROR') throw error;
      return code === 'UNAUTHORIZED' || code === 'FORBIDDEN' ? code : 'allowed';
    }
  }

  it.each(paths)('%s lets through exactly the callers §7 allows', async (path) => {
    const access = EXPECTED_ACCESS[path];
    expect(access, `${path} has no line in EXPECTED_ACCESS`).toBeDefined();
    const localities = LOCALITY_SCOPED.has(access!) ? (['own', 'foreign'] as const) : (['own'] as const);
    const expected: Record<string, Outcome> = {};
    const actual: Record<string, Outcome> = {};
    for (const caller of CALLERS) {
      for (const locality of localities) {
        const key = `${caller} ${locality}`;
        expected[key] = NARROWER_RULES[path]?.outcomes[key] ?? expectedOutcome(access!, caller, locality);
        actual[key] = await call(path, caller, locality === 'own' ? OWN : FOREIGN);
      }
    }
    expect(actual).toEqual(expected);
  });
});
