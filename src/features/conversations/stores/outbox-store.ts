import { create } from 'zustand';
import type { Message, OutgoingContent } from '@/contract/schemas/conversation';
import { sendMessage } from '@/contract/endpoints/conversations';
import { api } from '@/lib/api-client';
import { isApiError } from '@/lib/api-error';
import type { KeyValueStore } from '../lib/idb';
import { agentStore } from './persistence';

/**
 * One outgoing message until the server has it. Its client id is its idempotency key and the message's
 * `clientId`: however often it is sent (a retry, a resend after a reload), the server keeps one message.
 */
export interface OutboxItem {
  clientId: string;
  conversationId: string;
  content: OutgoingContent;
  internal: boolean;
  /** An image's or file's name, for the thread to show while it is being sent (the content holds only its id). */
  attachmentName?: string;
  state: 'sending' | 'failed';
  /** Why the last try failed: an error code (`timeout`, `server_error`, `conversation_closed` …). */
  error: string | null;
  createdAt: number;
}

export interface OutboxDeps {
  /** The server has it: the thread shows it from now on. */
  onSent: (message: Message) => void;
}

interface OutboxState {
  agentId: string | null;
  hydrated: boolean;
  items: OutboxItem[];
  /**
   * Loads this agent's outbox. What was still sending when the page went away is sent again (the same client
   * id, so a message the server already had is not doubled); what had failed waits for the agent's Retry.
   */
  hydrate: (agentId: string, deps: OutboxDeps) => Promise<void>;
  send: (item: Omit<OutboxItem, 'state' | 'error' | 'createdAt'>) => void;
  retry: (clientId: string) => void;
  discard: (clientId: string) => void;
  /** The message arrived by another way (the realtime event came before the HTTP answer). */
  confirm: (clientId: string) => void;
  reset: () => void;
}

/** A chat answer that has not gone after this long is shown as failed with Retry rather than left spinning. */
const SEND_TIMEOUT_MS = 10_000;

let backend: KeyValueStore<OutboxItem> | null = null;
let deps: OutboxDeps = { onSent: () => undefined };
/** One send at a time per conversation, so messages reach the customer in the order they were written. */
const chains = new Map<string, Promise<void>>();

const persist = (item: OutboxItem) => void backend?.put(item.clientId, item).catch(() => undefined);
const unpersist = (clientId: string) => void backend?.delete(clientId).catch(() => undefined);

function errorCode(error: unknown): string {
  return isApiError(error) ? error.code : 'network_error';
}

export const useOutboxStore = create<OutboxState>()((set, get) => {
  const patch = (clientId: string, change: Partial<OutboxItem>) => {
    let next: OutboxItem | undefined;
    set((s) => ({ items: s.items.map((i) => (i.clientId === clientId ? (next = { ...i, ...change }) : i)) }));
    if (next) persist(next);
  };

  const dispatch = (clientId: string) => {
    const item = get().items.find((i) => i.clientId === clientId);
    if (!item) return;
    const previous = chains.get(item.conversationId) ?? Promise.resolve();
    const run = previous.then(async () => {
      const current = get().items.find((i) => i.clientId === clientId);
      if (!current || current.state !== 'sending') return;
      try {
        const message = await api(sendMessage, {
          params: { conversationId: current.conversationId },
          body: { clientId: current.clientId, content: current.content, internal: current.internal },
          idempotencyKey: current.clientId,
          timeoutMs: SEND_TIMEOUT_MS,
        });
        get().confirm(clientId);
        deps.onSent(message);
      } catch (error) {
        if (get().items.some((i) => i.clientId === clientId)) patch(clientId, { state: 'failed', error: errorCode(error) });
      }
    });
    chains.set(item.conversationId, run);
    void run.finally(() => {
      if (chains.get(item.conversationId) === run) chains.delete(item.conversationId);
    });
  };

  return {
    agentId: null,
    hydrated: false,
    items: [],
    hydrate: async (agentId, nextDeps) => {
      deps = nextDeps;
      if (get().agentId === agentId) return;
      set({ agentId, hydrated: false, items: [] });
      backend = agentStore<OutboxItem>(agentId, 'outbox');
      const rows = await backend.getAll().catch(() => []);
      if (get().agentId !== agentId) return;
      const stored = rows.map((r) => r.value).sort((a, b) => a.createdAt - b.createdAt);
      set((s) => ({ hydrated: true, items: [...stored.filter((i) => !s.items.some((x) => x.clientId === i.clientId)), ...s.items] }));
      for (const item of stored) if (item.state === 'sending') dispatch(item.clientId);
    },
    send: (input) => {
      const item: OutboxItem = { ...input, state: 'sending', error: null, createdAt: Date.now() };
      set((s) => ({ items: [...s.items, item] }));
      persist(item);
      dispatch(item.clientId);
    },
    retry: (clientId) => {
      patch(clientId, { state: 'sending', error: null });
      dispatch(clientId);
    },
    discard: (clientId) => {
      set((s) => ({ items: s.items.filter((i) => i.clientId !== clientId) }));
      unpersist(clientId);
    },
    confirm: (clientId) => {
      if (!get().items.some((i) => i.clientId === clientId)) return;
      set((s) => ({ items: s.items.filter((i) => i.clientId !== clientId) }));
      unpersist(clientId);
    },
    reset: () => {
      backend = null;
      chains.clear();
      set({ agentId: null, hydrated: false, items: [] });
    },
  };
});
