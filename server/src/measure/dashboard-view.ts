/**
 * A dashboard view's read of the figures. After a data change the current version's figures take
 * a while to compute (the recompute job, or a worker on demand); until they are stored, a dashboard
 * view is answered from the latest earlier version whose figures are all stored, marked `updating`
 * so the page says so and asks again — an earlier version's figure is never shown as the current
 * one. Every read within one view keeps the version its first read chose, so one answer never
 * mixes versions.
 *
 * Only the dashboard's read procedures run inside a view (see measure/router.ts). The CLI, exports,
 * baselines and frozen reports read outside one and always wait for the current version.
 */

import { AsyncLocalStorage } from 'node:async_hooks';

/** What the view's first read chose: the current version, or an earlier one while it is computed. */
export type ViewVersion = { current: true } | { current: false; version: number };

interface DashboardView {
  chosen?: ViewVersion;
}

const views = new AsyncLocalStorage<DashboardView>();

/**
 * Thrown by a later read of a view that chose the current version, when its figures are not stored
 * yet: the view is read again, wholly at the earlier `version`.
 */
export class RestartViewAt extends Error {
  constructor(readonly version: number) {
    super(`dashboard view restarted at data version ${version}`);
  }
}

/** Runs a dashboard read procedure as one view. */
export async function asDashboardView<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await views.run({}, read);
  } catch (error) {
    if (!(error instanceof RestartViewAt)) throw error;
    return views.run({ chosen: { current: false, version: error.version } }, read);
  }
}

/** The view the caller runs in, if any. */
export function currentDashboardView(): DashboardView | undefined {
  return views.getStore();
}
