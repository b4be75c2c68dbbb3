import { z } from 'zod/mini';
import { endpoint } from '../core/endpoint';
import { PageQuery, pageOf } from '../core/pagination';
import {
  Attachment,
  AttachmentPolicy,
  CannedResponse,
  ConversationChannel,
  ConversationOffer,
  ConversationSettings,
  ConversationSummary,
  Disposition,
  Message,
  OutgoingContent,
  RejectReason,
} from '../schemas/conversation';

/**
 * The conversations feature (the agent's side): offers, the agent's open and closed conversations, the
 * thread, sending (a client id makes every send idempotent), typing, reading, closing with a disposition,
 * canned responses and attachments.
 */

const conversationParams = z.object({ conversationId: z.string().check(z.minLength(1), z.maxLength(64)) });
const notYours = { not_found: { status: 404, description: 'No such conversation, or not this agent’s.' } } as const;

export const listOffers = endpoint({
  id: 'conversations.offers',
  summary: 'Conversations offered to this agent now',
  method: 'GET',
  path: '/api/conversation-offers',
  response: z.object({ items: z.array(ConversationOffer) }),
});

export const acceptOffer = endpoint({
  id: 'conversations.offer.accept',
  summary: 'Accept an offered conversation',
  method: 'POST',
  path: '/api/conversation-offers/:offerId/accept',
  params: z.object({ offerId: z.string() }),
  response: ConversationSummary,
  headers: { idempotencyKey: 'optional' },
  errors: {
    offer_gone: { status: 409, description: 'The offer expired, moved on, or the customer left.' },
    capacity_full: { status: 409, description: 'The agent already holds as many conversations of this channel as allowed.' },
  },
});

export const rejectOffer = endpoint({
  id: 'conversations.offer.reject',
  summary: 'Decline an offered conversation, with a reason; it moves on to the next agent',
  method: 'POST',
  path: '/api/conversation-offers/:offerId/reject',
  params: z.object({ offerId: z.string() }),
  body: z.strictObject({ reason: RejectReason, note: z.optional(z.string().check(z.maxLength(200))) }),
  response: z.object({ ok: z.literal(true) }),
  headers: { idempotencyKey: 'optional' },
  errors: { offer_gone: { status: 409, description: 'The offer expired or moved on already.' } },
});

export const getConversationSettings = endpoint({
  id: 'conversations.settings',
  summary: "This agent's capacity per channel (the server's), what is held now, and auto-accept",
  method: 'GET',
  path: '/api/conversation-settings',
  response: ConversationSettings,
});

export const setAutoAccept = endpoint({
  id: 'conversations.settings.auto_accept',
  summary: 'Turn auto-accept on or off for this agent',
  method: 'PUT',
  path: '/api/conversation-settings/auto-accept',
  body: z.strictObject({ autoAccept: z.boolean() }),
  response: ConversationSettings,
});

export const listConversations = endpoint({
  id: 'conversations.list',
  summary: "This agent's conversations: open ones, or the closed (history), newest first",
  method: 'GET',
  path: '/api/conversations',
  query: z.extend(PageQuery, { status: z.optional(z.enum(['open', 'closed'])) }),
  response: pageOf(ConversationSummary),
});

export const getConversation = endpoint({
  id: 'conversations.get',
  summary: 'One conversation',
  method: 'GET',
  path: '/api/conversations/:conversationId',
  params: conversationParams,
  response: ConversationSummary,
  errors: notYours,
});

export const listMessages = endpoint({
  id: 'conversations.messages',
  summary: 'A page of the thread: the latest, or older than the cursor (items oldest first within a page)',
  method: 'GET',
  path: '/api/conversations/:conversationId/messages',
  params: conversationParams,
  query: PageQuery,
  response: pageOf(Message),
  errors: notYours,
});

export const sendMessage = endpoint({
  id: 'conversations.send',
  summary: 'Send a message or write an internal note; the client id makes a retry harmless',
  method: 'POST',
  path: '/api/conversations/:conversationId/messages',
  params: conversationParams,
  body: z.strictObject({
    clientId: z.string().check(z.minLength(8), z.maxLength(64)),
    content: OutgoingContent,
    internal: z.boolean(),
  }),
  response: Message,
  headers: { idempotencyKey: 'optional' },
  errors: {
    ...notYours,
    conversation_closed: { status: 409, description: 'The conversation is closed.' },
    message_too_long: { status: 422, details: z.object({ max: z.int(), length: z.int() }), description: 'Longer than the channel allows.' },
    attachment_rejected: { status: 422, description: 'No such attachment, or not allowed on this channel.' },
  },
});

export const setTyping = endpoint({
  id: 'conversations.typing',
  summary: 'The agent is typing (or stopped): the customer sees it',
  method: 'POST',
  path: '/api/conversations/:conversationId/typing',
  params: conversationParams,
  body: z.strictObject({ typing: z.boolean() }),
  response: z.object({ ok: z.literal(true) }),
  errors: notYours,
});

export const markRead = endpoint({
  id: 'conversations.read',
  summary: 'The agent read the thread up to a message',
  method: 'POST',
  path: '/api/conversations/:conversationId/read',
  params: conversationParams,
  body: z.strictObject({ upToSeq: z.int().check(z.nonnegative()) }),
  response: ConversationSummary,
  errors: notYours,
});

export const closeConversation = endpoint({
  id: 'conversations.close',
  summary: 'Close a conversation with a disposition; it moves to history',
  method: 'POST',
  path: '/api/conversations/:conversationId/close',
  params: conversationParams,
  body: z.strictObject({ disposition: z.string().check(z.minLength(1), z.maxLength(64)), note: z.optional(z.string().check(z.maxLength(2000))) }),
  response: ConversationSummary,
  headers: { idempotencyKey: 'optional' },
  errors: { ...notYours, unknown_disposition: { status: 422, description: 'Not one of the dispositions the server lists.' } },
});

export const listDispositions = endpoint({
  id: 'conversations.dispositions',
  summary: 'The dispositions a conversation can be closed with',
  method: 'GET',
  path: '/api/dispositions',
  response: z.object({ items: z.array(Disposition) }),
});

export const searchCannedResponses = endpoint({
  id: 'conversations.canned',
  summary: 'Canned responses by keyword, for a channel, in the customer’s language first',
  method: 'GET',
  path: '/api/canned-responses',
  query: z.object({ q: z.optional(z.string().check(z.maxLength(100))), channel: z.optional(ConversationChannel) }),
  response: z.object({ items: z.array(CannedResponse) }),
});

export const getAttachmentPolicy = endpoint({
  id: 'attachments.policy',
  summary: 'What an attachment may be on each channel',
  method: 'GET',
  path: '/api/attachments/policy',
  response: z.record(ConversationChannel, AttachmentPolicy),
});

/** An upload as base64 in JSON: the contract stays JSON end to end; images and files are small here. */
export const uploadAttachment = endpoint({
  id: 'attachments.upload',
  summary: 'Upload an attachment for a conversation (checked by type and size)',
  method: 'POST',
  path: '/api/conversations/:conversationId/attachments',
  params: conversationParams,
  body: z.strictObject({ name: z.string().check(z.minLength(1), z.maxLength(200)), mime: z.string().check(z.maxLength(100)), dataBase64: z.string() }),
  response: Attachment,
  bodyLimitBytes: 3 * 1024 * 1024,
  errors: { ...notYours, attachment_rejected: { status: 422, details: z.object({ reason: z.enum(['type', 'size']) }), description: 'A type or size the channel does not take.' } },
});

export const getAttachment = endpoint({
  id: 'attachments.get',
  summary: 'An attachment’s content, to those who may see its conversation',
  method: 'GET',
  path: '/api/attachments/:attachmentId',
  params: z.object({ attachmentId: z.string() }),
  response: z.object({ attachment: Attachment, dataBase64: z.string() }),
  errors: { not_found: { status: 404, description: 'No such attachment, or not yours to see.' } },
});
