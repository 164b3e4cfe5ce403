/** Users: administrators only. */

import { createUserSchema, updateUserSchema } from '@ldm/shared/schemas';
import { z } from 'zod';
import { adminProcedure, router } from '../trpc';
import { addUser, changeUser, endUserSessions, getUsers, resetPassword } from './service';

export const userRouter = router({
  list: adminProcedure.query(({ ctx }) => getUsers(ctx.db)),
  create: adminProcedure.input(createUserSchema).mutation(({ ctx, input }) => addUser(ctx.db, ctx.user.id, input)),
  update: adminProcedure.input(updateUserSchema).mutation(({ ctx, input }) => changeUser(ctx.db, ctx.user.id, input)),
  resetPassword: adminProcedure
    .input(z.object({ id: z.number().int().positive() }))
    .mutation(({ ctx, input }) => resetPassword(ctx.db, ctx.user.id, input.id)),
  endSessions: adminProcedure
    .input(z.object({ id: z.number().int().positive() }))
    .mutation(({ ctx, input }) => endUserSessions(ctx.db, ctx.user.id, input.id)),
});
