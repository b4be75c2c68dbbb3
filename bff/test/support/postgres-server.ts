import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startProcess, waitFor, type OwnedProcess } from './wait';

/** Debian's PostgreSQL binaries: the folder scripts/with-postgres.mjs used (ZUOXI_PG_BIN), or the newest installed. */
export function findPostgresBin(): string | null {
  if (process.env.ZUOXI_PG_BIN && existsSync(join(process.env.ZUOXI_PG_BIN, 'postgres'))) return process.env.ZUOXI_PG_BIN;
  const versions = existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql').sort() : [];
  const bin = versions.length ? join('/usr/lib/postgresql', versions.at(-1)!, 'bin') : null;
  return bin && existsSync(join(bin, 'postgres')) ? bin : null;
}

export interface PostgresServer {
  url: string;
  /** Stops the server (fast shutdown: sessions are cut off) and waits until it is gone. */
  stop(): Promise<void>;
  /** Starts it again on the same port and data, and waits until it accepts connections. */
  start(): Promise<void>;
  /** Stops it for good and removes its files. */
  destroy(): Promise<void>;
}

/**
 * A PostgreSQL cluster of this test's own (initdb in a temp folder, `postgres` started by PID, as the
 * postgres user when run as root), so stopping it cannot pull the database from under other test files.
 */
export async function startPostgresServer(bin: string): Promise<PostgresServer> {
  const root = process.getuid?.() === 0;
  const as = (command: string, args: string[]): [string, string[]] => (root ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args]);
  const run = (command: string, args: string[]) => {
    const [c, a] = as(command, args);
    const result = spawnSync(c, a, { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr || result.stdout}`);
  };

  const dir = mkdtempSync(join(tmpdir(), 'zuoxi-pg-outage-'));
  chmodSync(dir, 0o777);
  const data = join(dir, 'data');
  const port = await freePort();
  run(join(bin, 'initdb'), ['-D', data, '-U', 'zuoxi', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C.UTF-8']);

  let server: OwnedProcess | null = null;
  const start = async () => {
    const [c, a] = as(join(bin, 'postgres'), ['-D', data, '-p', String(port), '-k', dir, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off']);
    const started = startProcess(c, a);
    server = started;
    await waitFor(
      `PostgreSQL on port ${port}`,
      () => {
        if (started.child.exitCode !== null) throw new Error(`postgres exited:\n${started.log()}`);
        return spawnSync(join(bin, 'pg_isready'), ['-h', '127.0.0.1', '-p', String(port)], { stdio: 'ignore' }).status === 0;
      },
      30_000,
    );
  };
  const postmasterPid = () => {
    const file = join(data, 'postmaster.pid');
    return existsSync(file) ? Number(readFileSync(file, 'utf8').split('\n')[0]) : NaN;
  };
  const stop = async () => {
    // The postmaster itself (runuser passes no signal on): SIGINT is PostgreSQL's fast shutdown.
    const pid = postmasterPid();
    if (Number.isInteger(pid) && pid > 0) {
      try {
        process.kill(pid, 'SIGINT');
      } catch {
        // Already gone.
      }
    }
    await server?.exited();
  };

  await start();
  run(join(bin, 'createdb'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'zuoxi', 'zuoxi']);
  return {
    url: `postgres://zuoxi@127.0.0.1:${port}/zuoxi`,
    stop,
    start,
    async destroy() {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
