import { delay } from 'msw';
import {
  acceptOffer as acceptOfferEndpoint,
  closeConversation,
  getAttachment,
  getAttachmentPolicy,
  getConversation,
  getConversationSettings,
  listConversations,
  listDispositions,
  listMessages,
  listOffers,
  markRead,
  rejectOffer,
  searchCannedResponses,
  sendMessage,
  setAutoAccept,
  setTyping,
  uploadAttachment,
} from '@/contract/endpoints/conversations';
import { attachmentPolicies, checkAttachment, decodeBase64, safeFileName } from '@/domain/attachment-policy';
import { searchCanned } from '@/domain/canned-responses';
import { assertOpen, closeRecord, listKey, mayReadAttachment, readPosition, systemDraft, threadPage, unreadOf, withRead } from '@/domain/conversation-record';
import { countByChannel, withdrawsOffers } from '@/domain/conversation-routing';
import { assertDisposition } from '@/domain/dispositions';
import { DomainError } from '@/domain/domain-error';
import { CENTRE_ADDRESSES } from '@/domain/inbound-conversation';
import { statusOnSend } from '@/domain/message-status';
import { composeAgentContent, sentBefore } from '@/domain/outgoing-message';
import { paginate } from '@/domain/paginate';
import { onSeatStateSaved } from '@mocks/core/agent-states';
import { handle } from '@mocks/core/handle';
import { nextId, type MockDb } from '@mocks/core/mock-db';
import type { SeedAgent } from '@mocks/seed/types';
import { appendToThread, ownedRecord, publishTyping, saveRecord, setMessageStatus, summaryNow, threadOf } from './conversation-store';
import { deliverLater } from './deliver-later';
import { acceptOffer, activeOf, capacityOf, endOffer, openOfferFor, openOffersOf, releaseSeat, routeWaiting, seatSettings, withdrawOffersOnNotReady } from './route-conversations';
import { takeHeldSend } from './send-faults';

// A seat turning Ready may take a waiting conversation; one going Not ready has its offers withdrawn (they
// move on); one signing out (offline) hands its own back.
onSeatStateSaved((db, state) => {
  if (state.status === 'ready') routeWaiting(db);
  else if (state.status === 'offline') releaseSeat(db, state.agentId, db.clock());
  else if (withdrawsOffers(state)) withdrawOffersOnNotReady(db, state.agentId, db.clock());
});

function settingsOf(db: MockDb, user: SeedAgent) {
  return { autoAccept: seatSettings(db, user.id).autoAccept, capacity: capacityOf(db, user), used: countByChannel(activeOf(db, user.id)) };
}

/** The agent's side of conversations: offers, the thread, sending, closing, canned responses, attachments. */
export const conversationHandlers = [
  // A queued conversation waits for a seat with room; asking for offers is a moment one may have opened.
  handle(listOffers, ({ db, user, now }) => {
    routeWaiting(db, now);
    return { items: openOffersOf(db, user.id).map((o) => o.offer) };
  }),

  handle(acceptOfferEndpoint, ({ db, user, params, now }) => summaryNow(db, acceptOffer(db, openOfferFor(db, user.id, params.offerId), user, now))),

  handle(rejectOffer, ({ db, user, params, now }) => {
    endOffer(db, openOfferFor(db, user.id, params.offerId), 'rejected', now);
    return { ok: true as const };
  }),

  handle(getConversationSettings, ({ db, user }) => settingsOf(db, user)),

  handle(setAutoAccept, ({ db, user, body, now }) => {
    db.conversations.settings.set(user.id, { ...seatSettings(db, user.id), autoAccept: body.autoAccept });
    if (body.autoAccept) routeWaiting(db, now);
    return settingsOf(db, user);
  }),

  handle(listConversations, ({ db, user, query }) => {
    const closed = query.status === 'closed';
    const mine = [...db.conversations.records.values()].filter((r) => r.agentId === user.id && (closed ? r.status === 'closed' : r.status === 'active'));
    const page = paginate(mine.sort((a, b) => listKey(a).localeCompare(listKey(b))), query, listKey);
    return { ...page, items: page.items.map((r) => summaryNow(db, r)) };
  }),

  handle(getConversation, ({ db, user, params }) => summaryNow(db, ownedRecord(db, user, params.conversationId))),

  handle(listMessages, ({ db, user, params, query }) => threadPage(threadOf(db, ownedRecord(db, user, params.conversationId).conversationId), query)),

  handle(sendMessage, async ({ db, user, params, body, now }) => {
    const record = ownedRecord(db, user, params.conversationId);
    // The client id makes a send idempotent: a retry answers the message the first attempt made.
    const earlier = sentBefore(threadOf(db, record.conversationId), body.clientId, { author: 'agent', agentId: user.id });
    if (earlier) return earlier;
    assertOpen(record);
    const content = composeAgentContent(body.content, {
      channel: record.channel,
      internal: body.internal,
      attachments: db.conversations.attachments,
      conversationId: record.conversationId,
      customerAddress: record.from,
      subject: record.subject,
      centreAddress: CENTRE_ADDRESSES[record.tenant],
    });
    const draft = { author: 'agent' as const, agentId: user.id, authorName: user.displayName, content, internal: body.internal, clientId: body.clientId };
    const { message } = appendToThread(db, record, { ...draft, status: statusOnSend(draft, record.channel, record.customerPresent) }, now);
    if (message.status === 'sent') deliverLater(db, record.conversationId, message.messageId);
    const hold = takeHeldSend();
    if (hold !== undefined) await delay(hold ?? 'infinite');
    return message;
  }),

  handle(setTyping, ({ db, user, params, body }) => {
    const record = ownedRecord(db, user, params.conversationId);
    if (record.status !== 'closed') publishTyping(db, record, 'agent', body.typing);
    return { ok: true as const };
  }),

  handle(markRead, ({ db, user, params, body }) => {
    const record = ownedRecord(db, user, params.conversationId);
    const readSeq = readPosition(record, body.upToSeq);
    const thread = threadOf(db, record.conversationId);
    // The customer's widget shows its messages read as the agent reads them.
    for (const m of thread) if (m.author === 'customer' && m.seq <= readSeq && m.status !== 'read') setMessageStatus(db, record, m.messageId, 'read');
    const read = withRead(record, readSeq, unreadOf(thread, readSeq));
    return summaryNow(db, read === record ? record : saveRecord(db, read));
  }),

  handle(closeConversation, ({ db, user, params, body, now }) => {
    const record = ownedRecord(db, user, params.conversationId);
    if (record.status === 'closed') return summaryNow(db, record);
    const disposition = assertDisposition(db.conversations.dispositions, body.disposition);
    const closed = saveRecord(db, closeRecord(record, disposition.code, body.note ?? null, now));
    const after = appendToThread(db, closed, systemDraft('closed', { disposition: disposition.code, agent: user.displayName }), now).record;
    // Room opened on the channel: a waiting conversation may come to this seat.
    routeWaiting(db, now);
    return summaryNow(db, after);
  }),

  handle(listDispositions, ({ db }) => ({ items: db.conversations.dispositions })),

  handle(searchCannedResponses, ({ db, user, query }) => ({
    items: searchCanned(
      db.conversations.canned.filter((c) => c.tenant === user.tenant),
      query,
      user.locale,
    ),
  })),

  handle(getAttachmentPolicy, () => attachmentPolicies),

  handle(uploadAttachment, ({ db, user, params, body }) => {
    const record = ownedRecord(db, user, params.conversationId);
    const bytes = decodeBase64(body.dataBase64);
    const checked = checkAttachment(attachmentPolicies[record.channel], body.mime, bytes);
    const attachment = { attachmentId: nextId(db, 'at'), name: safeFileName(body.name), mime: checked.mime, size: checked.size };
    db.conversations.attachments.set(attachment.attachmentId, { ...attachment, conversationId: record.conversationId, tenant: record.tenant, dataBase64: body.dataBase64.replace(/\s+/g, '') });
    return attachment;
  }),

  handle(getAttachment, ({ db, user, params }) => {
    const kept = db.conversations.attachments.get(params.attachmentId);
    const record = kept ? db.conversations.records.get(kept.conversationId) : undefined;
    if (!kept || !record || !mayReadAttachment(record, user)) throw new DomainError('not_found', `No attachment ${params.attachmentId} for you`);
    const { conversationId: _c, tenant: _t, dataBase64, ...attachment } = kept;
    return { attachment, dataBase64 };
  }),
];
