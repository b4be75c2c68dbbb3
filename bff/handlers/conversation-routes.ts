import {
  acceptOffer,
  closeConversation,
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
} from '@/contract/endpoints/conversations';
import type { ConversationSettings } from '@/contract/schemas/conversation';
import { searchCanned } from '@/domain/canned-responses';
import { summaryOf } from '@/domain/conversation-record';
import { countByChannel, defaultCapacity, seatCapacity } from '@/domain/conversation-routing';
import { route } from '../server/contract-route';
import { agentTyping, closeConversation as closeWithDisposition, markConversationRead, sendAgentMessage } from '../services/agent-conversation-actions';
import type { BffDeps } from '../services/bff-deps';
import { ownedConversation } from '../services/conversation-access';
import { acceptOffer as accept, rejectOffer as reject } from '../services/conversation-offers';
import { conversationPolicy } from '../services/conversation-policy';
import { kickRouting } from '../services/conversation-routing';
import { cannedOf, listDispositions as storedDispositions } from '../store/canned-queries';
import { activeConversationsOf, agentConversationPage } from '../store/conversation-queries';
import { insertSettings, setAutoAccept as storeAutoAccept, settingsOf } from '../store/conversation-settings-queries';
import { threadPageOf } from '../store/message-queries';
import { openOffersOf } from '../store/offer-queries';
import type { UserRecord } from '../store/user-queries';

async function settingsView(deps: BffDeps, user: UserRecord): Promise<ConversationSettings> {
  const [settings, active] = await Promise.all([settingsOf(deps.db, [user.id]), activeConversationsOf(deps.db, [user.id])]);
  const mine = settings.get(user.id);
  return { autoAccept: mine?.autoAccept ?? false, capacity: seatCapacity(mine?.capacity, user.role), used: countByChannel(active) };
}

/** The agent's side of conversations: offers, the thread, sending, closing; the rules are src/domain's. */
export const conversationRoutes = [
  // Asking for offers is a moment room may have opened (a tab that just opened its socket, as the mocks
  // have it); an offer past its time is not shown while the timer moves it on.
  route(listOffers, async ({ deps, user, now }) => {
    await kickRouting(deps);
    return { items: (await openOffersOf(deps.db, user.id)).filter((o) => Date.parse(o.expiresAt) > now) };
  }),

  route(acceptOffer, ({ deps, user, params }) => accept(deps, user, params.offerId)),

  route(rejectOffer, async ({ deps, user, params, body }) => {
    await reject(deps, user, params.offerId, { reason: body.reason, note: body.note ?? null });
    return { ok: true as const };
  }),

  route(getConversationSettings, ({ deps, user }) => settingsView(deps, user)),

  route(setAutoAccept, async ({ deps, user, body }) => {
    await insertSettings(deps.db, [{ agentId: user.id, autoAccept: body.autoAccept, capacity: defaultCapacity(user.role), lastRoutedAt: null }]);
    await storeAutoAccept(deps.db, user.id, body.autoAccept);
    // Turned on, whatever waits for this seat may be given to it now.
    if (body.autoAccept) await kickRouting(deps);
    return settingsView(deps, user);
  }),

  route(listConversations, async ({ deps, user, query }) => {
    const [page, policy] = await Promise.all([agentConversationPage(deps.db, user.id, query.status ?? 'open', query), conversationPolicy(deps)]);
    return { items: page.items.map((r) => summaryOf(r, policy)), nextCursor: page.nextCursor };
  }),

  route(getConversation, async ({ deps, user, params }) => summaryOf(await ownedConversation(deps.db, user, params.conversationId), await conversationPolicy(deps))),

  route(listMessages, async ({ deps, user, params, query }) => {
    await ownedConversation(deps.db, user, params.conversationId);
    return threadPageOf(deps.db, params.conversationId, query, { customerView: false });
  }),

  route(sendMessage, ({ deps, user, params, body }) => sendAgentMessage(deps, user, params.conversationId, body)),

  route(setTyping, async ({ deps, user, params, body }) => {
    await agentTyping(deps, await ownedConversation(deps.db, user, params.conversationId), body.typing);
    return { ok: true as const };
  }),

  route(markRead, ({ deps, user, params, body }) => markConversationRead(deps, user, params.conversationId, body.upToSeq)),

  route(closeConversation, ({ deps, user, params, body }) => closeWithDisposition(deps, user, params.conversationId, body.disposition, body.note ?? null)),

  route(listDispositions, async ({ deps }) => ({ items: await storedDispositions(deps.db) })),

  route(searchCannedResponses, async ({ deps, user, query }) => ({ items: searchCanned(await cannedOf(deps.db, user.tenant), query, user.locale) })),
];
