#!/usr/bin/env node
// Runs a command against a throwaway PostgreSQL cluster: initdb in a temp folder, `postgres` started by PID
// as the postgres user (the packaged service does not run here), a database created, then
// TEST_DATABASE_URL (and DATABASE_URL) set for the command. The cluster is stopped and removed after.
// Usage: node scripts/with-postgres.mjs <command...>
// Without Debian's postgresql: fails in CI, skips (exit 0) elsewhere, saying so.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
if (!args.length) {
  console.error('with-postgres: give a command to run');
  process.exit(2);
}
const versions = existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql').sort() : [];
const bin = versions.length ? join('/usr/lib/postgresql', versions.at(-1), 'bin') : null;
if (!bin || !existsSync(join(bin, 'postgres'))) {
  if (process.env.CI) {
    console.error('with-postgres: PostgreSQL is not installed (CI must install Debian\'s postgresql)');
    process.exit(1);
  }
  console.log('with-postgres: SKIPPED — no PostgreSQL on this machine (apt-get install postgresql).');
  process.exit(0);
}

const root = process.getuid?.() === 0;
const asPostgres = (cmd, cmdArgs) => (root ? ['runuser', ['-u', 'postgres', '--', cmd, ...cmdArgs]] : [cmd, cmdArgs]);
const freePort = () =>
  new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const dir = mkdtempSync(join(tmpdir(), 'zuoxi-pg-'));
chmodSync(dir, 0o777);
const data = join(dir, 'data');
const port = await freePort();
const run = (cmd, cmdArgs) => {
  const [c, a] = asPostgres(cmd, cmdArgs);
  const result = spawnSync(c, a, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${cmd} failed: ${result.stderr || result.stdout}`);
};

let server;
let code = 1;

/**
 * Stops the cluster through its postmaster's PID (postmaster.pid), SIGINT being PostgreSQL's fast shutdown.
 * Signalling `runuser` does not reach the server (runuser ignores SIGINT and SIGTERM here), and a test may
 * have stopped and started the server itself (the ZUOXI_PG_* variables), so the PID file is the truth.
 */
async function stopPostgres() {
  const pidFile = join(data, 'postmaster.pid');
  const pid = existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8').split('\n')[0]) : NaN;
  const alive = () => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  if (Number.isInteger(pid) && pid > 0 && alive()) {
    process.kill(pid, 'SIGINT');
    const started = Date.now();
    while (alive() && Date.now() - started < 20_000) await new Promise((r) => setTimeout(r, 50));
    if (alive()) process.kill(pid, 'SIGKILL');
  }
  if (server && server.exitCode === null && server.signalCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    const timer = setTimeout(() => server.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  }
}
try {
  run(join(bin, 'initdb'), ['-D', data, '-U', 'zuoxi', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C.UTF-8']);
  const [c, a] = asPostgres(join(bin, 'postgres'), ['-D', data, '-p', String(port), '-k', dir, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', 'max_connections=200']);
  server = spawn(c, a, { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  server.stderr.on('data', (chunk) => (log += chunk));
  const started = Date.now();
  for (;;) {
    const ready = spawnSync(join(bin, 'pg_isready'), ['-h', '127.0.0.1', '-p', String(port)], { stdio: 'ignore' });
    if (ready.status === 0) break;
    if (Date.now() - started > 20_000 || server.exitCode !== null) throw new Error(`postgres did not start:\n${log}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  run(join(bin, 'createdb'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'zuoxi', 'zuoxi']);
  const url = `postgres://zuoxi@127.0.0.1:${port}/zuoxi`;
  console.log(`with-postgres: PostgreSQL ${versions.at(-1)} on port ${port}`);
  const child = spawn(args[0], args.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, TEST_DATABASE_URL: url, DATABASE_URL: url, ZUOXI_PG_BIN: bin, ZUOXI_PG_DATA: data, ZUOXI_PG_PORT: String(port), ZUOXI_PG_SOCKET_DIR: dir },
  });
  code = await new Promise((resolve) => child.on('exit', (exitCode) => resolve(exitCode ?? 1)));
} catch (error) {
  console.error(`with-postgres: ${error instanceof Error ? error.message : error}`);
} finally {
  await stopPostgres();
  rmSync(dir, { recursive: true, force: true });
}
process.exit(code);
