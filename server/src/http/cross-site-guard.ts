/**
 * Refuses a state-changing request (any method but GET, HEAD, OPTIONS) that a browser sent from
 * another site: `Sec-Fetch-Site: cross-site`, or an `Origin` whose host is not this server's.
 * A request without either header (curl, the CLI, tests) is not a browser's cross-site request
 * and passes. Hosts are compared, not schemes, so a TLS-terminating proxy that is not named in
 * TRUST_PROXY does not make every same-site request look foreign.
 *
 * `requireJson` closes the other door of cross-site forms: a form can post multipart data,
 * which tRPC would accept for a procedure without input (sign-out); only JSON is taken.
 */
import type { Request, RequestHandler } from 'express';
import { requestLog } from './request-log';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function foreignSource(req: Request): string | null {
  if (req.get('sec-fetch-site') === 'cross-site') return 'Sec-Fetch-Site: cross-site';
  const origin = req.get('origin');
  if (origin === undefined) return null;
  // `Origin: null` (sandboxed frames, privacy redirects) fails to parse and is refused too.
  const host = URL.canParse(origin) ? new URL(origin).host : null;
  return host === req.get('host') ? null : `Origin: ${origin}`;
}

export const refuseCrossSite: RequestHandler = (req, res, next) => {
  if (SAFE_METHODS.has(req.method)) return next();
  const source = foreignSource(req);
  if (!source) return next();
  requestLog(res).warn({ path: req.path, source }, 'cross-site request refused');
  res.status(403).json({ error: 'This request came from another site and was refused.' });
};

export const requireJson: RequestHandler = (req, res, next) => {
  if (SAFE_METHODS.has(req.method) || req.is('application/json')) return next();
  requestLog(res).warn({ path: req.path, contentType: req.get('content-type') ?? null }, 'non-JSON call refused');
  res.status(415).json({ error: 'Calls are sent as JSON.' });
};
