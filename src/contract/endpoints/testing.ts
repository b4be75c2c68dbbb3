import { z } from 'zod/mini';
import { endpoint } from '../core/endpoint';
import { Channel } from '../schemas/channel';
import { ConversationChannel, Message } from '../schemas/conversation';
import { OfferedContact } from '../schemas/contact';
import { NoticeSeverity } from '../schemas/notice';
import { QueueStats } from '../schemas/queue';

/**
 * Scenario controls over HTTP (`scope: 'test'`): what tests, the contract suite and the dev panel use to
 * drive a backend. The mocks always answer them; the BFF only when started for tests or demos.
 */

export const FaultStatus = z.union([z.literal(500), z.literal(429), z.literal(503)]);
export type FaultStatus = z.infer<typeof FaultStatus>;

export const ScenarioSnapshot = z.object({
  latencyMs: z.int().check(z.nonnegative()),
  /** Endpoint id → the status it fails with, and how many answers are left to fail (null: until cleared). */
  faults: z.record(z.string(), z.object({ status: FaultStatus, remaining: z.nullable(z.int()) })),
  /** Endpoint ids whose next answer breaks the contract. */
  malformed: z.array(z.string()),
});
export type ScenarioSnapshot = z.infer<typeof ScenarioSnapshot>;

export const OfferContactInput = z.strictObject({
  channel: Channel,
  /** Caller number, chat handle or email address. */
  from: z.string().check(z.minLength(1)),
  /** Omitted: looked up by `from` as the IVR would. Null: an unknown caller. */
  customerId: z.optional(z.nullable(z.string())),
  /** Omitted: the customer's centre's general queue, else the first signed-in seat's. */
  queueId: z.optional(z.string()),
  intent: z.optional(z.nullable(z.string())),
  verified: z.optional(z.boolean()),
});
export type OfferContactInput = z.infer<typeof OfferContactInput>;

export const ContactOffer = z.object({
  contact: OfferedContact,
  /** Seats the contact was offered to. */
  agentIds: z.array(z.string()),
});
export type ContactOffer = z.infer<typeof ContactOffer>;

const ok = z.object({ ok: z.literal(true) });

export const resetBackend = endpoint({
  id: 'testing.reset',
  summary: 'Fresh seed data: no sessions, faults or latency; sockets closed',
  method: 'POST',
  path: '/api/test/reset',
  response: ok,
  auth: false,
  scope: 'test',
});

export const getScenario = endpoint({
  id: 'testing.scenario',
  summary: 'Current latency, faults and malformed answers',
  method: 'GET',
  path: '/api/test/scenario',
  response: ScenarioSnapshot,
  auth: false,
  scope: 'test',
});

export const offerContact = endpoint({
  id: 'testing.contact.offer',
  summary: 'Offer a contact as if it arrived (a call, chat, SMS, email or social message)',
  method: 'POST',
  path: '/api/test/contacts',
  body: OfferContactInput,
  response: ContactOffer,
  errors: { not_found: { status: 404, description: 'No such customer or queue.' } },
  auth: false,
  scope: 'test',
});

export const dropSockets = endpoint({
  id: 'testing.sockets.drop',
  summary: 'Close every realtime socket as a network drop would; optionally refuse new ones for a while',
  method: 'POST',
  path: '/api/test/sockets/drop',
  body: z.strictObject({ downForMs: z.optional(z.int().check(z.nonnegative(), z.maximum(60_000))) }),
  response: z.object({ dropped: z.int() }),
  auth: false,
  scope: 'test',
});

export const setLatency = endpoint({
  id: 'testing.latency',
  summary: 'Delay every API answer by this many milliseconds',
  method: 'PUT',
  path: '/api/test/latency',
  body: z.strictObject({ ms: z.int().check(z.nonnegative(), z.maximum(60_000)) }),
  response: ScenarioSnapshot,
  auth: false,
  scope: 'test',
});

export const failEndpoint = endpoint({
  id: 'testing.faults.add',
  summary: 'Make an endpoint answer 500, 429 or 503 (a number of times, or until cleared)',
  method: 'POST',
  path: '/api/test/faults',
  body: z.strictObject({ endpointId: z.string(), status: FaultStatus, times: z.optional(z.int().check(z.minimum(1))) }),
  response: ScenarioSnapshot,
  errors: { not_found: { status: 404, description: 'No endpoint with this id.' } },
  auth: false,
  scope: 'test',
});

export const respondMalformed = endpoint({
  id: 'testing.faults.malformed',
  summary: "Make an endpoint's next answer break the contract, once",
  method: 'POST',
  path: '/api/test/faults/malformed',
  body: z.strictObject({ endpointId: z.string() }),
  response: ScenarioSnapshot,
  errors: { not_found: { status: 404, description: 'No endpoint with this id.' } },
  auth: false,
  scope: 'test',
});

export const clearFaults = endpoint({
  id: 'testing.faults.clear',
  summary: 'Clear every injected fault and malformed answer',
  method: 'DELETE',
  path: '/api/test/faults',
  response: ScenarioSnapshot,
  auth: false,
  scope: 'test',
});

export const expireSessions = endpoint({
  id: 'testing.sessions.expire',
  summary: "Expire every live session (or one user's); the next call answers 401",
  method: 'POST',
  path: '/api/test/sessions/expire',
  body: z.strictObject({ userId: z.optional(z.string()) }),
  response: z.object({ expired: z.int() }),
  auth: false,
  scope: 'test',
});

export const broadcastNotice = endpoint({
  id: 'testing.notices.broadcast',
  summary: 'Send a notice to everyone signed in',
  method: 'POST',
  path: '/api/test/notices',
  body: z.strictObject({ text: z.string().check(z.minLength(1)), severity: z.optional(NoticeSeverity), from: z.optional(z.string()) }),
  response: z.object({ id: z.string() }),
  auth: false,
  scope: 'test',
});

export const surgeQueue = endpoint({
  id: 'testing.queues.surge',
  summary: "Set a queue's waiting figures (排队激增) and tell its centre's team leads",
  method: 'POST',
  path: '/api/test/queues/:queueId/surge',
  params: z.object({ queueId: z.string() }),
  body: z.strictObject({ waiting: z.int().check(z.nonnegative()), longestWaitSec: z.optional(z.int().check(z.nonnegative())) }),
  response: QueueStats,
  errors: { not_found: { status: 404, description: 'No such queue.' } },
  auth: false,
  scope: 'test',
});

export const setQueuePolicy = endpoint({
  id: 'testing.queues.policy',
  summary: "Set a queue's after-call-work time (seconds), to try its end without waiting",
  method: 'PUT',
  path: '/api/test/queues/:queueId/policy',
  params: z.object({ queueId: z.string() }),
  body: z.strictObject({ acwSeconds: z.int().check(z.minimum(0), z.maximum(3600)) }),
  response: z.object({ queueId: z.string(), acwSeconds: z.int() }),
  errors: { not_found: { status: 404, description: 'No such queue.' } },
  auth: false,
  scope: 'test',
});

/** A customer writes in (a chat, an SMS, an email, a social message): the conversation is opened and routed. */
export const customerWritesIn = endpoint({
  id: 'testing.conversations.inbound',
  summary: 'A customer starts a conversation on a channel; routing offers it to a Ready agent with the skill and room',
  method: 'POST',
  path: '/api/test/conversations',
  body: z.strictObject({
    channel: ConversationChannel,
    /** A number, email address or handle; a known one names its customer. */
    from: z.string().check(z.minLength(1), z.maxLength(254)),
    text: z.string().check(z.minLength(1), z.maxLength(4000)),
    subject: z.optional(z.string().check(z.maxLength(300))),
    html: z.optional(z.string().check(z.maxLength(500_000))),
    customerId: z.optional(z.nullable(z.string())),
    queueId: z.optional(z.string()),
  }),
  response: z.object({ conversationId: z.string() }),
  bodyLimitBytes: 1024 * 1024,
  errors: { not_found: { status: 404, description: 'No such customer or queue.' } },
  auth: false,
  scope: 'test',
});

const testConversation = z.object({ conversationId: z.string() });

/** The customer of a conversation writes again (text, or an email's HTML for emails). */
export const customerWrites = endpoint({
  id: 'testing.conversations.customer_message',
  summary: 'The customer of a conversation writes a message',
  method: 'POST',
  path: '/api/test/conversations/:conversationId/customer-messages',
  params: testConversation,
  body: z.strictObject({ text: z.string().check(z.minLength(1), z.maxLength(4000)), html: z.optional(z.string().check(z.maxLength(500_000))) }),
  response: Message,
  bodyLimitBytes: 1024 * 1024,
  errors: { not_found: { status: 404, description: 'No such conversation.' }, conversation_closed: { status: 409, description: 'It is closed.' } },
  auth: false,
  scope: 'test',
});

export const customerTypes = endpoint({
  id: 'testing.conversations.customer_typing',
  summary: 'The customer of a conversation is typing (or stopped)',
  method: 'POST',
  path: '/api/test/conversations/:conversationId/customer-typing',
  params: testConversation,
  body: z.strictObject({ typing: z.boolean() }),
  response: z.object({ ok: z.literal(true) }),
  errors: { not_found: { status: 404, description: 'No such conversation.' } },
  auth: false,
  scope: 'test',
});

export const customerLeaves = endpoint({
  id: 'testing.conversations.customer_leave',
  summary: 'The customer of a conversation leaves',
  method: 'POST',
  path: '/api/test/conversations/:conversationId/customer-leave',
  params: testConversation,
  response: z.object({ ok: z.literal(true) }),
  errors: { not_found: { status: 404, description: 'No such conversation.' } },
  auth: false,
  scope: 'test',
});

export const setConversationPolicy = endpoint({
  id: 'testing.conversations.policy',
  summary: 'How long an offer waits before it moves on, and the waiting thresholds (seconds), for every queue',
  method: 'PUT',
  path: '/api/test/conversation-policy',
  body: z.strictObject({
    offerTimeoutSec: z.optional(z.int().check(z.minimum(1), z.maximum(600))),
    amberAfterSec: z.optional(z.int().check(z.minimum(1), z.maximum(3600))),
    redAfterSec: z.optional(z.int().check(z.minimum(1), z.maximum(3600))),
  }),
  response: z.object({ offerTimeoutSec: z.int(), amberAfterSec: z.int(), redAfterSec: z.int() }),
  auth: false,
  scope: 'test',
});
