import { z } from 'zod/mini';
import { endpoint } from '../core/endpoint';
import { PageQuery, pageOf } from '../core/pagination';
import { Tenant } from '../schemas/identity';
import { Attachment, Message } from '../schemas/conversation';

/**
 * The customer's side: the web chat widget the BFF serves (and the e2e tests use as the customer), and the
 * inbound endpoints carriers and mail gateways (or a small script) post SMS and email to. The widget is
 * authenticated by its chat token (`X-Widget-Token`), never by an agent's session.
 */

const chatParams = z.object({ conversationId: z.string().check(z.minLength(1), z.maxLength(64)) });
const widget = { auth: false, audience: 'widget' } as const;
const chatGone = { not_found: { status: 404, description: 'No such chat, or the token is not its own.' } } as const;

export const startChat = endpoint({
  id: 'widget.start',
  summary: 'A customer starts a chat (by name, or a number that identifies a known customer)',
  method: 'POST',
  path: '/api/widget/chats',
  body: z.strictObject({
    tenant: Tenant,
    name: z.optional(z.string().check(z.minLength(1), z.maxLength(80))),
    number: z.optional(z.string().check(z.minLength(3), z.maxLength(32))),
    text: z.string().check(z.minLength(1), z.maxLength(2000)),
  }),
  response: z.object({ conversationId: z.string(), chatToken: z.string(), customerName: z.string() }),
  ...widget,
});

export const widgetMessages = endpoint({
  id: 'widget.messages',
  summary: 'The chat as the customer sees it (no internal notes): the latest page, or older than the cursor',
  method: 'GET',
  path: '/api/widget/chats/:conversationId/messages',
  params: chatParams,
  query: PageQuery,
  response: pageOf(Message),
  errors: chatGone,
  ...widget,
});

export const widgetSend = endpoint({
  id: 'widget.send',
  summary: 'The customer writes (text, or an uploaded image); the client id makes a retry harmless',
  method: 'POST',
  path: '/api/widget/chats/:conversationId/messages',
  params: chatParams,
  body: z.strictObject({
    clientId: z.string().check(z.minLength(8), z.maxLength(64)),
    content: z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('text'), text: z.string().check(z.minLength(1), z.maxLength(2000)) }),
      z.strictObject({ kind: z.literal('image'), attachmentId: z.string(), caption: z.optional(z.nullable(z.string().check(z.maxLength(500)))) }),
    ]),
  }),
  response: Message,
  errors: { ...chatGone, conversation_closed: { status: 409, description: 'The chat has ended.' } },
  ...widget,
});

export const widgetUpload = endpoint({
  id: 'widget.upload',
  summary: 'The customer uploads an image for the chat (checked by type and size)',
  method: 'POST',
  path: '/api/widget/chats/:conversationId/attachments',
  params: chatParams,
  body: z.strictObject({ name: z.string().check(z.minLength(1), z.maxLength(200)), mime: z.string().check(z.maxLength(100)), dataBase64: z.string() }),
  response: Attachment,
  bodyLimitBytes: 3 * 1024 * 1024,
  errors: { ...chatGone, attachment_rejected: { status: 422, details: z.object({ reason: z.enum(['type', 'size']) }), description: 'A type or size the chat does not take.' } },
  ...widget,
});

export const widgetAttachment = endpoint({
  id: 'widget.attachment',
  summary: 'An attachment of the chat, to its customer: only what a message they can see carries',
  method: 'GET',
  path: '/api/widget/chats/:conversationId/attachments/:attachmentId',
  params: z.object({ conversationId: chatParams.shape.conversationId, attachmentId: z.string().check(z.minLength(1), z.maxLength(64)) }),
  response: z.object({ attachment: Attachment, dataBase64: z.string() }),
  errors: { not_found: { status: 404, description: 'No such chat or attachment, the token is not its own, or no message the customer sees carries it.' } },
  ...widget,
});

export const widgetTyping = endpoint({
  id: 'widget.typing',
  summary: 'The customer is typing (or stopped)',
  method: 'POST',
  path: '/api/widget/chats/:conversationId/typing',
  params: chatParams,
  body: z.strictObject({ typing: z.boolean() }),
  response: z.object({ ok: z.literal(true) }),
  errors: chatGone,
  ...widget,
});

export const widgetLeave = endpoint({
  id: 'widget.leave',
  summary: 'The customer leaves the chat',
  method: 'POST',
  path: '/api/widget/chats/:conversationId/leave',
  params: chatParams,
  response: z.object({ ok: z.literal(true) }),
  errors: chatGone,
  ...widget,
});

export const inboundSms = endpoint({
  id: 'inbound.sms',
  summary: 'An SMS from a customer (a carrier webhook, or a script): it joins or opens a conversation',
  method: 'POST',
  path: '/api/inbound/sms',
  body: z.strictObject({ from: z.string().check(z.minLength(3), z.maxLength(32)), text: z.string().check(z.minLength(1), z.maxLength(1600)) }),
  response: z.object({ conversationId: z.string(), messageId: z.string() }),
  errors: { invalid_number: { status: 422, description: 'The sender is not a phone number.' }, forbidden_inbound: { status: 403, description: 'Wrong or missing X-Inbound-Token.' } },
  auth: false,
});

export const inboundEmail = endpoint({
  id: 'inbound.email',
  summary: 'An email from a customer (a mail gateway, or a script): it joins its thread or opens a conversation',
  method: 'POST',
  path: '/api/inbound/email',
  body: z.strictObject({
    from: z.string().check(z.minLength(3), z.maxLength(254)),
    to: z.array(z.string()).check(z.minLength(1), z.maxLength(20)),
    cc: z.optional(z.array(z.string()).check(z.maxLength(20))),
    subject: z.string().check(z.maxLength(300)),
    text: z.optional(z.string().check(z.maxLength(200_000))),
    html: z.optional(z.string().check(z.maxLength(500_000))),
    inReplyTo: z.optional(z.nullable(z.string())),
  }),
  response: z.object({ conversationId: z.string(), messageId: z.string() }),
  bodyLimitBytes: 1024 * 1024,
  errors: { forbidden_inbound: { status: 403, description: 'Wrong or missing X-Inbound-Token.' } },
  auth: false,
});
