import type { Message } from '@/contract/schemas/conversation';
import { backoffDelay } from '@/realtime/backoff-delay';
import { WidgetApiError, type WidgetSendContent } from './widget-api';
import type { PendingMessage, WidgetThread } from './widget-thread';

export interface WidgetOutbox {
  /** Queues a message; it is sent after every earlier one, so the agent reads them in the order written. */
  send(pending: PendingMessage, prepare: () => Promise<WidgetSendContent>): void;
  /** Sends what waits now (the customer's Retry, the network or the socket back). */
  retryNow(): void;
}

interface Entry {
  clientId: string;
  prepare: () => Promise<WidgetSendContent>;
  /** Kept once prepared: an uploaded image is not uploaded again on a retry. */
  content: WidgetSendContent | null;
  attempts: number;
}

/**
 * One message at a time, first in first out. Every attempt of a message carries the same client id, which
 * the server takes as the idempotency key: a retry after a lost answer never makes a second message.
 */
export function createWidgetOutbox(thread: WidgetThread, post: (clientId: string, content: WidgetSendContent) => Promise<Message>): WidgetOutbox {
  const queue: Entry[] = [];
  let busy = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function pump() {
    if (busy) return;
    const entry = queue[0];
    if (!entry) return;
    busy = true;
    clearTimeout(timer);
    thread.updatePending(entry.clientId, { status: 'sending', error: null });
    try {
      entry.content ??= await entry.prepare();
      const message = await post(entry.clientId, entry.content);
      queue.shift();
      thread.settle(entry.clientId, message);
    } catch (error) {
      const known = error instanceof WidgetApiError ? error : new WidgetApiError(0, 'network');
      entry.attempts += 1;
      if (known.retryable) {
        thread.updatePending(entry.clientId, { status: 'failed', error: 'network' });
        // Retried by itself until it goes through (with back-off); the Retry button only skips the wait.
        timer = setTimeout(() => void pump(), backoffDelay(entry.attempts, Math.random, { baseMs: 1_000, capMs: 15_000 }) + 250);
      } else {
        // The chat ended, or the image was refused: sending it again cannot help, and it must not hold up the rest.
        queue.shift();
        thread.updatePending(entry.clientId, { status: 'failed', error: known.status === 409 ? 'closed' : 'rejected' });
      }
    } finally {
      busy = false;
    }
    if (queue[0]?.attempts === 0) void pump();
  }

  return {
    send(pending, prepare) {
      thread.addPending(pending);
      queue.push({ clientId: pending.clientId, prepare, content: null, attempts: 0 });
      void pump();
    },
    retryNow() {
      void pump();
    },
  };
}
