import { contractHeaders } from '@/contract/core/headers';
import type { Page } from '@/contract/core/pagination';
import type { Tenant } from '@/contract/schemas/identity';
import type { Attachment, Message } from '@/contract/schemas/conversation';
import { startChat, widgetAttachment, widgetLeave, widgetMessages, widgetSend, widgetTyping, widgetUpload } from '@/contract/endpoints/widget';

/** A failed widget call: `status` 0 is no answer at all (network, timeout), which is always worth a retry. */
export class WidgetApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly details: unknown = null,
  ) {
    super(`${status} ${code}`);
  }

  get retryable(): boolean {
    return this.status === 0 || this.status === 408 || this.status === 429 || this.status >= 500;
  }
}

export interface WidgetChat {
  conversationId: string;
  chatToken: string;
  customerName: string;
}

export type WidgetSendContent = { kind: 'text'; text: string } | { kind: 'image'; attachmentId: string; caption?: string | null };

const REQUEST_TIMEOUT_MS = 15_000;

function pathOf(template: string, conversationId: string): string {
  return template.replace(':conversationId', encodeURIComponent(conversationId));
}

async function call<T>(method: string, path: string, token: string | null, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers[contractHeaders.widgetToken] = token;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'omit',
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  } catch {
    throw new WidgetApiError(0, 'network');
  }
  const json: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (json ?? {}) as { code?: string; details?: unknown };
    throw new WidgetApiError(response.status, error.code ?? 'unknown', error.details ?? null);
  }
  return json as T;
}

/** The widget's calls, by the contract's paths; authenticated by the chat's own token, never a session cookie. */
export const widgetApi = {
  start: (body: { tenant: Tenant; name?: string; number?: string; text: string }) => call<WidgetChat>(startChat.method, startChat.path, null, body),

  messages: (chat: WidgetChat, cursor?: string) => {
    const query = new URLSearchParams({ limit: '200', ...(cursor ? { cursor } : {}) });
    return call<Page<Message>>(widgetMessages.method, `${pathOf(widgetMessages.path, chat.conversationId)}?${query}`, chat.chatToken);
  },

  send: (chat: WidgetChat, clientId: string, content: WidgetSendContent) =>
    call<Message>(widgetSend.method, pathOf(widgetSend.path, chat.conversationId), chat.chatToken, { clientId, content }),

  upload: (chat: WidgetChat, file: { name: string; mime: string; dataBase64: string }) =>
    call<Attachment>(widgetUpload.method, pathOf(widgetUpload.path, chat.conversationId), chat.chatToken, file),

  typing: (chat: WidgetChat, typing: boolean) => call<{ ok: true }>(widgetTyping.method, pathOf(widgetTyping.path, chat.conversationId), chat.chatToken, { typing }),

  leave: (chat: WidgetChat) => call<{ ok: true }>(widgetLeave.method, pathOf(widgetLeave.path, chat.conversationId), chat.chatToken),

  attachment: (chat: WidgetChat, attachmentId: string) =>
    call<{ attachment: Attachment; dataBase64: string }>(
      widgetAttachment.method,
      pathOf(widgetAttachment.path, chat.conversationId).replace(':attachmentId', encodeURIComponent(attachmentId)),
      chat.chatToken,
    ),
};
