import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { freePort, startProcess, waitFor, type OwnedProcess } from './wait';

/** Debian's `nats-server` (or the binary ZUOXI_NATS_SERVER names), if this machine has it. */
export function findNatsServer(): string | null {
  const named = process.env.ZUOXI_NATS_SERVER;
  if (named) return existsSync(named) ? named : null;
  for (const candidate of ['/usr/sbin/nats-server', '/usr/bin/nats-server', '/usr/local/bin/nats-server']) {
    if (existsSync(candidate)) return candidate;
  }
  const found = spawnSync('sh', ['-c', 'command -v nats-server'], { encoding: 'utf8' });
  return found.status === 0 && found.stdout.trim() ? found.stdout.trim() : null;
}

/**
 * Whether the NATS tests can run here. Missing `nats-server` skips them with a message on a developer's
 * machine, and fails the run in CI (CI=true), where scripts/setup.sh installs it.
 */
export function natsServerOrSkip(): string | null {
  const binary = findNatsServer();
  if (binary) return binary;
  const message = 'nats-server is not installed (apt-get install nats-server): the multi-instance NATS tests';
  if (process.env.CI && process.env.CI !== 'false') throw new Error(`${message} cannot be skipped in CI.`);
  console.warn(`[bff tests] SKIPPED — ${message} are skipped on this machine.`);
  return null;
}

export interface NatsServer {
  url: string;
  port: number;
  /** Kills the server (SIGKILL: as a crash would) and waits until it is gone. */
  kill(): Promise<void>;
  /** Starts it again on the same port. */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** The names of the clients connected now (its monitoring endpoint's /connz): a BFF connects as its instance name. */
  clientNames(): Promise<string[]>;
}

/** A throwaway nats-server on a free loopback port, started and stopped by PID. */
export async function startNatsServer(binary: string): Promise<NatsServer> {
  const port = await freePort();
  const monitorPort = await freePort();
  let current: OwnedProcess | null = null;
  const start = async () => {
    const started = startProcess(binary, ['-a', '127.0.0.1', '-p', String(port), '-m', String(monitorPort), '-n', `zuoxi-test-${port}`]);
    current = started;
    await waitFor(
      `nats-server on port ${port}`,
      () => {
        if (started.child.exitCode !== null) throw new Error(`nats-server exited:\n${started.log()}`);
        return started.log().includes('Server is ready');
      },
      20_000,
    );
  };
  await start();
  return {
    url: `nats://127.0.0.1:${port}`,
    port,
    async kill() {
      await current?.stop('SIGKILL');
    },
    start,
    async stop() {
      await current?.stop('SIGTERM');
    },
    async clientNames() {
      const response = await fetch(`http://127.0.0.1:${monitorPort}/connz`);
      const body = (await response.json()) as { connections?: { name?: string }[] };
      return (body.connections ?? []).map((c) => c.name ?? '');
    },
  };
}
