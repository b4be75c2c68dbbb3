import { bigint, boolean, integer, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import type { AgentState } from '@/contract/schemas/agent-state';
import type { ChannelCounts, ConversationOffer, Message } from '@/contract/schemas/conversation';
import type { ContactRecord } from '@/contract/schemas/customer';
import type { Locale, Skill } from '@/contract/schemas/identity';
import type { StoredCannedResponse } from '@/domain/canned-responses';
import type { ConversationRecord } from '@/domain/conversation-record';
import type { SummarySource } from '@/domain/customer-summary';
import type { LiveContact } from '@/domain/live-contact';
import type { SeedCustomer } from '@mocks/seed/types';

/** A customer as the store keeps it in `customers.data`: the seed's whole customer, its history in its own table. */
export type StoredCustomer = Omit<SeedCustomer, 'contacts'>;

// Table definitions for the query layer; the tables themselves come from migrations/*.sql.

export const users = pgTable('users', {
  id: text('id').primaryKey(),
  username: text('username').notNull(),
  displayName: text('display_name').notNull(),
  role: text('role').notNull(),
  tenant: text('tenant').notNull(),
  locale: text('locale').notNull(),
  workNumber: text('work_number').notNull(),
  extension: text('extension').notNull(),
  skills: jsonb('skills').$type<Skill[]>().notNull(),
  queueIds: jsonb('queue_ids').$type<string[]>().notNull(),
  passwordHash: text('password_hash').notNull(),
});

export const queues = pgTable('queues', {
  queueId: text('queue_id').primaryKey(),
  tenant: text('tenant').notNull(),
  name: text('name').notNull(),
  skill: text('skill').notNull(),
  tier: text('tier').notNull(),
  slaSeconds: integer('sla_seconds').notNull(),
  acwSeconds: integer('acw_seconds').notNull(),
  stats: jsonb('stats').$type<{ waiting: number; longestWaitSec: number; serviceLevel: number; abandonedToday: number }>().notNull(),
});

export const agentStates = pgTable('agent_states', {
  agentId: text('agent_id').primaryKey(),
  version: integer('version').notNull(),
  status: text('status').notNull(),
  acwEndsAt: bigint('acw_ends_at', { mode: 'number' }),
  state: jsonb('state').$type<AgentState>().notNull(),
});

export const agentContacts = pgTable(
  'agent_contacts',
  { agentId: text('agent_id').notNull(), contactId: text('contact_id').notNull(), queueId: text('queue_id') },
  (t) => [primaryKey({ columns: [t.agentId, t.contactId] })],
);

export const sessions = pgTable('sessions', {
  id: text('id').primaryKey(),
  csrf: text('csrf').notNull(),
  userId: text('user_id').notNull(),
  role: text('role').notNull(),
  createdAt: bigint('created_at', { mode: 'number' }).notNull(),
  expiresAt: bigint('expires_at', { mode: 'number' }).notNull(),
  lastSeenAt: bigint('last_seen_at', { mode: 'number' }).notNull(),
});

export const signInFailures = pgTable('sign_in_failures', {
  username: text('username').primaryKey(),
  count: integer('count').notNull(),
  lockedUntil: bigint('locked_until', { mode: 'number' }).notNull(),
});

export const idempotency = pgTable('idempotency', {
  scope: text('scope').primaryKey(),
  status: integer('status').notNull(),
  body: jsonb('body').notNull(),
  createdAt: bigint('created_at', { mode: 'number' }).notNull(),
});

export const auditLog = pgTable('audit_log', {
  id: text('id').primaryKey(),
  sortKey: text('sort_key').notNull(),
  at: text('at').notNull(),
  action: text('action').notNull(),
  actorId: text('actor_id'),
  actorName: text('actor_name').notNull(),
  tenant: text('tenant'),
  details: jsonb('details').$type<Record<string, unknown>>().notNull(),
});

export const eventStreams = pgTable('event_streams', {
  userId: text('user_id').primaryKey(),
  seq: bigint('seq', { mode: 'number' }).notNull(),
});

export const events = pgTable(
  'events',
  { userId: text('user_id').notNull(), seq: bigint('seq', { mode: 'number' }).notNull(), event: jsonb('event').notNull() },
  (t) => [primaryKey({ columns: [t.userId, t.seq] })],
);

export const seedInfo = pgTable('seed_info', { key: text('key').primaryKey(), value: text('value').notNull() });

export const customers = pgTable('customers', {
  customerId: text('customer_id').primaryKey(),
  tenant: text('tenant').notNull(),
  idNumber: text('id_number').notNull(),
  email: text('email'),
  summary: jsonb('summary').$type<SummarySource>().notNull(),
  data: jsonb('data').$type<StoredCustomer>().notNull(),
});

export const customerNumbers = pgTable(
  'customer_numbers',
  { msisdn: text('msisdn').notNull(), customerId: text('customer_id').notNull(), kind: text('kind').$type<'line' | 'contact'>().notNull() },
  (t) => [primaryKey({ columns: [t.msisdn, t.customerId] })],
);

export const customerAccounts = pgTable('customer_accounts', { accountId: text('account_id').primaryKey(), customerId: text('customer_id').notNull() });

export const customerNames = pgTable(
  'customer_names',
  { tenant: text('tenant').notNull(), nameKey: text('name_key').notNull(), customerId: text('customer_id').notNull() },
  (t) => [primaryKey({ columns: [t.tenant, t.nameKey, t.customerId] })],
);

export const customerContacts = pgTable(
  'customer_contacts',
  {
    customerId: text('customer_id').notNull(),
    sortKey: text('sort_key').notNull(),
    channel: text('channel').notNull(),
    words: text('words').notNull(),
    record: jsonb('record').$type<ContactRecord>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.customerId, t.sortKey] })],
);

export const contacts = pgTable('contacts', {
  contactId: text('contact_id').primaryKey(),
  tenant: text('tenant').notNull(),
  record: jsonb('record').$type<LiveContact>().notNull(),
  createdAt: bigint('created_at', { mode: 'number' }).notNull(),
});

export const counters = pgTable('counters', {
  name: text('name').primaryKey(),
  value: bigint('value', { mode: 'number' }).notNull(),
});

export const conversations = pgTable('conversations', {
  conversationId: text('conversation_id').primaryKey(),
  tenant: text('tenant').notNull(),
  channel: text('channel').notNull(),
  status: text('status').notNull(),
  queueId: text('queue_id').notNull(),
  agentId: text('agent_id'),
  threadKey: text('thread_key').notNull(),
  chatToken: text('chat_token'),
  listKey: text('list_key').notNull(),
  queuedAt: bigint('queued_at', { mode: 'number' }).notNull(),
  record: jsonb('record').$type<ConversationRecord>().notNull(),
});

export const messages = pgTable(
  'messages',
  {
    conversationId: text('conversation_id').notNull(),
    seq: integer('seq').notNull(),
    author: text('author').notNull(),
    agentId: text('agent_id'),
    clientId: text('client_id'),
    internal: boolean('internal').notNull(),
    message: jsonb('message').$type<Message>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.conversationId, t.seq] })],
);

export const conversationOffers = pgTable('conversation_offers', {
  offerId: text('offer_id').primaryKey(),
  conversationId: text('conversation_id').notNull(),
  agentId: text('agent_id').notNull(),
  channel: text('channel').notNull(),
  status: text('status').$type<'open' | 'accepted' | 'rejected' | 'timeout' | 'withdrawn'>().notNull(),
  expiresAt: bigint('expires_at', { mode: 'number' }).notNull(),
  offer: jsonb('offer').$type<ConversationOffer>().notNull(),
});

export const agentConversationSettings = pgTable('agent_conversation_settings', {
  agentId: text('agent_id').primaryKey(),
  autoAccept: boolean('auto_accept').notNull(),
  capacity: jsonb('capacity').$type<ChannelCounts>().notNull(),
  lastRoutedAt: bigint('last_routed_at', { mode: 'number' }),
});

export const conversationPolicy = pgTable('conversation_policy', {
  id: integer('id').primaryKey(),
  offerTimeoutSec: integer('offer_timeout_sec').notNull(),
  amberAfterSec: integer('amber_after_sec').notNull(),
  redAfterSec: integer('red_after_sec').notNull(),
});

export const cannedResponses = pgTable('canned_responses', {
  id: text('id').primaryKey(),
  tenant: text('tenant').notNull(),
  record: jsonb('record').$type<StoredCannedResponse>().notNull(),
});

export const dispositions = pgTable('dispositions', {
  code: text('code').primaryKey(),
  position: integer('position').notNull(),
  labels: jsonb('labels').$type<Record<Locale, string>>().notNull(),
});

export const attachments = pgTable('attachments', {
  attachmentId: text('attachment_id').primaryKey(),
  conversationId: text('conversation_id').notNull(),
  name: text('name').notNull(),
  mime: text('mime').notNull(),
  size: integer('size').notNull(),
  uploadedBy: text('uploaded_by').$type<'agent' | 'customer'>().notNull(),
  createdAt: bigint('created_at', { mode: 'number' }).notNull(),
});
