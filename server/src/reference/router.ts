/** Reference data: the same for every signed-in user. */
import { router, signedInProcedure } from '../trpc';
import { getReferenceLists } from './service';

export const referenceRouter = router({
  lists: signedInProcedure.query(({ ctx }) => getReferenceLists(ctx.db)),
});
