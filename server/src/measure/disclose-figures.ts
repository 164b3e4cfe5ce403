/**
 * Who sees a figure how (PRODUCT.md §4): the one place that decides a figure's disclosure level for a
 * viewer; the rule itself is `@ldm/shared/disclosure`. A user's own locality is exact on screen;
 * everything else below England — other localities, every region (a dean's own region pools other
 * localities), breakdown cells of other localities, cohorts of national offers — is rounded, and
 * every export is under the rule for everyone, own locality included (a file travels further than
 * a screen). Admin and national users have no own locality.
 *
 * Where it is applied: last in each service that returns figures, just before the response, after
 * the judgements (computed on exact counts) — not in a tRPC output middleware, because (1) a
 * judgement must become `not compared` exactly where its own figure is `*`, which only the service
 * that pairs them knows; (2) a middleware cannot change the output type tRPC infers, so the client
 * would be typed for exact numbers while receiving `*`; (3) exports leave as CSV text, which a
 * middleware walking JSON cannot see. What makes it impossible to bypass unnoticed is the test
 * tests/src/disclosure: it enumerates every read procedure of the app router and every CSV export,
 * calls them as a national member and as a foreign dean, and fails on any people count not under the
 * rule and on any number it cannot classify — so a new procedure or field must be looked at first.
 */
import type { DisclosureLevel } from '@ldm/shared/disclosure';
import { isOwnLocality } from '../auth/policy';
import type { SessionUser } from '../context';

/** Whom figures are shown to: a signed-in user on screen, or anyone who receives an export. */
export type Viewer = { user: SessionUser; medium: 'screen' } | { medium: 'export' };

export function onScreen(user: SessionUser): Viewer {
  return { user, medium: 'screen' };
}

export const IN_EXPORT: Viewer = { medium: 'export' };

/**
 * Where a figure belongs: England's pooled counts, or a count below England — of one locality
 * (its measures, breakdowns, cohorts of its offers) or of none (a region, a national offer's cohort).
 */
export type FigureScope = 'england' | { localityCode: string | null };

export function disclosureLevel(viewer: Viewer, scope: FigureScope): DisclosureLevel {
  if (scope === 'england') return 'england';
  if (viewer.medium === 'screen' && isOwnLocality(viewer.user, scope.localityCode)) return 'exact';
  return 'below-england';
}

/** Shorthand for the common case: a figure of one locality shown on screen to a user. */
export function localityLevel(user: SessionUser, localityCode: string | null): DisclosureLevel {
  return disclosureLevel(onScreen(user), { localityCode });
}
