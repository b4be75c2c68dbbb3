import { join } from 'node:path';

/** What a BFF instance runs as; read once from the environment at start. */
export interface BffConfig {
  port: number;
  host: string;
  /** production: test controls and demo accounts refused. demo: demo accounts and test controls on (the README's first command). test: as demo. */
  mode: 'production' | 'demo' | 'test';
  databaseUrl: string | undefined;
  /** PGlite's folder (when no DATABASE_URL). */
  dataDir: string;
  natsUrl: string | undefined;
  /** The built desktop served at `/` (none: API only). */
  staticDir: string | null;
  /** Origins allowed to open the realtime socket; empty: the request's own host. */
  allowedOrigins: string[];
  /** Behind a TLS-terminating proxy: trust X-Forwarded-Proto for Secure cookies and HSTS. */
  trustProxy: boolean;
  /** Where the desktop's phone registers (SIP over WebSocket), for the SIP settings and the CSP. */
  sipWsUrl: string;
  /** This instance's name in logs and /api/health. */
  instance: string;
  /** The seed's customer base: the demo's 210, or 100,000 (`ZUOXI_SEED_SIZE=large`, for the benchmark). */
  seedSize: 'demo' | 'large';
}

export function readConfig(env: NodeJS.ProcessEnv = process.env, root = process.cwd()): BffConfig {
  const mode = env.ZUOXI_MODE === 'production' ? 'production' : env.ZUOXI_MODE === 'test' ? 'test' : env.NODE_ENV === 'production' ? 'production' : 'demo';
  return {
    port: Number(env.PORT ?? 8787),
    host: env.HOST ?? '127.0.0.1',
    mode,
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.ZUOXI_DATA_DIR ?? join(root, '.data', 'pglite'),
    natsUrl: env.NATS_URL || undefined,
    staticDir: env.ZUOXI_STATIC_DIR === '' ? null : (env.ZUOXI_STATIC_DIR ?? join(root, 'dist')),
    allowedOrigins: (env.ZUOXI_ALLOWED_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    trustProxy: env.ZUOXI_TRUST_PROXY === '1',
    sipWsUrl: env.ZUOXI_SIP_WS_URL ?? 'ws://127.0.0.1:8088',
    instance: env.ZUOXI_INSTANCE ?? `bff-${process.pid}`,
    seedSize: env.ZUOXI_SEED_SIZE === 'large' ? 'large' : 'demo',
  };
}
