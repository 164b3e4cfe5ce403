/**
 * Locality codes are upper case (`NW`), but people type and share `/localities/nw`: any address
 * whose locality code matches one in another case is sent to the canonical address, keeping the
 * rest of the path, the period and any other query.
 */

import { isLocalityCode } from '@ldm/shared';
import type { ReactNode } from 'react';
import { Navigate, useLocation, useParams } from 'react-router';

/** The canonical path for `pathname`, or null when it already is canonical (or names no locality). */
export function canonicalLocalityPath(pathname: string, localityCode: string | undefined): string | null {
  if (!localityCode) return null;
  const canonical = localityCode.toUpperCase();
  if (canonical === localityCode || !isLocalityCode(canonical)) return null;
  const segments = pathname.split('/');
  // The locality is the first path segment holding the code (offer codes and GMC numbers come after it).
  const index = segments.findIndex((segment) => decodeURIComponent(segment) === localityCode);
  if (index < 0) return null;
  segments[index] = canonical;
  return segments.join('/');
}

export function CanonicalLocality({ children }: { children: ReactNode }) {
  const { localityCode } = useParams();
  const location = useLocation();
  const canonical = canonicalLocalityPath(location.pathname, localityCode);
  if (canonical) return <Navigate to={{ pathname: canonical, search: location.search, hash: location.hash }} replace />;
  return <>{children}</>;
}
