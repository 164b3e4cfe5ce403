/**
 * The dashboard's HTTP server as main.ts starts it. Idle connections stay open for 65 s instead of
 * Node's 5 s: libuv accepts one new connection per turn of the event loop, and under load a turn
 * answers every waiting request first (about 30 ms with 20 busy users in bench:load), so a burst
 * of N reconnecting users waited N turns — up to half a second — before their first request was
 * even read. A dashboard that refetches within a minute now reuses its connection. 65 s also
 * outlasts the usual 60 s idle timeout of a load balancer in front, which should close first.
 */
import type http from 'node:http';
import type express from 'express';

export const KEEP_ALIVE_MS = 65_000;

export function listen(app: express.Express, port: number, onListening: () => void): http.Server {
  const server = app.listen(port, onListening);
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  // Headers of a request must arrive within this; Node asks that it exceed the keep-alive timeout.
  server.headersTimeout = KEEP_ALIVE_MS + 1_000;
  return server;
}
