/**
 * Every route of the dashboard. To add a page:
 *   1. make a folder under `pages/` (e.g. `pages/offers/offers-page.tsx`);
 *   2. add one route line below, inside the signed-in layout;
 *   3. add one entry to `NAV_ITEMS` in `layout/nav-items.ts` (with the roles that see it).
 * The layout supplies sign-in, navigation and the period selector (`usePeriod()`).
 */
import { createBrowserRouter } from 'react-router';
import { AppLayout } from './layout/app-layout';
import { AuditPage } from './pages/admin/audit-page';
import { MeasuresAdminPage } from './pages/admin/measures-admin-page';
import { UsersPage } from './pages/admin/users-page';
import { HomeRedirect } from './pages/home/home-redirect';
import { ImportsPage } from './pages/imports/imports-page';
import { LocalityDashboardPage } from './pages/locality/locality-dashboard-page';
import { NationalOverviewPage } from './pages/national/national-overview-page';
import { NotFoundPage } from './pages/not-found/not-found-page';
import { OfferPage } from './pages/offers/offer-page';
import { OffersPage } from './pages/offers/offers-page';
import { PlanPage } from './pages/plan/plan-page';
import { ReportPage } from './pages/reports/report-page';
import { ReportsOverviewPage } from './pages/reports/reports-overview-page';
import { ReportsPage } from './pages/reports/reports-page';
import { ResourcesPage } from './pages/resources/resources-page';
import { SelfAssessmentHeatMapPage } from './pages/self-assessment/heat-map-page';
import { SelfAssessmentPage } from './pages/self-assessment/self-assessment-page';
import { SignInPage } from './pages/sign-in/sign-in-page';
import { TraineePage } from './pages/trainees/trainee-page';
import { TraineesPage } from './pages/trainees/trainees-page';

export const appRouter = createBrowserRouter([
  { path: '/sign-in', element: <SignInPage /> },
  {
    element: <AppLayout />,
    children: [
      { index: true, element: <HomeRedirect /> },
      { path: 'national', element: <NationalOverviewPage /> },
      { path: 'localities/:localityCode', element: <LocalityDashboardPage /> },
      { path: 'offers/:localityCode?', element: <OffersPage /> },
      { path: 'offers/:localityCode/:offerCode', element: <OfferPage /> },
      { path: 'trainees/:localityCode?', element: <TraineesPage /> },
      { path: 'trainees/:localityCode/:gmcNumber', element: <TraineePage /> },
      { path: 'imports/:localityCode?', element: <ImportsPage /> },
      { path: 'self-assessment', element: <SelfAssessmentHeatMapPage /> },
      { path: 'localities/:localityCode/self-assessment', element: <SelfAssessmentPage /> },
      { path: 'localities/:localityCode/plan', element: <PlanPage /> },
      { path: 'reports', element: <ReportsOverviewPage /> },
      { path: 'localities/:localityCode/reports', element: <ReportsPage /> },
      { path: 'localities/:localityCode/reports/:reportId', element: <ReportPage /> },
      { path: 'resources', element: <ResourcesPage /> },
      { path: 'admin/users', element: <UsersPage /> },
      { path: 'admin/measures', element: <MeasuresAdminPage /> },
      { path: 'admin/audit', element: <AuditPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
