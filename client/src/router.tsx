/**
 * Every route of the dashboard. To add a page:
 *   1. make a folder under `pages/` (e.g. `pages/offers/offers-page.tsx`);
 *   2. add one route line below, inside the signed-in layout, loading the page with `page()`;
 *   3. add one entry to `NAV_ITEMS` in `layout/nav-items.ts` (with the roles that see it).
 * The layout supplies sign-in, navigation and the period selector (`usePeriod()`).
 * A page whose figures depend on the reporting period says so with `handle: PERIOD`; the layout
 * shows the period selector on those pages only, so no page offers a choice it ignores.
 * Each page is its own chunk, fetched when the route is first visited, so a dean opening the
 * locality dashboard never downloads the administration screens.
 */
import type { ComponentType } from 'react';
import { createBrowserRouter } from 'react-router';
import { AppLayout } from './layout/app-layout';

/** A route's `lazy` loader for the page component `name` exported by `load()`'s module. */
function page<Module, Name extends keyof Module>(load: () => Promise<Module>, name: Name) {
  return async () => ({ Component: (await load())[name] as ComponentType });
}

/** Route handle of the pages that follow the chosen period. */
export interface RouteHandle {
  period?: boolean;
}
const PERIOD: RouteHandle = { period: true };

export const appRouter = createBrowserRouter([
  { path: '/sign-in', lazy: page(() => import('./pages/sign-in/sign-in-page'), 'SignInPage') },
  {
    element: <AppLayout />,
    hydrateFallbackElement: <p role="status">Loading…</p>,
    children: [
      { index: true, lazy: page(() => import('./pages/home/home-page'), 'HomePage') },
      {
        path: 'national',
        handle: PERIOD,
        lazy: page(() => import('./pages/national/national-overview-page'), 'NationalOverviewPage'),
      },
      {
        path: 'localities/:localityCode',
        handle: PERIOD,
        lazy: page(() => import('./pages/locality/locality-dashboard-page'), 'LocalityDashboardPage'),
      },
      {
        path: 'offers/:localityCode?',
        handle: PERIOD,
        lazy: page(() => import('./pages/offers/offers-page'), 'OffersPage'),
      },
      { path: 'offers/:localityCode/:offerCode', lazy: page(() => import('./pages/offers/offer-page'), 'OfferPage') },
      { path: 'trainees/:localityCode?', lazy: page(() => import('./pages/trainees/trainees-page'), 'TraineesPage') },
      {
        path: 'trainees/:localityCode/:gmcNumber',
        lazy: page(() => import('./pages/trainees/trainee-page'), 'TraineePage'),
      },
      { path: 'imports/:localityCode?', lazy: page(() => import('./pages/imports/imports-page'), 'ImportsPage') },
      {
        path: 'self-assessment',
        handle: PERIOD,
        lazy: page(() => import('./pages/self-assessment/heat-map-page'), 'SelfAssessmentHeatMapPage'),
      },
      {
        path: 'localities/:localityCode/self-assessment',
        handle: PERIOD,
        lazy: page(() => import('./pages/self-assessment/self-assessment-page'), 'SelfAssessmentPage'),
      },
      {
        path: 'localities/:localityCode/not-yet-reached',
        handle: PERIOD,
        lazy: page(() => import('./pages/locality/not-yet-reached-page'), 'NotYetReachedPage'),
      },
      { path: 'localities/:localityCode/plan', lazy: page(() => import('./pages/plan/plan-page'), 'PlanPage') },
      {
        path: 'reports',
        handle: PERIOD,
        lazy: page(() => import('./pages/reports/reports-overview-page'), 'ReportsOverviewPage'),
      },
      {
        path: 'localities/:localityCode/reports',
        handle: PERIOD,
        lazy: page(() => import('./pages/reports/reports-page'), 'ReportsPage'),
      },
      {
        path: 'localities/:localityCode/reports/:reportId',
        handle: PERIOD,
        lazy: page(() => import('./pages/reports/report-page'), 'ReportPage'),
      },
      { path: 'resources', lazy: page(() => import('./pages/resources/resources-page'), 'ResourcesPage') },
      { path: 'about', lazy: page(() => import('./pages/about/about-measure-page'), 'AboutMeasuresPage') },
      { path: 'about/:measureCode', lazy: page(() => import('./pages/about/about-measure-page'), 'AboutMeasurePage') },
      { path: 'admin/users', lazy: page(() => import('./pages/admin/users-page'), 'UsersPage') },
      {
        path: 'admin/measures',
        handle: PERIOD,
        lazy: page(() => import('./pages/admin/measures-admin-page'), 'MeasuresAdminPage'),
      },
      { path: 'admin/audit', lazy: page(() => import('./pages/admin/audit-page'), 'AuditPage') },
      { path: '*', lazy: page(() => import('./pages/not-found/not-found-page'), 'NotFoundPage') },
    ],
  },
]);
