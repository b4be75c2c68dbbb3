import {
  broadcastNotice,
  clearFaults,
  dropSockets,
  expireSessions,
  failEndpoint,
  getScenario,
  offerContact,
  resetBackend,
  respondMalformed,
  setLatency,
  setQueuePolicy,
  surgeQueue,
} from '@/contract/endpoints/testing';
import { findEndpoint } from '@/contract/registry';
import type { OfferedContact } from '@/contract/schemas/contact';
import { canTakeOffer } from '@/domain/agent-state-machine';
import { DomainError } from '@/domain/domain-error';
import { defaultOfferQueue, noticeAudience, offerAudience, queueStatsAudience } from '@/domain/event-audience';
import { offeredContact, soleMatch } from '@/domain/live-contact';
import { tryNormalizeCaller } from '@/domain/normalize-caller';
import * as scenario from '@mocks/core/scenario-state';
import { route } from '../server/contract-route';
import { currentAgentState } from '../services/agent-state-service';
import { forgetConversationPolicy } from '../services/conversation-policy';
import { publishEvents } from '../services/publish-events';
import { queueStatsOf } from '../services/queue-views';
import { callerMatches } from '../services/customer-lookups';
import { insertContact } from '../store/contact-queries';
import { customerTenant } from '../store/customer-queries';
import { nextId } from '../store/misc-queries';
import { getQueue, setQueuePolicy as storeQueuePolicy, setQueueStats } from '../store/queue-queries';
import { clearStore, seedStore } from '../store/seed-store';
import { expireSessions as storeExpireSessions, signedInUsers } from '../store/session-queries';

function known(endpointId: string): void {
  if (!findEndpoint(endpointId)) throw new DomainError('not_found', `No endpoint ${endpointId}`);
}

/**
 * The contract's test endpoints on the BFF: what the mocks' scenario controls do, over HTTP, on for tests
 * and demos only (the route refuses them in production).
 */
export const testingRoutes = [
  route(resetBackend, async ({ deps }) => {
    deps.hub.dropAll(0);
    scenario.resetScenario();
    deps.buckets.clear();
    await clearStore(deps.db);
    forgetConversationPolicy(deps);
    await seedStore(deps.db, { size: deps.config.seedSize }, deps.now());
    return { ok: true as const };
  }),

  route(getScenario, () => scenario.getScenario()),

  route(offerContact, async ({ deps, body, now }) => {
    // Left out, the caller is identified as the IVR would (a sole match only); null forces an unknown caller.
    const caller = body.customerId === undefined ? tryNormalizeCaller(body.from) : null;
    const customerId = body.customerId === undefined ? (caller ? soleMatch((await callerMatches(deps.db, caller, null)).map((m) => m.customerId)) : null) : body.customerId;
    const tenant = customerId ? await customerTenant(deps.db, customerId) : null;
    if (customerId && !tenant) throw new DomainError('not_found', `No customer ${customerId}`);
    const signedIn = await signedInUsers(deps.db, now);
    const queueId = body.queueId ?? defaultOfferQueue(tenant, signedIn, body.from);
    const queue = await getQueue(deps.db, queueId);
    if (!queue) throw new DomainError('not_found', `No queue ${queueId}`);
    const contact: OfferedContact = {
      contactId: await nextId(deps.db, 'ct'),
      channel: body.channel,
      customerId,
      from: body.from,
      queueId,
      intent: body.intent ?? null,
      verified: body.verified ?? false,
    };
    // Stored as it arrived: the desktop links it and checks the caller on it (contacts.get/verify/link).
    await insertContact(deps.db, offeredContact({ ...contact, tenant: queue.tenant }, now), now);
    const ready = new Set<string>();
    for (const user of signedIn) if (canTakeOffer(await currentAgentState(deps, user.id))) ready.add(user.id);
    const agentIds = offerAudience(queueId, signedIn, (id) => ready.has(id));
    await publishEvents(deps, agentIds, { type: 'contact.offered', contact });
    return { contact, agentIds };
  }),

  route(dropSockets, ({ deps, body }) => ({ dropped: deps.hub.dropAll(body.downForMs ?? 0) })),

  route(setLatency, ({ body }) => {
    scenario.setLatency(body.ms);
    return scenario.getScenario();
  }),

  route(failEndpoint, ({ body }) => {
    known(body.endpointId);
    scenario.failEndpoint(body.endpointId, body.status, { times: body.times });
    return scenario.getScenario();
  }),

  route(respondMalformed, ({ body }) => {
    known(body.endpointId);
    scenario.respondMalformed(body.endpointId);
    return scenario.getScenario();
  }),

  route(clearFaults, () => {
    scenario.clearFaults();
    return scenario.getScenario();
  }),

  route(expireSessions, async ({ deps, body, now }) => ({ expired: await storeExpireSessions(deps.db, now, body.userId) })),

  route(broadcastNotice, async ({ deps, body, now }) => {
    const notice = { id: await nextId(deps.db, 'nt'), from: body.from ?? 'System', text: body.text, severity: body.severity ?? 'info' };
    await publishEvents(deps, noticeAudience(await signedInUsers(deps.db, now)), { type: 'notice.broadcast', notice });
    return { id: notice.id };
  }),

  route(surgeQueue, async ({ deps, params, body, now }) => {
    const queue = await getQueue(deps.db, params.queueId);
    if (!queue) throw new DomainError('not_found', `No queue ${params.queueId}`);
    await setQueueStats(deps.db, queue.queueId, { ...queue.stats, waiting: body.waiting, longestWaitSec: body.longestWaitSec ?? Math.min(600, body.waiting * 12) });
    const stats = (await queueStatsOf(deps.db, queue.queueId, now))!;
    await publishEvents(deps, queueStatsAudience(queue, await signedInUsers(deps.db, now)), { type: 'queue.stats_updated', queue: stats });
    return stats;
  }),

  route(setQueuePolicy, async ({ deps, params, body }) => {
    if (!(await storeQueuePolicy(deps.db, params.queueId, body.acwSeconds))) throw new DomainError('not_found', `No queue ${params.queueId}`);
    return { queueId: params.queueId, acwSeconds: body.acwSeconds };
  }),
];
