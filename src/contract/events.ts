import { z } from 'zod/mini';
import { AgentState } from './schemas/agent-state';
import { OfferedContact } from './schemas/contact';
import { ContactView } from './schemas/contact-view';
import { ConversationOffer, ConversationSummary, Message, MessageStatus } from './schemas/conversation';
import { Notice } from './schemas/notice';
import { QueueStats } from './schemas/queue';

const base = { seq: z.int().check(z.nonnegative()), at: z.string() };

export const AgentStateChanged = z.object({ ...base, type: z.literal('agent.state_changed'), state: AgentState });

export const QueueStatsUpdated = z.object({ ...base, type: z.literal('queue.stats_updated'), queue: QueueStats });

/** A contact (call, chat, SMS, email, social) offered to this agent; drives the ringing UI and the screen pop. */
export const ContactOffered = z.object({
  ...base,
  type: z.literal('contact.offered'),
  contact: OfferedContact,
});

/** A contact in hand changed (linked to a customer, caller verified): every tab of the handling agent follows. */
export const ContactUpdated = z.object({ ...base, type: z.literal('contact.updated'), contact: ContactView });

/** A conversation offered to this agent (accept or decline before `expiresAt`). */
export const ConversationOffered = z.object({ ...base, type: z.literal('conversation.offered'), offer: ConversationOffer });

/**
 * An offer is no longer this agent's to take: it lapsed, was taken, declined, the customer left, or the
 * agent went Not ready (it moves on to the next seat).
 */
export const ConversationOfferWithdrawn = z.object({
  ...base,
  type: z.literal('conversation.offer_withdrawn'),
  offerId: z.string(),
  conversationId: z.string(),
  reason: z.enum(['timeout', 'taken', 'rejected', 'customer_left', 'not_ready']),
});

/** A conversation of this agent changed: assigned, transferred, closed, the customer left, unread counts. */
export const ConversationUpdated = z.object({ ...base, type: z.literal('conversation.updated'), conversation: ConversationSummary });

/** A new message in a conversation this recipient follows (the customer's widget never gets internal notes). */
export const MessageCreated = z.object({ ...base, type: z.literal('message.created'), message: Message });

/** A sent message was delivered or read, or failed to deliver. */
export const MessageUpdated = z.object({
  ...base,
  type: z.literal('message.updated'),
  conversationId: z.string(),
  messageId: z.string(),
  status: MessageStatus,
});

/** Someone is typing in a conversation (the customer, for the agent; the agent, for the customer). */
export const Typing = z.object({ ...base, type: z.literal('typing'), conversationId: z.string(), who: z.enum(['customer', 'agent']), typing: z.boolean() });

export const NoticeBroadcast = z.object({
  ...base,
  type: z.literal('notice.broadcast'),
  notice: Notice,
});

/** Every realtime event: `{ seq, at, type, ...payload }`; the registry lists each member. */
export const RealtimeEvent = z.discriminatedUnion('type', [
  AgentStateChanged,
  QueueStatsUpdated,
  ContactOffered,
  ContactUpdated,
  ConversationOffered,
  ConversationOfferWithdrawn,
  ConversationUpdated,
  MessageCreated,
  MessageUpdated,
  Typing,
  NoticeBroadcast,
]);
export type RealtimeEvent = z.infer<typeof RealtimeEvent>;
export type RealtimeEventType = RealtimeEvent['type'];
export type RealtimeEventOf<T extends RealtimeEventType> = Extract<RealtimeEvent, { type: T }>;

/** Client → server frames. `hello` opens (or resumes) a stream after `lastSeq`. */
export const ClientFrame = z.discriminatedUnion('op', [
  /** The session is the cookie (a backend that cannot see it, mock mode, goes by the CSRF token); `csrf` proves the page is ours. */
  z.object({ op: z.literal('hello'), csrf: z.string(), lastSeq: z.nullable(z.int()) }),
  z.object({ op: z.literal('ping'), t: z.number() }),
]);
export type ClientFrame = z.infer<typeof ClientFrame>;

/**
 * Server → client frames. After `hello` the server either replays what the client missed (then `ready`)
 * or, when its buffer no longer reaches back that far, answers `resync`: the client refetches everything.
 */
export const ServerFrame = z.discriminatedUnion('op', [
  z.object({ op: z.literal('event'), event: RealtimeEvent }),
  z.object({ op: z.literal('ready'), lastSeq: z.int(), replayed: z.int() }),
  z.object({ op: z.literal('resync'), lastSeq: z.int() }),
  z.object({ op: z.literal('pong'), t: z.number() }),
  z.object({ op: z.literal('error'), code: z.string() }),
]);
export type ServerFrame = z.infer<typeof ServerFrame>;

export const REALTIME_PATH = '/api/events';
/** The web chat widget's socket: the same frames; `hello.csrf` carries the customer's chat token. */
export const WIDGET_REALTIME_PATH = '/api/widget/events';
