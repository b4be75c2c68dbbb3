import { join } from 'node:path';
import { DEV_INBOUND_TOKEN } from '@mocks/seed/conversations';

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
  /** Where uploaded attachments are kept; null: a throwaway folder made at start and removed at close (test mode). */
  attachmentsDir: string | null;
  /** What carriers and mail gateways send as X-Inbound-Token; null: inbound SMS and email refused (production unset). */
  inboundToken: string | null;
  /** Seconds an offer waits for its agent before it moves on (the test control changes it at run time). */
  offerTimeoutSec: number;
  /** How often the routing timer looks for lapsed offers and queued conversations (ms). */
  routingTickMs: number;
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
    attachmentsDir: env.ZUOXI_ATTACHMENTS_DIR || (mode === 'test' ? null : join(root, '.data', 'attachments')),
    // A demo or test server takes the known dev token (scripts/inbound.mjs sends it); production only its own.
    inboundToken: env.ZUOXI_INBOUND_TOKEN || (mode === 'production' ? null : DEV_INBOUND_TOKEN),
    offerTimeoutSec: positive(env.ZUOXI_OFFER_TIMEOUT_SEC) ?? 30,
    // Tests wait on lapsed offers: a short tick there; a second elsewhere is well within an offer's time.
    routingTickMs: positive(env.ZUOXI_ROUTING_TICK_MS) ?? (mode === 'test' ? 250 : 1000),
  };
}

function positive(value: string | undefined): number | undefined {
  const n = Number(value);
  return value && Number.isFinite(n) && n > 0 ? n : undefined;
}
