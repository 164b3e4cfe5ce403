/**
 * A request id for every request: generated here (an id sent by the client is not trusted, so
 * it cannot forge or inject log lines), returned in `X-Request-Id`, and carried by the request's
 * child logger so every line logged while answering it has the same `requestId`.
 */
import { randomUUID } from 'node:crypto';
import type { RequestHandler, Response } from 'express';
import type { Logger } from '../logging/logger';

export const REQUEST_ID_HEADER = 'X-Request-Id';

export function logRequests(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const requestId = randomUUID();
    const log = logger.child({ requestId });
    res.locals.log = log;
    res.setHeader(REQUEST_ID_HEADER, requestId);
    const started = performance.now();
    res.on('finish', () =>
      log.info(
        { method: req.method, path: req.path, status: res.statusCode, ms: Math.round(performance.now() - started) },
        'request',
      ),
    );
    next();
  };
}

/** The logger of the request being answered (set by `logRequests`). */
export function requestLog(res: Response): Logger {
  return res.locals.log as Logger;
}
