/** Sign-in: email and password, field messages from the shared schema, then the role's landing view. */

import { signInSchema } from '@ldm/shared/schemas';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { Frame } from '../../layout/app-layout';
import { useTRPC } from '../../lib/trpc';

type FieldErrors = Partial<Record<'email' | 'password', string[]>>;

function groupIssuesByField(issues: { path: PropertyKey[]; message: string }[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = issue.path[0];
    if (field === 'email' || field === 'password') (errors[field] ??= []).push(issue.message);
  }
  return errors;
}

/** Only same-site paths are followed after sign-in, never another origin. */
function safeNext(next: string | null): string | null {
  return next?.startsWith('/') && !next.startsWith('//') ? next : null;
}

export function SignInPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const signIn = useMutation(
    trpc.auth.signIn.mutationOptions({
      onSuccess: async (user) => {
        queryClient.setQueryData(trpc.auth.me.queryKey(), user);
        // Without a page to return to, home: what waits for the user, and the way to their dashboard.
        await navigate(safeNext(params.get('next')) ?? '/', { replace: true });
      },
    }),
  );
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = signInSchema.safeParse({ email: form.get('email'), password: form.get('password') });
    if (!parsed.success) {
      setFieldErrors(groupIssuesByField(parsed.error.issues));
      return;
    }
    setFieldErrors({});
    signIn.mutate(parsed.data);
  };
  return (
    <Frame>
      <h1>Sign in</h1>
      {signIn.error ? (
        <div className="error-summary" role="alert">
          <h2>Could not sign in</h2>
          <p>{signIn.error.message}</p>
        </div>
      ) : null}
      <form className="sign-in-form" onSubmit={submit} noValidate>
        <Field name="email" label="Email address" type="email" autoComplete="username" errors={fieldErrors.email} />
        <Field
          name="password"
          label="Password"
          type="password"
          autoComplete="current-password"
          errors={fieldErrors.password}
        />
        <button type="submit" className="button-primary" disabled={signIn.isPending}>
          Sign in
        </button>
      </form>
    </Frame>
  );
}

function Field({
  name,
  label,
  type,
  autoComplete,
  errors,
}: {
  name: string;
  label: string;
  type: string;
  autoComplete: string;
  errors?: string[];
}) {
  const errorId = `${name}-error`;
  return (
    <div className={errors ? 'form-group form-group-error' : 'form-group'}>
      <label htmlFor={name}>{label}</label>
      {errors ? (
        <p id={errorId} className="field-error">
          {errors.join(' ')}
        </p>
      ) : null}
      <input
        id={name}
        name={name}
        type={type}
        autoComplete={autoComplete}
        aria-invalid={errors ? true : undefined}
        aria-describedby={errors ? errorId : undefined}
      />
    </div>
  );
}
