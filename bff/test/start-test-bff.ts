import { WebSocket } from 'ws';
import { readConfig, type BffConfig } from '../config';
import { startBff, type RunningBff } from '../server/start-bff';
import { cookieTarget } from '@/testing/contract-suite/cookie-target';
import type { ContractTarget } from '@/testing/contract-suite/contract-target';

/**
 * A BFF for tests: test mode (scenario endpoints on), an ephemeral port, and a store that is PGlite in
 * memory unless `TEST_DATABASE_URL` names a real PostgreSQL (CI runs the suite on both).
 */
export async function startTestBff(overrides: Partial<BffConfig> = {}): Promise<RunningBff> {
  const databaseUrl = process.env.TEST_DATABASE_URL || undefined;
  const config: BffConfig = {
    ...readConfig({ ZUOXI_MODE: 'test' }),
    port: 0,
    host: '127.0.0.1',
    databaseUrl,
    dataDir: 'memory://',
    staticDir: null,
    natsUrl: undefined,
    instance: `test-${process.pid}`,
    ...overrides,
  };
  return startBff(config);
}

/** The contract suite's view of a running BFF: real cookies over HTTP, and `ws` sockets that carry them. */
export function bffTarget(bff: RunningBff): ContractTarget {
  return cookieTarget('bff', bff.url, (url, headers) => new WebSocket(url, { headers }) as unknown as globalThis.WebSocket);
}
