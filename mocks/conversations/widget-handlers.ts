import { contractHeaders } from '@/contract/core/headers';
import { WIDGET_REALTIME_PATH } from '@/contract/events';
import { inboundEmail, inboundSms, startChat, widgetAttachment, widgetLeave, widgetMessages, widgetSend, widgetTyping, widgetUpload } from '@/contract/endpoints/widget';
import { checkAttachment, decodeBase64, safeFileName, widgetPolicy } from '@/domain/attachment-policy';
import { customerMaySeeAttachment, widgetSendable } from '@/domain/customer-attachments';
import { forCustomer, threadPage, type ConversationRecord } from '@/domain/conversation-record';
import { DomainError } from '@/domain/domain-error';
import { widgetStreamOf } from '@/domain/event-audience';
import { normalizeCaller } from '@/domain/normalize-caller';
import { sentBefore } from '@/domain/outgoing-message';
import { handle } from '@mocks/core/handle';
import { getMockDb, nextId, type MockDb } from '@mocks/core/mock-db';
import { realtimeSocketHandler } from '@mocks/core/realtime-server';
import { DEV_INBOUND_TOKEN } from '@mocks/seed/conversations';
import { markAgentMessagesRead, publishTyping, threadOf } from './conversation-store';
import { customerLeaves, customerWrites, customerWritesIn } from './customer-side';

/**
 * The customer's side over HTTP: the web chat widget (its chat token in X-Widget-Token, never an agent's
 * session) and the inbound SMS and email a carrier or mail gateway posts (X-Inbound-Token).
 */

/** The widget's chat, when the token is its own; else 404, as for a chat that does not exist. */
function chatOf(db: MockDb, request: Request, conversationId: string): ConversationRecord {
  const token = request.headers.get(contractHeaders.widgetToken);
  const record = db.conversations.records.get(conversationId);
  if (!record || !token || record.chatToken !== token) throw new DomainError('not_found', `No chat ${conversationId} for this token`);
  return record;
}

function chatToken(db: MockDb): string {
  const part = () => Math.floor(db.prng.next() * 0xffffffff).toString(16).padStart(8, '0');
  return `chat.${part()}${part()}${part()}`;
}

function assertInboundToken(request: Request): void {
  if (request.headers.get(contractHeaders.inboundToken) !== DEV_INBOUND_TOKEN) throw new DomainError('forbidden_inbound', 'Wrong or missing X-Inbound-Token');
}

/** The widget's socket: its chat token opens its chat's stream. */
const widgetSocket = realtimeSocketHandler(WIDGET_REALTIME_PATH, (token) => {
  const record = [...getMockDb().conversations.records.values()].find((r) => r.chatToken === token);
  return record ? widgetStreamOf(record.conversationId) : null;
});

export const widgetHandlers = [
  handle(startChat, ({ db, body, now }) => {
    const token = chatToken(db);
    const { record } = customerWritesIn(db, { channel: 'chat', from: body.number ?? body.name ?? 'web', name: body.name, text: body.text, chatToken: token, tenant: body.tenant }, now);
    return { conversationId: record.conversationId, chatToken: token, customerName: record.customerName ?? body.name ?? '' };
  }),

  handle(widgetMessages, ({ db, request, params, query }) => {
    const record = chatOf(db, request, params.conversationId);
    const seen = threadOf(db, record.conversationId).flatMap((m) => forCustomer(m) ?? []);
    return threadPage(seen, query);
  }),

  handle(widgetSend, ({ db, request, params, body, now }) => {
    const record = chatOf(db, request, params.conversationId);
    const earlier = sentBefore(threadOf(db, record.conversationId), body.clientId, { author: 'customer', agentId: null });
    if (earlier) return forCustomer(earlier) ?? earlier;
    if (body.content.kind === 'text') return customerWrites(db, record, { kind: 'text', text: body.content.text }, body.clientId, now).message;
    const kept = db.conversations.attachments.get(body.content.attachmentId);
    if (!kept || !widgetSendable(kept, record.conversationId)) throw new DomainError('not_found', `No image ${body.content.attachmentId} in this chat`);
    const { conversationId: _c, tenant: _t, dataBase64: _d, ...attachment } = kept;
    return customerWrites(db, record, { kind: 'image', attachment, caption: body.content.caption ?? null }, body.clientId, now).message;
  }),

  handle(widgetUpload, ({ db, request, params, body }) => {
    const record = chatOf(db, request, params.conversationId);
    const checked = checkAttachment(widgetPolicy, body.mime, decodeBase64(body.dataBase64));
    const attachment = { attachmentId: nextId(db, 'at'), name: safeFileName(body.name), mime: checked.mime, size: checked.size };
    db.conversations.attachments.set(attachment.attachmentId, { ...attachment, conversationId: record.conversationId, tenant: record.tenant, dataBase64: body.dataBase64.replace(/\s+/g, '') });
    return attachment;
  }),

  handle(widgetAttachment, ({ db, request, params }) => {
    const record = chatOf(db, request, params.conversationId);
    const kept = db.conversations.attachments.get(params.attachmentId);
    if (!kept || kept.conversationId !== record.conversationId || !customerMaySeeAttachment(threadOf(db, record.conversationId), params.attachmentId)) {
      throw new DomainError('not_found', `No attachment ${params.attachmentId} in this chat`);
    }
    const { conversationId: _c, tenant: _t, dataBase64, ...attachment } = kept;
    return { attachment, dataBase64 };
  }),

  handle(widgetTyping, ({ db, request, params, body }) => {
    const record = chatOf(db, request, params.conversationId);
    if (record.status !== 'closed') {
      publishTyping(db, record, 'customer', body.typing);
      if (body.typing) markAgentMessagesRead(db, record, record.lastSeq + 1);
    }
    return { ok: true as const };
  }),

  handle(widgetLeave, ({ db, request, params, now }) => {
    customerLeaves(db, chatOf(db, request, params.conversationId), now);
    return { ok: true as const };
  }),

  handle(inboundSms, ({ db, request, body, now }) => {
    assertInboundToken(request);
    const from = normalizeCaller(body.from);
    if (from.kind !== 'number') throw new DomainError('invalid_number', `"${body.from}" is not a phone number`);
    const { record, message } = customerWritesIn(db, { channel: 'sms', from: from.value, text: body.text }, now);
    return { conversationId: record.conversationId, messageId: message.messageId };
  }),

  handle(inboundEmail, ({ db, request, body, now }) => {
    assertInboundToken(request);
    const { record, message } = customerWritesIn(db, { channel: 'email', from: body.from.trim().toLowerCase(), text: body.text, html: body.html, subject: body.subject, to: body.to, cc: body.cc, inReplyTo: body.inReplyTo ?? null }, now);
    return { conversationId: record.conversationId, messageId: message.messageId };
  }),

  widgetSocket,
];
