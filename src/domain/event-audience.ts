import { takesContacts, type ScopedUser } from './tenant-scope';

/**
 * Who hears which realtime event. Each takes the users currently signed in (in sign-in order) and answers
 * the user ids to publish to; mocks and the BFF publish to exactly these.
 */

/** Signed-in team leads of a centre. */
export function supervisorsOf(tenant: ScopedUser['tenant'], signedIn: readonly ScopedUser[]): string[] {
  return signedIn.filter((u) => u.role === 'supervisor' && u.tenant === tenant).map((u) => u.id);
}

/** A seat's state change: the seat's own tabs, and its centre's team leads. */
export function agentStateAudience(agent: ScopedUser, signedIn: readonly ScopedUser[]): string[] {
  return [...new Set([agent.id, ...supervisorsOf(agent.tenant, signedIn)])];
}

/** A queue's figures changed: its centre's team leads. */
export function queueStatsAudience(queue: { tenant: ScopedUser['tenant'] }, signedIn: readonly ScopedUser[]): string[] {
  return supervisorsOf(queue.tenant, signedIn);
}

/** A broadcast notice: everyone signed in. */
export function noticeAudience(signedIn: readonly ScopedUser[]): string[] {
  return [...new Set(signedIn.map((u) => u.id))];
}

/**
 * Seats a contact of a queue is offered to all at once (a call the test control injects rings every seat
 * that may take it): the signed-in members of the queue who take contacts and pass `isReady` — Ready, and
 * for a conversation's channel with room on it (`canTakeOffer`) — never a seat that is Not ready, Busy or in
 * after-call work. None: the contact waits. A conversation routed by the ACD goes to one seat at a time
 * instead: `chooseAgent` (conversation-routing.ts) picks the longest-idle of these.
 */
export function offerAudience(queueId: string, signedIn: readonly ScopedUser[], isReady: (userId: string) => boolean): string[] {
  return [...new Set(signedIn.filter((u) => takesContacts(u) && u.queueIds.includes(queueId) && isReady(u.id)).map((u) => u.id))];
}

/**
 * The queue a contact lands in when the caller did not pick one: the customer's centre's general queue,
 * else the first signed-in seat's first queue, else by the number's look (+ → intl).
 */
export function defaultOfferQueue(customerTenant: ScopedUser['tenant'] | null, signedIn: readonly ScopedUser[], from: string): string {
  if (customerTenant) return `q-${customerTenant}-general`;
  const firstSeat = signedIn.find(takesContacts);
  if (firstSeat?.queueIds[0]) return firstSeat.queueIds[0];
  return from.startsWith('+') ? 'q-intl-general' : 'q-cn-general';
}

/**
 * A contact in hand changed (linked, verified): every tab of the seat handling it, and whoever changed it
 * (a team lead stepping in sees the answer too).
 */
export function contactUpdateAudience(contact: { agentId: string | null }, actorId: string): string[] {
  return [...new Set([contact.agentId, actorId].filter((id): id is string => id !== null))];
}

/**
 * A conversation's thread and changes: the tabs of the agent holding it (nobody while it waits; an offer
 * goes to the offered agent alone).
 */
export function conversationAudience(conversation: { agentId: string | null }): string[] {
  return conversation.agentId ? [conversation.agentId] : [];
}

/**
 * The customer's web chat widget has a stream of its own, keyed apart from any user id: what the customer
 * may see of the conversation (never internal notes) and the agent's typing.
 */
export function widgetStreamOf(conversationId: string): string {
  return `widget:${conversationId}`;
}

export function isWidgetStream(streamId: string): boolean {
  return streamId.startsWith('widget:');
}
