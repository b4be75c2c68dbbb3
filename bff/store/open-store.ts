import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';

/** One query layer over both engines: the same SQL, the same migrations. */
export type Db = PgDatabase<PgQueryResultHKT>;

export interface Store {
  db: Db;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}

export interface StoreOptions {
  /** A real PostgreSQL (several BFF instances share it). */
  databaseUrl?: string;
  /** PGlite's folder when there is no databaseUrl; `memory://` for a throwaway one. */
  dataDir: string;
}

/** PGlite in `.data/` by default (the first start needs no server), PostgreSQL when DATABASE_URL is set. */
export async function openStore(options: StoreOptions): Promise<Store> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10, connectionTimeoutMillis: 3000 });
    // An idle client dying (the server restarted) must not crash the process: the pool replaces it.
    pool.on('error', (error) => console.warn('[store] idle connection lost:', error.message));
    return { db: drizzlePg({ client: pool }) as unknown as Db, kind: 'postgres', close: () => pool.end() };
  }
  if (!options.dataDir.startsWith('memory://')) mkdirSync(options.dataDir, { recursive: true });
  const client = await PGlite.create(options.dataDir);
  return { db: drizzlePglite({ client }) as unknown as Db, kind: 'pglite', close: () => client.close() };
}
