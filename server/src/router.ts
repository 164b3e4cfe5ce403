/** The root router composes one router per domain. */
import { router } from './trpc';
import { healthRouter } from './health/router';
import { authRouter } from './auth/router';
import { offerRouter } from './offer/router';
import { userRouter } from './user/router';
import { traineeRouter } from './trainee/router';
import { auditRouter } from './audit/router';
import { referenceRouter } from './locality/router';
import { exportRouter } from './export/router';
import { selfAssessmentRouter } from './self-assessment/router';
import { planRouter } from './plan/router';
import { reportRouter } from './report/router';
import { resourceRouter } from './resource/router';
import { measureRouter } from './measure/router';
import { importRouter } from './import/router';

export const appRouter = router({
  health: healthRouter,
  auth: authRouter,
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
});

export type AppRouter = typeof appRouter;
