import type { InfiniteData } from '@tanstack/react-query';
import type { Page } from '@/contract/core/pagination';
import type { Message, MessageStatus } from '@/contract/schemas/conversation';

/** The thread as the query cache holds it: pages newest first, each page's items oldest first. */
export type ThreadData = InfiniteData<Page<Message>>;

// A status only moves forward: a late "delivered" never overwrites "read". A failure can follow "sent" and a
// redelivery can follow a failure, but nothing that reached the customer fails afterwards.
const statusRank: Record<MessageStatus, number> = { sent: 0, failed: 0.5, delivered: 1, read: 2 };

/** The status to keep when `next` arrives for a message that has `current`. */
export function laterStatus(current: MessageStatus, next: MessageStatus): MessageStatus {
  return statusRank[next] > statusRank[current] ? next : current;
}

/** Index of the first item whose seq is ≥ `seq` (items sorted by seq). */
function lowerBound(items: readonly Message[], seq: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid]!.seq < seq) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function replacePage(data: ThreadData, index: number, items: Message[]): ThreadData {
  const pages = data.pages.slice();
  pages[index] = { ...data.pages[index]!, items };
  return { ...data, pages };
}

/**
 * Adds a message to the cached thread once, wherever its seq puts it: a repeat (the send's own answer and
 * its realtime echo, a replay after a reconnect) changes nothing but a later status, and a message that
 * arrives before an earlier one still lands in order. A message older than every loaded page is left to
 * the page that will bring it, unless the oldest page is the conversation's start.
 * Returns `data` itself when nothing changed, so nothing re-renders.
 */
export function insertMessage(data: ThreadData, message: Message): ThreadData {
  const { pages } = data;
  for (let p = 0; p < pages.length; p += 1) {
    const items = pages[p]!.items;
    const first = items[0];
    const isOldestLoaded = p === pages.length - 1;
    // Pages are newest first: the first page whose oldest item is not newer than the message holds it.
    if (first && first.seq > message.seq && !(isOldestLoaded && pages[p]!.nextCursor === null)) continue;
    if (!first && !isOldestLoaded) continue;
    const at = lowerBound(items, message.seq);
    const existing = items[at];
    if (existing && existing.seq === message.seq) {
      const status = laterStatus(existing.status, message.status);
      if (existing.messageId === message.messageId && status === existing.status) return data;
      const merged = existing.messageId === message.messageId ? { ...existing, status } : { ...message, status: laterStatus(message.status, existing.status) };
      return replacePage(data, p, [...items.slice(0, at), merged, ...items.slice(at + 1)]);
    }
    return replacePage(data, p, [...items.slice(0, at), message, ...items.slice(at)]);
  }
  return data;
}

/** A delivery update for a message in the cached thread; unknown messages and backward steps change nothing. */
export function updateMessageStatus(data: ThreadData, messageId: string, status: MessageStatus): ThreadData {
  for (let p = 0; p < data.pages.length; p += 1) {
    const items = data.pages[p]!.items;
    const at = items.findIndex((m) => m.messageId === messageId);
    if (at < 0) continue;
    const current = items[at]!;
    const next = laterStatus(current.status, status);
    if (next === current.status) return data;
    return replacePage(data, p, [...items.slice(0, at), { ...current, status: next }, ...items.slice(at + 1)]);
  }
  return data;
}

/**
 * The thread oldest first. Pages normally join in order already (checked in one pass); when they do not
 * (a page boundary moved while a message arrived between two fetches) they are sorted and de-duplicated.
 */
export function flattenThread(data: ThreadData | undefined): Message[] {
  if (!data) return [];
  const out: Message[] = [];
  let ordered = true;
  for (let p = data.pages.length - 1; p >= 0; p -= 1) {
    for (const message of data.pages[p]!.items) {
      const last = out[out.length - 1];
      if (last && last.seq >= message.seq) ordered = false;
      out.push(message);
    }
  }
  if (ordered) return out;
  const bySeq = new Map<number, Message>();
  for (const message of out) {
    const seen = bySeq.get(message.seq);
    bySeq.set(message.seq, seen ? { ...message, status: laterStatus(seen.status, message.status) } : message);
  }
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
}
