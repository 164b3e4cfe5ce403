/**
 * A link to a page outside the dashboard (an offer's or a resource's web page). It never tells
 * that page where the reader came from nor gives it a handle on this window
 * (`rel="noopener noreferrer"`), and a value that is not a safe link (stored before the rule of
 * shared/src/schemas/link.ts) is shown as plain text.
 */
import { isSafeLink } from '@ldm/shared/schemas';
import type { ReactNode } from 'react';

export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  if (!isSafeLink(href)) return <>{children}</>;
  return (
    <a href={href} rel="noopener noreferrer">
      {children}
    </a>
  );
}
