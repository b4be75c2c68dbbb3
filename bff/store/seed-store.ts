import { sql } from 'drizzle-orm';
import type { Role } from '@/contract/schemas/identity';
import type { ChannelCounts } from '@/contract/schemas/conversation';
import { initialAgentState } from '@/domain/agent-state-machine';
import { defaultCapacity } from '@/domain/conversation-routing';
import { seedConversationHistory } from '@mocks/seed/conversation-history';
import { seedCannedResponses, seedDispositions } from '@mocks/seed/conversations';
import { conversationRow } from './conversation-queries';
import { messageRow } from './message-queries';
import { streamSeed } from '@mocks/seed/stream-seed';
import type { SeedOptions } from '@mocks/seed/types';
import { customerRows, type CustomerRows } from './customer-rows';
import type { Db } from './open-store';
import { queryRows } from './query-rows';
import { hashPassword } from './passwords';
import { agentConversationSettings, agentStates, cannedResponses, conversations, messages, customerAccounts, customerContacts, customerNames, customerNumbers, customers, dispositions, queues, seedInfo, users } from './schema';

/** True when the store holds no users yet (a fresh `.data/`). */
export async function isEmpty(db: Db): Promise<boolean> {
  const rows = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM users`);
  return Number(rows[0]?.n ?? 0) === 0;
}

/**
 * Loads the demo dataset the mocks use (`streamSeed()`), so the BFF and mock mode show the same centre:
 * the people (passwords hashed on the way in; seats as the seed says, counted back from `now`) and, when
 * the store does not hold this dataset already, the customers.
 */
export async function seedStore(db: Db, options: SeedOptions = {}, now = Date.now()): Promise<void> {
  await seedPeople(db, options, now);
  await ensureCustomers(db, options);
}

export async function seedPeople(db: Db, options: SeedOptions = {}, now = Date.now()): Promise<void> {
  const seed = streamSeed(options);
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
  });
  await ensureConversationSeed(db, seed.agents, now);
}

/**
 * The conversations' starting data: the dispositions and canned responses when a store has none (a
 * production store too: a conversation cannot close without a disposition), and for the demo each seat's
 * capacity per channel (the seed's, else the role's) and the demo seats' closed history. Idempotent: a store made before
 * conversations existed gets them at its next start.
 */
export async function ensureConversationSeed(db: Db, agents: readonly { id: string; role: Role; conversationCapacity?: ChannelCounts }[], now = Date.now()): Promise<void> {
  await db.transaction(async (tx) => {
    const [counts] = await queryRows<{ dispositions: number; canned: number }>(
      tx,
      sql`SELECT (SELECT count(*)::int FROM dispositions) AS dispositions, (SELECT count(*)::int FROM canned_responses) AS canned`,
    );
    if (!Number(counts?.dispositions)) await tx.insert(dispositions).values(seedDispositions.map((d, position) => ({ code: d.code, position, labels: d.labels })));
    if (!Number(counts?.canned)) await tx.insert(cannedResponses).values(seedCannedResponses.map((record) => ({ id: record.id, tenant: record.tenant, record })));
    if (agents.length) {
      await tx
        .insert(agentConversationSettings)
        .values(agents.map((a) => ({ agentId: a.id, autoAccept: false, capacity: a.conversationCapacity ?? defaultCapacity(a.role), lastRoutedAt: null })))
        .onConflictDoNothing();
    }
    // The demo seats' history: a closed conversation or two, as the mocks show them.
    if (agents.some((a) => a.id === 'agt-1001')) {
      for (const { record, messages: thread } of seedConversationHistory(now)) {
        const fresh = await tx.insert(conversations).values(conversationRow(record)).onConflictDoNothing().returning({ id: conversations.conversationId });
        if (fresh.length) for (const message of thread) await tx.insert(messages).values(messageRow(message));
      }
    }
  });
}

const SEED_KEY = 'customers';
// Rows per INSERT: well under the 65,535 parameters a statement may carry.
const BATCH_CUSTOMERS = 250;
const BATCH_CONTACTS = 2000;

export interface CustomerLoad {
  /** False when the store held this dataset already. */
  loaded: boolean;
  customers: number;
  contacts: number;
  ms: number;
}

async function writeRows(db: Pick<Db, 'insert'>, rows: CustomerRows): Promise<void> {
  if (rows.customers.length) await db.insert(customers).values(rows.customers);
  if (rows.numbers.length) await db.insert(customerNumbers).values(rows.numbers);
  if (rows.accounts.length) await db.insert(customerAccounts).values(rows.accounts);
  if (rows.names.length) await db.insert(customerNames).values(rows.names);
  for (let i = 0; i < rows.contacts.length; i += BATCH_CONTACTS) await db.insert(customerContacts).values(rows.contacts.slice(i, i + BATCH_CONTACTS));
}

/**
 * Customers are seed data nothing changes at run time: they are loaded once per dataset (seed_info names
 * it) and survive a test reset. A store holding another dataset (another seed, the large one, an older
 * generator) is emptied and reloaded, streamed in batches so even 100,000 customers never sit in memory.
 * One transaction: an instance starting beside it waits on the lock, then finds the work done.
 */
export async function ensureCustomers(db: Db, options: SeedOptions = {}, onProgress?: (done: number, total: number) => void): Promise<CustomerLoad> {
  const started = Date.now();
  const seed = streamSeed(options);
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(4201131)`);
    const held = await queryRows<{ value: string }>(tx, sql`SELECT value FROM seed_info WHERE key = ${SEED_KEY}`);
    if (held[0]?.value === seed.fingerprint) return { loaded: false, customers: seed.customerCount, contacts: 0, ms: Date.now() - started };
    await tx.execute(sql`TRUNCATE customer_contacts, customer_names, customer_accounts, customer_numbers, customers`);
    let batch: CustomerRows = { customers: [], numbers: [], accounts: [], names: [], contacts: [] };
    let done = 0;
    let contacts = 0;
    for (const customer of seed.customers) {
      const rows = customerRows(customer);
      for (const key of Object.keys(batch) as (keyof CustomerRows)[]) (batch[key] as unknown[]).push(...rows[key]);
      done++;
      contacts += rows.contacts.length;
      if (batch.customers.length >= BATCH_CUSTOMERS) {
        await writeRows(tx, batch);
        batch = { customers: [], numbers: [], accounts: [], names: [], contacts: [] };
        onProgress?.(done, seed.customerCount);
      }
    }
    await writeRows(tx, batch);
    // Fresh statistics for the planner: an embedded store runs no autovacuum to gather them.
    await tx.execute(sql`ANALYZE customers, customer_numbers, customer_accounts, customer_names, customer_contacts`);
    await tx.insert(seedInfo).values({ key: SEED_KEY, value: seed.fingerprint }).onConflictDoUpdate({ target: seedInfo.key, set: { value: seed.fingerprint } });
    onProgress?.(done, seed.customerCount);
    return { loaded: true, customers: done, contacts, ms: Date.now() - started };
  });
}

/**
 * Everything the demo changes at run time and the people, for a fresh start; the customers stay (seed
 * data nothing changes, and reloading them on every test reset would cost seconds).
 */
export async function clearStore(db: Db): Promise<void> {
  await db.execute(
    sql`TRUNCATE events, event_streams, audit_log, idempotency, sign_in_failures, sessions, agent_contacts, agent_states, queues, contacts, counters,
        attachments, conversation_offers, messages, conversations, agent_conversation_settings, conversation_policy, canned_responses, dispositions, users`,
  );
}
