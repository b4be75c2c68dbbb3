import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { WebSocket } from 'ws';
import { readConfig, type BffConfig } from '../config';
import { startBff, type RunningBff } from '../server/start-bff';
import type { Store } from '../store/open-store';
import { cookieTarget } from '@/testing/contract-suite/cookie-target';
import type { ContractTarget } from '@/testing/contract-suite/contract-target';

/**
 * A database of its own on the PostgreSQL that `TEST_DATABASE_URL` names (created empty; the BFF migrates
 * and seeds it), so test files running side by side never reset each other's data. Undefined without
 * `TEST_DATABASE_URL` (the tests then run on PGlite).
 */
export async function freshTestDatabaseUrl(): Promise<string | undefined> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) return undefined;
  const name = `zuoxi_t_${process.pid}_${randomBytes(4).toString('hex')}`;
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

/** What a test BFF runs as: test mode, an ephemeral loopback port, no static files, no NATS. */
export function testConfig(overrides: Partial<BffConfig> = {}): BffConfig {
  return {
    ...readConfig({ ZUOXI_MODE: 'test' }),
    port: 0,
    host: '127.0.0.1',
    databaseUrl: undefined,
    dataDir: 'memory://',
    staticDir: null,
    natsUrl: undefined,
    instance: `test-${process.pid}`,
    ...overrides,
  };
}

/**
 * A BFF for tests: test mode (scenario endpoints on), an ephemeral port, and a store that is PGlite in
 * memory unless `TEST_DATABASE_URL` names a real PostgreSQL (CI runs the suite on both; each call gets a
 * fresh database there). `options.store` shares one store between instances started in one process.
 */
export async function startTestBff(overrides: Partial<BffConfig> = {}, options: { store?: Store; seedDemo?: boolean } = {}): Promise<RunningBff> {
  const databaseUrl = options.store ? undefined : 'databaseUrl' in overrides ? overrides.databaseUrl : await freshTestDatabaseUrl();
  return startBff(testConfig({ databaseUrl, ...overrides }), options);
}

/** The contract suite's view of a running BFF: real cookies over HTTP, and `ws` sockets that carry them. */
export function bffTarget(bff: RunningBff): ContractTarget {
  return cookieTarget('bff', bff.url, (url, headers) => new WebSocket(url, { headers }) as unknown as globalThis.WebSocket);
}
