/**
 * The dashboard server (server/src/main.ts) as a process of its own, for what must see it from
 * outside: `pnpm bench:load` and the two-process PostgreSQL test.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import net from 'node:net';
import { REPOSITORY_ROOT } from '@ldm/db';

/** A local port nothing listens on at the moment of asking. */
export async function freePort(): Promise<number> {
  const probe = net.createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as net.AddressInfo;
  probe.close();
  return port;
}

export interface ServerProcess {
  child: ChildProcess;
  /** `http://127.0.0.1:<port>` */
  base: string;
}

/**
 * Starts main.ts on a free port with `env` (its database settings) added to this process's
 * environment; resolves once it answers `health.status`, or fails after two minutes.
 * `nodeFlags` (a CPU profile, a GC trace) go to its node, since NODE_OPTIONS refuses such flags;
 * with them, the server's output is shown too.
 */
export async function startServerProcess(env: NodeJS.ProcessEnv, nodeFlags: readonly string[] = []) {
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeFlags, '--import', 'tsx', 'server/src/main.ts'], {
    cwd: REPOSITORY_ROOT,
    env: { ...process.env, ...env, PORT: String(port), LOG_LEVEL: 'warn' },
    stdio: ['ignore', nodeFlags.length ? 'inherit' : 'ignore', 'inherit'],
  });
  const server: ServerProcess = { child, base: `http://127.0.0.1:${port}` };
  const started = performance.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server process exited with code ${child.exitCode}`);
    if (performance.now() - started > 120_000) {
      await stopServerProcess(server);
      throw new Error('the server process did not start within 2 minutes');
    }
    try {
      if ((await fetch(`${server.base}/trpc/health.status`)).ok) return server;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

/** Stops the process (SIGTERM, so a CPU profile is written) and waits until it has exited. */
export async function stopServerProcess({ child }: ServerProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  await once(child, 'exit');
}
