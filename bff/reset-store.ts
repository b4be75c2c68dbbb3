import { rmSync } from 'node:fs';
import { readConfig } from './config';
import { migrate } from './store/migrate';
import { openStore } from './store/open-store';
import { clearStore, seedStore } from './store/seed-store';

// `npm run db:reset` (scripts/db-reset.mjs runs the bundled copy): the store back to the demo data.
// PGlite's folder is removed outright, so a store left behind by an older schema or a crash starts clean;
// a PostgreSQL database keeps its schema (migrated) and loses its rows.
const config = readConfig();
if (config.mode === 'production') {
  console.error('[db:reset] refused: ZUOXI_MODE=production (this would wipe a live store)');
  process.exit(1);
}
if (!config.databaseUrl) rmSync(config.dataDir, { recursive: true, force: true });
const store = await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
try {
  await migrate(store.db);
  await clearStore(store.db);
  await seedStore(store.db);
} finally {
  await store.close();
}
console.log(`[db:reset] ${store.kind === 'pglite' ? config.dataDir : 'the DATABASE_URL database'}: wiped and seeded with the demo data`);
