import type { Message } from '@/contract/schemas/conversation';
import type { OutgoingContentPreview } from '../outgoing-content-preview';

export interface PendingMessage {
  clientId: string;
  content: OutgoingContentPreview;
  state: 'sending' | 'failed';
  error?: string;
  onRetry?: () => void;
  onDiscard?: () => void;
}

/** One row of the virtual list. A day's first message carries the day's separator, so every row is keyed by a message that never moves. */
export type ThreadRow =
  | { kind: 'start'; key: string }
  | {
      kind: 'message';
      key: string;
      message: Message;
      /** Local midnight of the message's day when it is the first of that day (a separator above it). */
      dayStart: number | null;
      /** Follows a message by the same author within a few minutes: the author line is left out. */
      continued: boolean;
    }
  | { kind: 'pending'; key: string; pending: PendingMessage };

const GROUP_MS = 5 * 60_000;
// The rows are rebuilt for every message that arrives in a thread of thousands: parsing each time and finding
// its local day once per message object (the cache keeps the same objects) keeps that rebuild to a loop.
const timeCache = new WeakMap<Message, { time: number; day: number }>();

/** Local midnight of the day holding `time`. */
export function startOfDay(time: number): number {
  const date = new Date(time);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
}

function times(message: Message): { time: number; day: number } {
  let entry = timeCache.get(message);
  if (!entry) {
    const time = Date.parse(message.at);
    entry = { time, day: startOfDay(time) };
    timeCache.set(message, entry);
  }
  return entry;
}

/** A message's instant (ms), parsed once per message object. */
export function messageTime(message: Message): number {
  return times(message).time;
}

function sameSpeaker(a: Message, b: Message): boolean {
  return a.author === b.author && a.authorName === b.authorName && a.internal === b.internal && a.author !== 'system';
}

/**
 * The rows to render, oldest first: the conversation's start (once no older page is left), its messages
 * with day separators and author grouping, then what the agent sent that the server has not confirmed
 * (a pending message the thread already holds, by its client id, is not shown twice).
 */
export function buildThreadRows(messages: readonly Message[], pending: readonly PendingMessage[], atStart: boolean): ThreadRow[] {
  const rows: ThreadRow[] = [];
  if (atStart && messages.length > 0) rows.push({ kind: 'start', key: 'start' });
  let previous: Message | null = null;
  let previousDay = Number.NaN;
  let previousTime = 0;
  const awaited = pending.length > 0 ? new Set(pending.map((p) => p.clientId)) : null;
  const confirmed = new Set<string>();
  for (const message of messages) {
    const { time, day } = times(message);
    const newDay = day !== previousDay;
    const continued = !newDay && previous !== null && sameSpeaker(previous, message) && time - previousTime < GROUP_MS;
    rows.push({ kind: 'message', key: message.messageId, message, dayStart: newDay ? day : null, continued });
    if (awaited && message.clientId && awaited.has(message.clientId)) confirmed.add(message.clientId);
    previous = message;
    previousDay = day;
    previousTime = time;
  }
  for (const item of pending) {
    if (!confirmed.has(item.clientId)) rows.push({ kind: 'pending', key: `pending:${item.clientId}`, pending: item });
  }
  return rows;
}
