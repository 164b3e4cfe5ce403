import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEEP_ALIVE_MS, listen } from './listen';

describe('the listening server', () => {
  let server: http.Server;
  beforeAll(async () => {
    const app = express();
    app.get('/', (_req, res) => res.send('ok'));
    await new Promise<void>((resolve) => {
      server = listen(app, 0, resolve);
    });
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it('tells clients an idle connection stays open 65 s (Node would close it after 5)', async () => {
    const agent = new http.Agent({ keepAlive: true });
    const { port } = server.address() as AddressInfo;
    const keepAlive = await new Promise<unknown>((resolve, reject) => {
      http
        .get({ port, host: '127.0.0.1', path: '/', agent }, (response) => {
          response.resume();
          resolve(response.headers['keep-alive']);
        })
        .on('error', reject);
    });
    agent.destroy();
    expect(keepAlive).toBe('timeout=65');
    expect(server.headersTimeout).toBeGreaterThan(KEEP_ALIVE_MS);
  });
});
