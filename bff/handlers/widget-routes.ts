import { randomBytes } from 'node:crypto';
import { startChat, widgetAttachment, widgetLeave, widgetMessages, widgetSend, widgetTyping, widgetUpload } from '@/contract/endpoints/widget';
import type { MessageContent } from '@/contract/schemas/conversation';
import { widgetPolicy } from '@/domain/attachment-policy';
import { DomainError } from '@/domain/domain-error';
import { forCustomer } from '@/domain/conversation-record';
import { customerMaySeeAttachment, widgetSendable } from '@/domain/customer-attachments';
import { route } from '../server/contract-route';
import { widgetConversation } from '../services/conversation-access';
import { customerLeaves, customerTyping, customerWritesTo } from '../services/customer-conversation-actions';
import { customerWritesIn } from '../services/customer-writes-in';
import { storeUpload } from '../services/store-upload';
import { readAttachmentFile } from '../store/attachment-files';
import { attachmentsById, findAttachment } from '../store/attachment-queries';
import { messagesAfter, threadPageOf } from '../store/message-queries';

/**
 * The customer's web chat widget: a chat started here gets a token of its own (answered once, sent back as
 * X-Widget-Token), which is all the widget ever holds; a wrong token is a 404, as for a chat that does not exist.
 */
export const widgetRoutes = [
  route(startChat, async ({ deps, body }) => {
    const chatToken = randomBytes(24).toString('base64url');
    // A number a known customer answers to names them (a sole match); else the name given is shown.
    const { record } = await customerWritesIn(deps, {
      channel: 'chat',
      from: body.number ?? body.name ?? 'web',
      name: body.name ?? null,
      content: { kind: 'text', text: body.text },
      join: false,
      chatToken,
      tenant: body.tenant,
    });
    return { conversationId: record.conversationId, chatToken, customerName: record.customerName ?? body.name ?? '' };
  }),

  route(widgetMessages, async ({ deps, request, params, query }) => {
    await widgetConversation(deps.db, request, params.conversationId);
    const page = await threadPageOf(deps.db, params.conversationId, query, { customerView: true });
    return { ...page, items: page.items.flatMap((m) => forCustomer(m) ?? []) };
  }),

  route(widgetSend, async ({ deps, request, params, body }) => {
    const record = await widgetConversation(deps.db, request, params.conversationId);
    let content: MessageContent;
    if (body.content.kind === 'text') content = { kind: 'text', text: body.content.text };
    else {
      const stored = (await attachmentsById(deps.db, [body.content.attachmentId])).get(body.content.attachmentId);
      // Only a picture this chat's customer uploaded for it (the send's contract has no attachment error: 404).
      if (!stored || !widgetSendable(stored, record.conversationId)) throw new DomainError('not_found', `No attachment ${body.content.attachmentId} in this chat`);
      const { conversationId: _conversation, ...attachment } = stored;
      content = { kind: 'image', attachment, caption: body.content.caption ?? null };
    }
    return forCustomer(await customerWritesTo(deps, record.conversationId, content, body.clientId))!;
  }),

  route(widgetUpload, async ({ deps, request, params, body }) => storeUpload(deps, await widgetConversation(deps.db, request, params.conversationId), widgetPolicy, body, 'customer')),

  route(widgetAttachment, async ({ deps, request, params }) => {
    const record = await widgetConversation(deps.db, request, params.conversationId);
    const missing = () => new DomainError('not_found', `No attachment ${params.attachmentId} in this chat`);
    const stored = await findAttachment(deps.db, params.attachmentId);
    if (!stored || stored.conversationId !== record.conversationId) throw missing();
    // A web chat is short: its whole thread is read to find a message the customer sees that carries it.
    if (!customerMaySeeAttachment(await messagesAfter(deps.db, record.conversationId, 0), stored.attachmentId)) throw missing();
    const bytes = await readAttachmentFile(deps.config.attachmentsDir!, stored.attachmentId);
    if (!bytes) throw missing();
    const { conversationId: _conversation, ...attachment } = stored;
    return { attachment, dataBase64: bytes.toString('base64') };
  }),

  route(widgetTyping, async ({ deps, request, params, body }) => {
    await customerTyping(deps, await widgetConversation(deps.db, request, params.conversationId), body.typing);
    return { ok: true as const };
  }),

  route(widgetLeave, async ({ deps, request, params }) => {
    await customerLeaves(deps, (await widgetConversation(deps.db, request, params.conversationId)).conversationId);
    return { ok: true as const };
  }),
];
