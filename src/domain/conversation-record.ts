import type { PageQuery, Page } from '@/contract/core/pagination';
import { PAGE_LIMIT_DEFAULT, PAGE_LIMIT_MAX } from '@/contract/core/pagination';
import type { ConversationChannel, ConversationOffer, ConversationStatus, ConversationSummary, Message, MessageContent } from '@/contract/schemas/conversation';
import type { CustomerLevel } from '@/contract/schemas/customer';
import type { Tenant } from '@/contract/schemas/identity';
import { DomainError } from './domain-error';
import { maskContactPoint } from './mask-pii';
import { decodeCursor, encodeCursor } from './paginate';

/**
 * A conversation as a store keeps it, and every change it goes through, one set of rules for the mocks and
 * the BFF. Its thread is numbered gaplessly (`lastSeq`); what the summary shows (waiting since, unread) is
 * kept up to date message by message, so a list never reads a thread.
 *
 *   queued ──offer──▶ offered ──accept──▶ active ──close (disposition)──▶ closed
 *     ▲                 │ timeout / declined (a pass: that agent skipped)  │ its agent signs out
 *     │                 │ its agent goes Not ready or signs out (withdrawn) │
 *     └─────────────────┴──────────────────────────────────────────────────┘
 *   A customer leaving a conversation nobody took closes it; one in hand stays open for its agent.
 *   Passes are forgotten at `reofferAt` (a cool-down after the latest) once no other seat may take it:
 *   a new offer round (conversation-routing.ts routeQueued).
 */
export interface ConversationRecord {
  conversationId: string;
  tenant: Tenant;
  channel: ConversationChannel;
  status: ConversationStatus;
  queueId: string;
  /** The agent who accepted it (null while queued or offered). */
  agentId: string | null;
  customerId: string | null;
  customerName: string | null;
  customerLevel: CustomerLevel | null;
  /** The number, email address or handle it came from. */
  from: string;
  subject: string | null;
  openedAt: string;
  /** When it last joined the queue (arrival, or back after its agent left): what an offer says it waited since. */
  queuedAt: string;
  closedAt: string | null;
  disposition: string | null;
  closeNote: string | null;
  lastSeq: number;
  lastMessageAt: string;
  /** The customer's oldest unanswered message. */
  waitingSince: string | null;
  /** The agent read the thread up to here. */
  readSeq: number;
  unread: number;
  customerPresent: boolean;
  /** Agents who let its offer lapse or declined it (passed on it): not offered it again until `reofferAt`. */
  skipped: string[];
  /**
   * While it has passes: when they may be forgotten (a new offer round), the cool-down (the offer timeout)
   * after the latest pass, so an agent who declined is never offered it again at once. Null without passes.
   */
  reofferAt: string | null;
  /** The web chat widget's token (chats started in the widget); never shown to agents. */
  chatToken: string | null;
  /** The first words of the customer's latest message, for an offer. */
  preview: string;
}

/** How a queue treats conversations: an offer's time to answer, and when a wait turns amber, then red. */
export interface ConversationPolicy {
  offerTimeoutSec: number;
  amberAfterSec: number;
  redAfterSec: number;
}

export const DEFAULT_OFFER_TIMEOUT_SEC = 30;

const iso = (ms: number) => new Date(ms).toISOString();

export interface NewConversation {
  conversationId: string;
  tenant: Tenant;
  channel: ConversationChannel;
  queueId: string;
  from: string;
  customerId: string | null;
  customerName: string | null;
  customerLevel: CustomerLevel | null;
  subject: string | null;
  chatToken: string | null;
}

export function openConversation(input: NewConversation, now: number): ConversationRecord {
  const at = iso(now);
  return {
    ...input,
    status: 'queued',
    agentId: null,
    openedAt: at,
    queuedAt: at,
    closedAt: null,
    disposition: null,
    closeNote: null,
    lastSeq: 0,
    lastMessageAt: at,
    waitingSince: null,
    readSeq: 0,
    unread: 0,
    customerPresent: true,
    skipped: [],
    reofferAt: null,
    preview: '',
  };
}

/** What a writer supplies; the thread gives the id, the seq and the time. */
export type MessageDraft = Pick<Message, 'author' | 'agentId' | 'authorName' | 'content' | 'internal' | 'clientId' | 'status'>;

export function messageIdOf(conversationId: string, seq: number): string {
  return `${conversationId}-m${seq}`;
}

/** The words an offer and a list show for a message. */
export function previewOf(content: MessageContent): string {
  const words = (() => {
    switch (content.kind) {
      case 'text':
      case 'sms':
        return content.text;
      case 'email':
        return content.subject || content.text;
      case 'image':
        return content.caption || `[image] ${content.attachment.name}`;
      case 'file':
        return `[file] ${content.attachment.name}`;
      case 'system':
        return '';
    }
  })();
  return words.replace(/\s+/g, ' ').trim().slice(0, 120);
}

/**
 * Appends a message: the next seq, and the summary kept current — a customer message starts (or continues)
 * the wait and counts as unread; an agent's answer (not a note) ends the wait.
 */
export function appendMessage(record: ConversationRecord, draft: MessageDraft, now: number): { record: ConversationRecord; message: Message } {
  const seq = record.lastSeq + 1;
  const at = iso(Math.max(now, Date.parse(record.lastMessageAt)));
  const message: Message = { messageId: messageIdOf(record.conversationId, seq), conversationId: record.conversationId, seq, at, ...draft };
  const next: ConversationRecord = { ...record, lastSeq: seq, lastMessageAt: at };
  if (draft.author === 'customer') {
    next.waitingSince = record.waitingSince ?? at;
    next.unread = record.unread + 1;
    next.preview = previewOf(draft.content) || record.preview;
  } else if ((draft.author === 'agent' || draft.author === 'bot') && !draft.internal) {
    next.waitingSince = null;
  }
  return { record: next, message };
}

/** Where the agent's reading now stands: never back, never past the thread's end. */
export function readPosition(record: ConversationRecord, upToSeq: number): number {
  return Math.max(record.readSeq, Math.min(upToSeq, record.lastSeq));
}

/** The read position and the customer messages after it (counted by the store). */
export function withRead(record: ConversationRecord, readSeq: number, unread: number): ConversationRecord {
  return record.readSeq === readSeq && record.unread === unread ? record : { ...record, readSeq, unread };
}

/** Customer messages after the agent's read position, from the thread itself. */
export function unreadOf(messages: readonly Pick<Message, 'author' | 'seq'>[], readSeq: number): number {
  return messages.filter((m) => m.author === 'customer' && m.seq > readSeq).length;
}

/** The customer's oldest message not answered since, from the thread itself (what appendMessage keeps). */
export function waitingSinceOf(messages: readonly Pick<Message, 'author' | 'internal' | 'at'>[]): string | null {
  let since: string | null = null;
  for (const m of messages) {
    if (m.author === 'customer') since ??= m.at;
    else if ((m.author === 'agent' || m.author === 'bot') && !m.internal) since = null;
  }
  return since;
}

/** Offered to an agent: still waiting, now for that agent's answer. */
export function markOffered(record: ConversationRecord): ConversationRecord {
  return { ...record, status: 'offered' };
}

/** Accepted: the agent's now. */
export function markAssigned(record: ConversationRecord, agentId: string): ConversationRecord {
  return { ...record, status: 'active', agentId, skipped: [], reofferAt: null };
}

/**
 * The offer ended untaken: back in the queue. Lapsed or declined, it is a pass: not offered to that agent
 * again before the cool-down (`cooldownSec`, the offer timeout) after it. Withdrawn (its agent went Not
 * ready or signed out) is no pass: that agent may be offered it again once Ready.
 */
export function offerEnded(record: ConversationRecord, agentId: string, reason: 'timeout' | 'rejected' | 'withdrawn', now: number, cooldownSec: number): ConversationRecord {
  if (record.status !== 'offered') return record;
  if (reason === 'withdrawn') return { ...record, status: 'queued' };
  return { ...passedBy(record, agentId, now, cooldownSec), status: 'queued' };
}

function passedBy(record: ConversationRecord, agentId: string, now: number, cooldownSec: number): ConversationRecord {
  const skipped = record.skipped.includes(agentId) ? record.skipped : [...record.skipped, agentId];
  return { ...record, skipped, reofferAt: iso(now + cooldownSec * 1000) };
}

/** Every pass forgotten: a new offer round, every seat may be offered it again (the longest idle first). */
export function forgetPasses(record: ConversationRecord): ConversationRecord {
  return record.skipped.length === 0 && record.reofferAt === null ? record : { ...record, skipped: [], reofferAt: null };
}

/**
 * Its agent left (signed out): back to the queue with its whole thread, waiting again from now; counted as
 * that agent's pass, should they come back before the cool-down.
 */
export function returnToQueue(record: ConversationRecord, now: number, cooldownSec: number): ConversationRecord {
  if (record.status !== 'active') return record;
  const back: ConversationRecord = { ...record, status: 'queued', agentId: null, queuedAt: iso(now), skipped: [], reofferAt: null };
  return record.agentId ? passedBy(back, record.agentId, now, cooldownSec) : back;
}

/** Closed with a disposition (one of the server's, checked by the caller). Closing twice keeps the first close. */
export function closeRecord(record: ConversationRecord, disposition: string, note: string | null, now: number): ConversationRecord {
  if (record.status === 'closed') return record;
  return { ...record, status: 'closed', closedAt: iso(now), disposition, closeNote: note, waitingSince: null };
}

/** The customer left: a conversation nobody took yet ends there; one in hand stays open for its agent to close. */
export function customerLeft(record: ConversationRecord, now: number): ConversationRecord {
  if (!record.customerPresent) return record;
  const left = { ...record, customerPresent: false };
  return record.status === 'queued' || record.status === 'offered' ? { ...left, status: 'closed', closedAt: iso(now), waitingSince: null } : left;
}

/** Sending needs an open conversation. */
export function assertOpen(record: ConversationRecord): void {
  if (record.status === 'closed') throw new DomainError('conversation_closed', `Conversation ${record.conversationId} is closed`);
}

/** A conversation is its agent's: anyone else is answered 404, as for one that does not exist. */
export function isOwnedBy(record: Pick<ConversationRecord, 'agentId'>, viewer: { id: string }): boolean {
  return record.agentId === viewer.id;
}

/**
 * An attachment's content: for the agent holding its conversation, and the centre's team leads (who
 * review conversations); nobody else, another agent included.
 */
export function mayReadAttachment(record: Pick<ConversationRecord, 'agentId' | 'tenant'>, viewer: { id: string; role: string; tenant: Tenant }): boolean {
  return isOwnedBy(record, viewer) || (viewer.role === 'supervisor' && viewer.tenant === record.tenant);
}

export function summaryOf(record: ConversationRecord, policy: ConversationPolicy): ConversationSummary {
  return {
    conversationId: record.conversationId,
    channel: record.channel,
    status: record.status,
    queueId: record.queueId,
    agentId: record.agentId,
    customerId: record.customerId,
    title: record.customerName ?? maskContactPoint(record.from),
    subject: record.subject,
    openedAt: record.openedAt,
    closedAt: record.closedAt,
    disposition: record.disposition,
    lastSeq: record.lastSeq,
    lastMessageAt: record.lastMessageAt,
    waitingSince: record.status === 'closed' ? null : record.waitingSince,
    unread: record.unread,
    amberAfterSec: policy.amberAfterSec,
    redAfterSec: policy.redAfterSec,
    customerPresent: record.customerPresent,
  };
}

/** An offer of this conversation to one agent, until `now + timeoutSec`. */
export function buildOffer(record: ConversationRecord, input: { offerId: string; queueName: string; timeoutSec: number }, now: number): ConversationOffer {
  return {
    offerId: input.offerId,
    conversationId: record.conversationId,
    channel: record.channel,
    queueId: record.queueId,
    queueName: input.queueName,
    waitingSince: record.queuedAt,
    customer: { customerId: record.customerId, name: record.customerName, level: record.customerLevel, fromMasked: maskContactPoint(record.from) },
    preview: record.preview || record.subject || '',
    expiresAt: iso(now + input.timeoutSec * 1000),
  };
}

/** A system line of the thread ("assigned to 张伟"). */
export function systemDraft(event: Extract<MessageContent, { kind: 'system' }>['event'], detail: Record<string, string>): MessageDraft {
  return { author: 'system', agentId: null, authorName: '', content: { kind: 'system', event, detail }, internal: false, clientId: null, status: 'delivered' };
}

/**
 * A message as the customer's widget sees it: internal notes never (null), and no agent ids (the agent's
 * name is what a customer is shown).
 */
export function forCustomer(message: Message): Message | null {
  if (message.internal) return null;
  return message.agentId === null ? message : { ...message, agentId: null };
}

/** Newest first, the id breaking ties: the key grows down a list (time inverted), so it is a page cursor. */
export function newestFirstKey(at: string, id: string): string {
  return `${String(8_640_000_000_000_000 - Date.parse(at)).padStart(16, '0')}|${id}`;
}

/** An agent's list: open ones by when they opened, the history by when it closed; newest first both. */
export function listKey(record: Pick<ConversationRecord, 'status' | 'openedAt' | 'closedAt' | 'conversationId'>): string {
  return newestFirstKey(record.status === 'closed' ? (record.closedAt ?? record.openedAt) : record.openedAt, record.conversationId);
}

/**
 * A page of a thread: the latest messages, or those older than the cursor; oldest first within the page.
 * The cursor is the seq of the page's oldest message.
 */
export function threadPage<T extends { seq: number }>(ascending: readonly T[], query: PageQuery): Page<T> {
  const limit = Math.min(query.limit ?? PAGE_LIMIT_DEFAULT, PAGE_LIMIT_MAX);
  const before = threadCursor(query.cursor);
  const older = before === null ? ascending : ascending.filter((m) => m.seq < before);
  const items = older.slice(Math.max(0, older.length - limit));
  return { items, nextCursor: older.length > items.length && items.length ? encodeCursor(String(items[0]!.seq)) : null, total: ascending.length };
}

/** The seq a thread cursor stands for (messages before it come next); null without a cursor. */
export function threadCursor(cursor: string | undefined): number | null {
  if (cursor === undefined) return null;
  const seq = Number(decodeCursor(cursor));
  if (!Number.isInteger(seq) || seq < 1) {
    throw new DomainError('validation_failed', 'The cursor is not one this server gave', { details: { where: 'query', issues: [{ path: 'cursor', message: 'unknown cursor' }] } });
  }
  return seq;
}

export function encodeThreadCursor(seq: number): string {
  return encodeCursor(String(seq));
}
