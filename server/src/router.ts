/** The root router composes one router per domain. */
import { router } from './trpc';
import { healthRouter } from './health/router';
import { authRouter } from './auth/router';

export const appRouter = router({
  health: healthRouter,
  auth: authRouter,
});

export type AppRouter = typeof appRouter;
