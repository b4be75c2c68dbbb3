import { customerLeaves as customerLeavesEndpoint, customerTypes, customerWrites, customerWritesIn as customerWritesInEndpoint, setConversationPolicy } from '@/contract/endpoints/testing';
import { DomainError } from '@/domain/domain-error';
import { route } from '../server/contract-route';
import { conversationPolicy, setConversationPolicy as storePolicy } from '../services/conversation-policy';
import { customerContent } from '../services/customer-content';
import { customerLeaves, customerTyping, customerWritesTo } from '../services/customer-conversation-actions';
import { customerWritesIn } from '../services/customer-writes-in';
import { findConversation } from '../store/conversation-queries';

async function existing(deps: Parameters<typeof findConversation>[0], conversationId: string) {
  const record = await findConversation(deps, conversationId);
  if (!record) throw new DomainError('not_found', `No conversation ${conversationId}`);
  return record;
}

/** The customer's side, driven by tests and the dev panel (test and demo servers only). */
export const conversationTestingRoutes = [
  route(customerWritesInEndpoint, async ({ deps, body }) => {
    const { record } = await customerWritesIn(deps, {
      channel: body.channel,
      from: body.from,
      customerId: body.customerId,
      queueId: body.queueId,
      subject: body.subject ?? null,
      content: (tenant) => customerContent({ channel: body.channel, tenant, from: body.from, subject: body.subject ?? null, text: body.text, html: body.html }),
      // As an inbound message would: it joins the sender's open conversation on the channel, if any.
      join: true,
    });
    return { conversationId: record.conversationId };
  }),

  route(customerWrites, async ({ deps, params, body }) => {
    const record = await existing(deps.db, params.conversationId);
    const content = customerContent({ channel: record.channel, tenant: record.tenant, from: record.from, subject: record.subject, text: body.text, html: body.html });
    return customerWritesTo(deps, record.conversationId, content, null);
  }),

  route(customerTypes, async ({ deps, params, body }) => {
    await customerTyping(deps, await existing(deps.db, params.conversationId), body.typing);
    return { ok: true as const };
  }),

  route(customerLeavesEndpoint, async ({ deps, params }) => {
    await customerLeaves(deps, params.conversationId);
    return { ok: true as const };
  }),

  route(setConversationPolicy, async ({ deps, body }) => {
    const current = await conversationPolicy(deps);
    const next = { offerTimeoutSec: body.offerTimeoutSec ?? current.offerTimeoutSec, amberAfterSec: body.amberAfterSec ?? current.amberAfterSec, redAfterSec: body.redAfterSec ?? current.redAfterSec };
    await storePolicy(deps, next);
    return next;
  }),
];
