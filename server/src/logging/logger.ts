/**
 * The server's one structured logger (pino): JSON lines, one per event. Each request gets a child
 * logger carrying its request id (see `http/request-log.ts`), so every line of a request can be
 * followed. Passwords and cookies are redacted wherever they appear in a logged object.
 */
import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger };

const REDACT = ['password', '*.password', 'cookie', '*.cookie', '*.headers.cookie'];

/** Logs to stdout unless given a stream; tests pass one to read what was logged. */
export function createLogger(destination?: DestinationStream, level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({ level, redact: { paths: REDACT, censor: '[redacted]' } }, destination);
}

/** For callers outside HTTP (router tests, the CLI) that log nothing. */
export const silentLogger: Logger = pino({ level: 'silent' });
