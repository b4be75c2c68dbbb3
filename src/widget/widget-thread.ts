import type { Message } from '@/contract/schemas/conversation';

/** What the customer is sending, before the server has it: shown at once, in the order written. */
export interface PendingMessage {
  clientId: string;
  content: { kind: 'text'; text: string } | { kind: 'image'; name: string; previewUrl: string };
  status: 'sending' | 'failed';
  /** Why it failed, when it did (a reason the customer can act on, or a plain "not sent"). */
  error: 'network' | 'closed' | 'rejected' | null;
}

export type ThreadItem = { key: string; message: Message; pending: null } | { key: string; message: null; pending: PendingMessage };

export interface WidgetThread {
  /** A message from the server (the list, a send's answer, the socket): each messageId is kept once. */
  addMessage(message: Message): void;
  addPending(pending: PendingMessage): void;
  updatePending(clientId: string, patch: Partial<Pick<PendingMessage, 'status' | 'error'>>): void;
  /** The server has it: the pending bubble gives way to the server's message. */
  settle(clientId: string, message: Message): void;
  pending(): PendingMessage[];
  /** Server messages by their conversation seq, then what is still pending, oldest first. */
  items(): ThreadItem[];
  subscribe(listener: () => void): () => void;
}

/**
 * The widget's copy of the chat. A message can reach it up to three times (the list after a reconnect, the
 * send's own answer, the socket's replay); keyed by messageId and ordered by seq, it is shown once and in order.
 * The customer's own client id ties a pending bubble to its server message.
 */
export function createWidgetThread(): WidgetThread {
  const messages = new Map<string, Message>();
  const pending = new Map<string, PendingMessage>();
  const listeners = new Set<() => void>();
  let sorted: ThreadItem[] | null = null;

  function changed() {
    sorted = null;
    for (const listener of [...listeners]) listener();
  }

  function add(message: Message) {
    if (message.internal) return false;
    const known = messages.get(message.messageId);
    if (known && known.status === message.status) return false;
    messages.set(message.messageId, message);
    if (message.clientId) pending.delete(message.clientId);
    return true;
  }

  return {
    addMessage(message) {
      if (add(message)) changed();
    },
    addPending(item) {
      pending.set(item.clientId, item);
      changed();
    },
    updatePending(clientId, patch) {
      const item = pending.get(clientId);
      if (!item) return;
      pending.set(clientId, { ...item, ...patch });
      changed();
    },
    settle(clientId, message) {
      add(message);
      pending.delete(clientId);
      changed();
    },
    pending: () => [...pending.values()],
    items() {
      sorted ??= [
        ...[...messages.values()].sort((a, b) => a.seq - b.seq).map((message) => ({ key: message.messageId, message, pending: null })),
        ...[...pending.values()].map((item) => ({ key: `pending:${item.clientId}`, message: null, pending: item })),
      ];
      return sorted;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
