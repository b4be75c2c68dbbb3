import type { AgentState } from '@/contract/schemas/agent-state';
import type { AuditEntry } from '@/contract/schemas/audit';
import { initialAgentState } from '@/domain/agent-state-machine';
import type { Role } from '@/contract/schemas/identity';
import type { EventStream } from '@/domain/event-stream';
import type { IdempotentAnswer } from '@/domain/idempotency';
import type { LiveContact } from '@/domain/live-contact';
import type { QueueRecord } from '@/domain/queue-figures';
import type { Bucket } from '@/domain/rate-limit';
import type { SignInFailures } from '@/domain/sign-in-lockout';
import { createConversationTables, type ConversationTables } from '@mocks/conversations/conversation-tables';
import { createPrng, type Prng } from '@mocks/seed/prng';
import { streamSeed } from '@mocks/seed/stream-seed';
import type { Seed, SeedAgent, SeedCustomer, SeedOptions } from '@mocks/seed/types';
import { buildCustomerStore, type CustomerStore } from './customer-store';

export interface SessionRecord {
  /** The value of the HttpOnly session cookie. */
  id: string;
  /** The CSRF token of the session (double submit; mock mode's socket goes by it too). */
  csrf: string;
  userId: string;
  role: Role;
  createdAt: number;
  expiresAt: number;
  lastSeenAt: number;
}

export interface MockDbOptions {
  seed?: SeedOptions;
  /** Epoch ms; inject a fixed or stepping clock in tests. */
  clock?: () => number;
}

/**
 * The mock backend's storage, and nothing else: every decision made over it is a pure rule in src/domain,
 * shared with the BFF. Each table is a Map, as a store would key it.
 */
export interface MockDb {
  seed: Seed;
  clock: () => number;
  /** For tokens and ids made at run time: deterministic, so a test run can be replayed. */
  prng: Prng;
  users: Map<string, SeedAgent>;
  customers: Map<string, SeedCustomer>;
  /** The customers' indexes (number, email, account, ID, name) and timelines: the screen pop and search read these. */
  customerStore: CustomerStore;
  /** Contacts offered or registered, with their customer link and identity check. */
  contacts: Map<string, LiveContact>;
  /** Conversations (chat, SMS, email, social): records, threads, offers, seat settings, attachments. */
  conversations: ConversationTables;
  usersByUsername: Map<string, SeedAgent>;
  sessions: Map<string, SessionRecord>;
  agentStates: Map<string, AgentState>;
  queues: Map<string, QueueRecord>;
  signInFailures: Map<string, SignInFailures>;
  /** Idempotency scope → the answer first given, so a retried PUT/POST is applied once. */
  idempotency: Map<string, IdempotentAnswer>;
  /** Each user's realtime stream: seq and the events kept for replay. */
  streams: Map<string, EventStream>;
  /** `<agentId>|<contactId>` → the queue a reported contact came through (its after-call-work policy). */
  contactQueues: Map<string, string | null>;
  /** The audit log, oldest first. */
  audit: AuditEntry[];
  /** Rate-limit buckets by key (`sign-in:<username>`, `write:<session>`). */
  buckets: Map<string, Bucket>;
  counters: Map<string, number>;
}

// Customers are seed data nothing changes at run time: built once per seed, shared by every reset.
const customerStores = new Map<string, { customers: SeedCustomer[]; store: CustomerStore }>();

function customersOf(stream: ReturnType<typeof streamSeed>): { customers: SeedCustomer[]; store: CustomerStore } {
  let cached = customerStores.get(stream.fingerprint);
  if (!cached) {
    const customers = [...stream.customers];
    cached = { customers, store: buildCustomerStore(customers) };
    customerStores.set(stream.fingerprint, cached);
  }
  return cached;
}

export function createMockDb(options: MockDbOptions = {}): MockDb {
  const stream = streamSeed(options.seed);
  const { customers: _customers, customerCount: _count, fingerprint: _fingerprint, ...people } = stream;
  const shared = customersOf(stream);
  const seed: Seed = { ...people, customers: shared.customers };
  const clock = options.clock ?? (() => Date.now());
  const now = clock();
  const users = new Map(seed.agents.map((a) => [a.id, a]));
  const agentStates = new Map<string, AgentState>(
    seed.agents.map((a) => [a.id, initialAgentState(a.id, a.initialState.status, a.initialState.reason, new Date(now - a.initialState.sinceOffsetSec * 1000).toISOString())]),
  );
  return {
    seed,
    clock,
    prng: createPrng((options.seed?.seed ?? 1) ^ 0x5e55),
    users,
    customers: shared.store.customers,
    customerStore: shared.store,
    contacts: new Map(),
    conversations: createConversationTables(now, seed.agents),
    usersByUsername: new Map(seed.agents.map((a) => [a.username, a])),
    sessions: new Map(),
    agentStates,
    queues: new Map(seed.queues.map((q) => [q.queueId, { queueId: q.queueId, tenant: q.tenant, name: q.name, skill: q.skill, tier: q.tier, slaSeconds: q.slaSeconds, acwSeconds: q.acwSeconds, stats: { ...q.initialStats } }])),
    signInFailures: new Map(),
    idempotency: new Map(),
    streams: new Map(),
    contactQueues: new Map(),
    audit: [],
    buckets: new Map(),
    counters: new Map(),
  };
}

/** Next value of a named counter, for ids like `ct-000001`. */
export function nextId(db: MockDb, prefix: string, width = 6): string {
  const n = (db.counters.get(prefix) ?? 0) + 1;
  db.counters.set(prefix, n);
  return `${prefix}-${String(n).padStart(width, '0')}`;
}

let current: MockDb | null = null;

/** The db every handler reads; built on first use. */
export function getMockDb(): MockDb {
  current ??= createMockDb();
  return current;
}

export function resetMockDb(options?: MockDbOptions): MockDb {
  current = createMockDb(options);
  return current;
}
