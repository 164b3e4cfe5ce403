/** The sign-in form. */
import { z } from 'zod';

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email('Enter an email address.')),
  password: z.string().min(1, 'Enter your password.').max(200),
});

export type SignInInput = z.input<typeof signInSchema>;
