/** Loading and error states shared by every view; a refusal reads as "not allowed", in plain words. */
import type { ReactNode } from 'react';
import { errorCodeOf } from '../lib/trpc';

interface QueryLike<T> {
  data: T | undefined;
  error: unknown;
  isPending: boolean;
}

export function QueryState<T>({
  query,
  label,
  children,
}: {
  query: QueryLike<T>;
  label: string;
  children: (data: T) => ReactNode;
}) {
  if (query.error) return <ErrorMessage error={query.error} />;
  if (query.isPending || query.data === undefined) {
    return (
      <p className="loading" role="status">
        Loading {label}…
      </p>
    );
  }
  return <>{children(query.data)}</>;
}

/** A change's confirmation, read out when it appears; nothing until there is one. */
export function Confirmation({ children }: { children: ReactNode }) {
  if (!children) return null;
  return (
    <p role="status" className="confirmation">
      {children}
    </p>
  );
}

export function ErrorMessage({ error }: { error: unknown }) {
  const code = errorCodeOf(error);
  const message = error instanceof Error ? error.message : 'Something went wrong.';
  if (code === 'FORBIDDEN') {
    return (
      <div className="error-summary" role="alert">
        <h2>Not allowed</h2>
        <p>{message}</p>
      </div>
    );
  }
  return (
    <div className="error-summary" role="alert">
      <h2>There is a problem</h2>
      <p>{message}</p>
    </div>
  );
}
