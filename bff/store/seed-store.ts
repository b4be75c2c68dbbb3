import { sql } from 'drizzle-orm';
import { initialAgentState } from '@/domain/agent-state-machine';
import { createSeed } from '@mocks/seed/create-seed';
import type { SeedOptions } from '@mocks/seed/types';
import type { Db } from './open-store';
import { queryRows } from './query-rows';
import { hashPassword } from './passwords';
import { agentStates, customerNumbers, customers, queues, users } from './schema';

/** True when the store holds no users yet (a fresh `.data/`). */
export async function isEmpty(db: Db): Promise<boolean> {
  const rows = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM users`);
  return Number(rows[0]?.n ?? 0) === 0;
}

/**
 * Loads the demo dataset the mocks use (`createSeed()`), so the BFF and mock mode show the same centre.
 * Passwords are hashed on the way in; seats start as the seed says, counted back from `now`.
 */
export async function seedStore(db: Db, options: SeedOptions = {}, now = Date.now()): Promise<void> {
  const seed = createSeed(options);
  // One hash per distinct password: the demo users share one, and scrypt is slow on purpose.
  const hashes = new Map<string, string>();
  for (const agent of seed.agents) if (!hashes.has(agent.password)) hashes.set(agent.password, await hashPassword(agent.password));
  await db.transaction(async (tx) => {
    await tx.insert(users).values(
      seed.agents.map((a) => ({
        id: a.id,
        username: a.username,
        displayName: a.displayName,
        role: a.role,
        tenant: a.tenant,
        locale: a.locale,
        workNumber: a.workNumber,
        extension: a.extension,
        skills: a.skills,
        queueIds: a.queueIds,
        passwordHash: hashes.get(a.password)!,
      })),
    );
    await tx.insert(queues).values(
      seed.queues.map((q) => ({ queueId: q.queueId, tenant: q.tenant, name: q.name, skill: q.skill, tier: q.tier, slaSeconds: q.slaSeconds, acwSeconds: q.acwSeconds, stats: q.initialStats })),
    );
    await tx.insert(agentStates).values(
      seed.agents.map((a) => {
        const state = initialAgentState(a.id, a.initialState.status, a.initialState.reason, new Date(now - a.initialState.sinceOffsetSec * 1000).toISOString());
        return { agentId: a.id, version: state.version, status: state.status, acwEndsAt: null, state };
      }),
    );
    for (let i = 0; i < seed.customers.length; i += 500) {
      const batch = seed.customers.slice(i, i + 500);
      await tx.insert(customers).values(batch.map((c) => ({ customerId: c.customerId, tenant: c.tenant, data: c })));
      const numbers = batch.flatMap((c) => [...new Set(c.subscriptions.map((s) => s.msisdn))].map((msisdn) => ({ msisdn, customerId: c.customerId })));
      if (numbers.length) await tx.insert(customerNumbers).values(numbers);
    }
  });
}

/** Everything the demo changes at run time, and the seed itself: empty tables for a fresh start. */
export async function clearStore(db: Db): Promise<void> {
  await db.execute(
    sql`TRUNCATE events, event_streams, audit_log, idempotency, sign_in_failures, sessions, agent_contacts, agent_states, queues, customer_numbers, customers, counters, users`,
  );
}
