/**
 * Minimal valid inputs, per procedure path, for the access-matrix test. Every call gets
 * `{ localityCode, period: '2024-25' }` merged under these (zod drops keys a procedure does not
 * take), so a locality-scoped procedure needs a line here only when it takes more than that.
 * Extend this map when adding a procedure whose input has further required fields.
 */

import { TEST_PASSWORD } from '@ldm/server/testing/users';
import type { LocalityCode } from '@ldm/shared';

export interface FixtureIds {
  /** A user that only `user.*` procedures change. */
  victimId: number;
}

type Fixture = (localityCode: LocalityCode, ids: FixtureIds) => Record<string, unknown>;

const offer = (code: string, localityCode: LocalityCode) => ({
  code,
  title: 'Fixture offer',
  provider: 'Fixture',
  scope: localityCode,
  tier: 1,
  stages: ['core'],
});
const cohort = (code: string, offerCode: string) => ({
  code,
  offerCode,
  startDate: '2024-09-01',
  endDate: '2025-03-31',
  places: 10,
});

export const INPUT_FIXTURES: Record<string, Fixture> = {
  'auth.signIn': () => ({ email: 'national@example.org', password: TEST_PASSWORD }),
  'offer.get': (l) => ({ code: `${l}-OFFER` }),
  'offer.create': (l) => ({ offer: offer(`${l}-NEW-${Math.random().toString(36).slice(2, 8)}`, l) }),
  'offer.update': (l) => ({ offer: offer(`${l}-OFFER`, l) }),
  'offer.createCohort': (l) => ({ cohort: cohort(`${l}-C-${Math.random().toString(36).slice(2, 8)}`, `${l}-OFFER`) }),
  'offer.updateCohort': (l) => ({ cohort: cohort(`${l}-COHORT`, `${l}-OFFER`) }),
  // Not found: removing is allowed for these callers, and the fixture offer stays for other procedures.
  'offer.delete': (l) => ({ code: `${l}-GONE` }),
  'offer.deleteCohort': (l) => ({ offerCode: `${l}-OFFER`, code: `${l}-GONE` }),
  'trainee.get': () => ({ gmcNumber: '7000001' }),
  'user.create': () => ({
    email: `new-${Math.random().toString(36).slice(2, 8)}@example.org`,
    name: 'New',
    role: 'national',
  }),
  'user.update': (_l, ids) => ({
    id: ids.victimId,
    name: 'Victim',
    role: 'national',
    localityCode: null,
    active: true,
  }),
  'user.resetPassword': (_l, ids) => ({ id: ids.victimId }),
  'user.endSessions': (_l, ids) => ({ id: ids.victimId }),
  'measure.setBaseline': (l) => ({ measureCode: 'M1', localityCode: l, period: '2024-25' }),
  'measure.previewBaseline': (l) => ({ measureCode: 'M1', localityCode: l, period: '2024-25' }),
  'measure.setTarget': (l) => ({ measureCode: 'M1', localityCode: l, period: '2024-25', value: 0.9 }),
};
