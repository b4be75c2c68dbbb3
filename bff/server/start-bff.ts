import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAdaptorServer } from '@hono/node-server';
import type { BffConfig } from '../config';
import { createInProcessBus } from '../realtime/in-process-bus';
import { createNatsBus } from '../realtime/nats-bus';
import { createSocketHub } from '../realtime/socket-hub';
import { settleDueAgentStates } from '../services/agent-state-service';
import type { BffDeps } from '../services/bff-deps';
import { migrate } from '../store/migrate';
import { pruneIdempotency } from '../store/misc-queries';
import { openStore, type Store } from '../store/open-store';
import { ensureConversationSeed, ensureCustomers, isEmpty, seedPeople } from '../store/seed-store';
import { listUsers } from '../store/user-queries';
import { startConversationTimer } from '../services/conversation-timer';
import { routingIdle } from '../services/conversation-routing';
import { pruneSessions } from '../store/session-queries';
import { createApp } from './create-app';

export interface RunningBff {
  url: string;
  port: number;
  deps: BffDeps;
  store: Store;
  close(): Promise<void>;
}

/**
 * Starts one instance: the store (migrated; seeded with the demo data when empty), the bus (in-process,
 * or NATS when configured), the HTTP server with the realtime socket, and the housekeeping timers.
 */
export async function startBff(configured: BffConfig, options: { store?: Store; now?: () => number; seedDemo?: boolean } = {}): Promise<RunningBff> {
  // Test mode keeps attachments in a throwaway folder of this instance, removed as it closes.
  const throwaway = configured.attachmentsDir === null ? mkdtempSync(join(tmpdir(), 'zuoxi-attachments-')) : null;
  const config: BffConfig = { ...configured, attachmentsDir: configured.attachmentsDir ?? throwaway };
  const store = options.store ?? (await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }));
  await migrate(store.db);
  const now = options.now ?? Date.now;
  // The demo centre (and its published demo password) is for demo and test servers. A production store
  // starts empty unless seeded on purpose (ZUOXI_SEED_DEMO=1, or `npm run db:reset`).
  const seedDemo = options.seedDemo ?? (config.mode !== 'production' || process.env.ZUOXI_SEED_DEMO === '1');
  if (await isEmpty(store.db)) {
    if (seedDemo) await seedPeople(store.db, { size: config.seedSize }, now());
    else console.warn('[bff] the store is empty: no users can sign in (seed the demo with ZUOXI_SEED_DEMO=1, or load your users)');
  }
  if (seedDemo) {
    // Customers load once per dataset (a large one takes a while, and says so).
    const load = await ensureCustomers(store.db, { size: config.seedSize }, (done, total) => {
      if (total >= 10_000 && (done % 10_000 === 0 || done === total)) console.log(`[bff] customers ${done}/${total}`);
    });
    if (load.loaded && load.customers >= 10_000) console.log(`[bff] ${load.customers} customers and ${load.contacts} contacts loaded in ${load.ms} ms`);
  }
  // Dispositions and canned responses on every store; the seats' capacity and history on a demo's.
  await ensureConversationSeed(store.db, seedDemo ? await listUsers(store.db) : [], now());
  const bus = config.natsUrl ? await createNatsBus(config.natsUrl, config.instance) : createInProcessBus();
  const hub = createSocketHub({ db: () => store.db, bus, allowedOrigins: config.allowedOrigins, instance: config.instance, now });
  const deps: BffDeps = { config, db: store.db, bus, hub, now, buckets: new Map() };
  const app = createApp(deps);
  const server = createAdaptorServer({ fetch: app.fetch });
  server.on('upgrade', (request, socket, head) => {
    if (!hub.handleUpgrade(request, socket, head)) socket.destroy();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;

  // After-call work ends by itself on time; several instances may race for it, the store's lock decides.
  const settle = setInterval(() => void settleDueAgentStates(deps).catch(() => undefined), 1000);
  const prune = setInterval(() => void Promise.all([pruneSessions(store.db, now()), pruneIdempotency(store.db, now())]).catch(() => undefined), 3600_000);
  settle.unref();
  prune.unref();
  // Offers that lapse move on, conversations of agents gone return to the queue, waiting ones get offered.
  const stopConversations = startConversationTimer(deps);

  return {
    url: `http://${config.host}:${port}`,
    port,
    deps,
    store,
    async close() {
      clearInterval(settle);
      clearInterval(prune);
      await stopConversations();
      await routingIdle(deps);
      await hub.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await bus.close();
      if (!options.store) await store.close();
      if (throwaway) rmSync(throwaway, { recursive: true, force: true });
    },
  };
}
