import { z } from 'zod/mini';
import { AgentState } from './schemas/agent-state';
import { OfferedContact } from './schemas/contact';
import { ContactView } from './schemas/contact-view';
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

export const NoticeBroadcast = z.object({
  ...base,
  type: z.literal('notice.broadcast'),
  notice: Notice,
});

/** Every realtime event: `{ seq, at, type, ...payload }`; the registry lists each member. */
export const RealtimeEvent = z.discriminatedUnion('type', [AgentStateChanged, QueueStatsUpdated, ContactOffered, ContactUpdated, NoticeBroadcast]);
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
