import { WIDGET_REALTIME_PATH } from '@/contract/events';
import type { Message } from '@/contract/schemas/conversation';
import { createRealtimeClient, type RealtimeClient } from '@/realtime/realtime-client';
import { widgetApi, type WidgetChat } from './widget-api';
import { createWidgetOutbox } from './widget-outbox';
import { createWidgetThread, type WidgetThread } from './widget-thread';
import { readFileBase64 } from './read-file-base64';

export interface WidgetChatSession {
  chat: WidgetChat;
  thread: WidgetThread;
  realtime: RealtimeClient;
  agentTyping(): boolean;
  /** Why the chat is over: the customer left it, or it was closed (by the agent, or its token no longer works). */
  ended(): 'left' | 'closed' | null;
  sendText(text: string): void;
  sendImage(file: File): void;
  /** The customer typed (or cleared the box): the agent sees it, throttled. */
  noteTyping(active: boolean): void;
  retry(): void;
  leave(): Promise<void>;
  /** The local preview of an image this customer sent, by attachment id. */
  previewOf(attachmentId: string): string | null;
  subscribe(listener: () => void): () => void;
  dispose(): void;
}

const TYPING_REPEAT_MS = 3_000;
const TYPING_IDLE_MS = 4_000;
/** A typing indicator whose "stopped" was lost (a dropped socket) does not stay on forever. */
const AGENT_TYPING_TTL_MS = 8_000;

function newClientId(): string {
  return typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

/**
 * One chat, from the customer's side: the thread (list + socket + own sends), the outbox, typing both ways.
 * The socket speaks the desktop's protocol (hello with the chat token, seq, replay on resume), so the shared
 * realtime client is reused as is: after a drop it resumes from its last seq, and a resync refetches the list.
 */
export function createWidgetChatSession(chat: WidgetChat, onEnded: () => void): WidgetChatSession {
  const thread = createWidgetThread();
  const previews = new Map<string, string>();
  const listeners = new Set<() => void>();
  let agentTyping = false;
  let agentTypingTimer: ReturnType<typeof setTimeout> | undefined;
  let ended: 'left' | 'closed' | null = null;
  let typingSentAt = 0;
  let typingIdleTimer: ReturnType<typeof setTimeout> | undefined;

  const notify = () => {
    for (const listener of [...listeners]) listener();
  };

  const outbox = createWidgetOutbox(thread, (clientId, content) => widgetApi.send(chat, clientId, content));

  function markEnded(why: 'left' | 'closed') {
    if (ended) return;
    ended = why;
    notify();
    onEnded();
  }

  function receive(message: Message) {
    if (message.conversationId !== chat.conversationId) return;
    thread.addMessage(message);
    if (message.author === 'agent') setAgentTyping(false);
    if (message.content.kind === 'system' && message.content.event === 'closed') markEnded('closed');
    if (message.content.kind === 'system' && message.content.event === 'customer_left') markEnded('left');
  }

  function setAgentTyping(typing: boolean) {
    clearTimeout(agentTypingTimer);
    if (typing) agentTypingTimer = setTimeout(() => setAgentTyping(false), AGENT_TYPING_TTL_MS);
    if (agentTyping === typing) return;
    agentTyping = typing;
    notify();
  }

  async function loadThread() {
    // Every page, newest first, until the start: a chat is short, and the list is what a resync rebuilds from.
    let cursor: string | undefined;
    do {
      const page = await widgetApi.messages(chat, cursor);
      for (const message of page.items) receive(message);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
  }

  const realtime = createRealtimeClient({
    url: () => `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${WIDGET_REALTIME_PATH}`,
    getCsrfToken: () => chat.chatToken,
    onResync: () => void loadThread().catch(() => undefined),
    onUnauthorized: () => markEnded('closed'),
  });
  realtime.on('message.created', (event) => receive(event.message));
  realtime.on('message.updated', (event) => {
    const known = thread.items().find((item) => item.message?.messageId === event.messageId)?.message;
    if (known) thread.addMessage({ ...known, status: event.status });
  });
  realtime.on('typing', (event) => {
    if (event.conversationId === chat.conversationId && event.who === 'agent') setAgentTyping(event.typing);
  });
  realtime.on('conversation.updated', (event) => {
    if (event.conversation.conversationId === chat.conversationId && event.conversation.status === 'closed') markEnded('closed');
  });

  // The list is read once the stream is live: what came before is in the list, what comes after on the
  // socket, and the thread keeps each message once whichever way it came.
  let listed = false;
  const unsubscribeStatus = realtime.subscribeStatus(() => {
    const state = realtime.getStatus().state;
    if (state === 'open') {
      if (!listed) {
        listed = true;
        void loadThread().catch(() => (listed = false));
      }
      outbox.retryNow();
    }
    notify();
  });
  const onOnline = () => outbox.retryNow();
  window.addEventListener('online', onOnline);
  realtime.connect();

  function sendTyping(typing: boolean) {
    void widgetApi.typing(chat, typing).catch(() => undefined);
  }

  return {
    chat,
    thread,
    realtime,
    agentTyping: () => agentTyping,
    ended: () => ended,
    sendText(text) {
      clearTimeout(typingIdleTimer);
      if (typingSentAt) sendTyping(false);
      typingSentAt = 0;
      outbox.send({ clientId: newClientId(), content: { kind: 'text', text }, status: 'sending', error: null }, async () => ({ kind: 'text', text }));
    },
    sendImage(file) {
      const previewUrl = URL.createObjectURL(file);
      outbox.send({ clientId: newClientId(), content: { kind: 'image', name: file.name, previewUrl }, status: 'sending', error: null }, async () => {
        const attachment = await widgetApi.upload(chat, { name: file.name, mime: file.type, dataBase64: await readFileBase64(file) });
        previews.set(attachment.attachmentId, previewUrl);
        return { kind: 'image', attachmentId: attachment.attachmentId, caption: null };
      });
    },
    noteTyping(active) {
      clearTimeout(typingIdleTimer);
      if (!active) {
        if (typingSentAt) sendTyping(false);
        typingSentAt = 0;
        return;
      }
      const now = Date.now();
      if (now - typingSentAt > TYPING_REPEAT_MS) {
        typingSentAt = now;
        sendTyping(true);
      }
      typingIdleTimer = setTimeout(() => {
        typingSentAt = 0;
        sendTyping(false);
      }, TYPING_IDLE_MS);
    },
    retry: () => outbox.retryNow(),
    async leave() {
      await widgetApi.leave(chat).catch(() => undefined);
      markEnded('left');
    },
    previewOf: (attachmentId) => previews.get(attachmentId) ?? null,
    subscribe(listener) {
      listeners.add(listener);
      const unsubscribeThread = thread.subscribe(listener);
      return () => {
        listeners.delete(listener);
        unsubscribeThread();
      };
    },
    dispose() {
      unsubscribeStatus();
      window.removeEventListener('online', onOnline);
      clearTimeout(agentTypingTimer);
      clearTimeout(typingIdleTimer);
      realtime.disconnect();
    },
  };
}
