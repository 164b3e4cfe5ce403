/** The root router composes one router per domain. */

import { auditRouter } from './audit/router';
import { authRouter } from './auth/router';
import { exportRouter } from './export/router';
import { healthRouter } from './health/router';
import { homeRouter } from './home/router';
import { importRouter } from './import/router';
import { measureRouter } from './measure/router';
import { offerRouter } from './offer/router';
import { planRouter } from './plan/router';
import { referenceRouter } from './reference/router';
import { reportRouter } from './report/router';
import { resourceRouter } from './resource/router';
import { selfAssessmentRouter } from './self-assessment/router';
import { traineeRouter } from './trainee/router';
import { router } from './trpc';
import { userRouter } from './user/router';
import { workRouter } from './work/router';

export const appRouter = router({
  health: healthRouter,
  auth: authRouter,
  home: homeRouter,
  offer: offerRouter,
  user: userRouter,
  trainee: traineeRouter,
  audit: auditRouter,
  reference: referenceRouter,
  export: exportRouter,
  selfAssessment: selfAssessmentRouter,
  plan: planRouter,
  report: reportRouter,
  resource: resourceRouter,
  measure: measureRouter,
  import: importRouter,
  work: workRouter,
});

export type AppRouter = typeof appRouter;
