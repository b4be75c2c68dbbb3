import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import type { Db } from './open-store';
import { queryRows } from './query-rows';

const folder = join(import.meta.dirname, 'migrations');

/** The migrations in order: `NNNN_name.sql`, applied once each, in one transaction each. */
export function migrationFiles(): { version: number; name: string; text: string }[] {
  return readdirSync(folder)
    .filter((f) => /^\d{4}_.+\.sql$/.test(f))
    .sort()
    .map((f) => ({ version: Number(f.slice(0, 4)), name: f, text: readFileSync(join(folder, f), 'utf8') }));
}

/** A migration's statements (migrations hold no function bodies, so `;` at a line's end splits them). */
export function statementsOf(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('--'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Brings the schema up to date. Several instances may start at once: an advisory lock lets one migrate
 * while the others wait, then find nothing left to do.
 */
export async function migrate(db: Db): Promise<number[]> {
  await db.execute(sql`CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)`);
  const applied: number[] = [];
  await db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(4201130)`);
    const done = new Set((await queryRows<{ version: number }>(tx, sql`SELECT version FROM schema_migrations`)).map((r) => Number(r.version)));
    for (const migration of migrationFiles()) {
      if (done.has(migration.version)) continue;
      // One statement at a time: PGlite's extended protocol takes a single statement per query.
      for (const statement of statementsOf(migration.text)) await tx.execute(sql.raw(statement));
      await tx.execute(sql`INSERT INTO schema_migrations (version, name, applied_at) VALUES (${migration.version}, ${migration.name}, ${new Date().toISOString()})`);
      applied.push(migration.version);
    }
  });
  return applied;
}
