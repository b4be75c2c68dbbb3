import type { RealtimeEventOf } from '@/contract/events';
import { getMockDb, nextId, resetMockDb } from '@mocks/db/mock-db';
import { queueStats } from '@mocks/db/queue-stats';
import { expireSessions, signedInUserIds } from '@mocks/db/sessions';
import { signedInSupervisors } from '@mocks/lib/announce-agent-state';
import { handledEndpoints } from '@mocks/lib/handle';
import { dropAllSockets, publish, resetRealtime } from '@mocks/realtime/realtime-server';
import {
  clearFaults,
  failEndpoint,
  getScenario,
  resetScenario,
  respondMalformed,
  setLatency,
  subscribeScenario,
  type ScenarioSnapshot,
} from './scenario-state';

export type OfferedContact = RealtimeEventOf<'contact.offered'>['contact'];
export type NoticeSeverity = RealtimeEventOf<'notice.broadcast'>['notice']['severity'];

export interface InjectContactInput {
  channel: OfferedContact['channel'];
  /** Caller number, chat handle or email address. */
  from: string;
  /** Omitted: looked up by `from` among the seeded numbers. Null: an unknown caller. */
  customerId?: string | null;
  queueId?: string;
  intent?: string | null;
  verified?: boolean;
}

export interface VoiceOffer {
  contact: OfferedContact;
  /** Seats the contact was offered to. */
  agentIds: string[];
}

type VoiceOfferListener = (offer: VoiceOffer) => void;
const voiceOfferListeners = new Set<VoiceOfferListener>();

function defaultQueueId(customerId: string | null, from: string): string {
  const db = getMockDb();
  const customer = customerId ? db.customers.get(customerId) : undefined;
  if (customer) return `q-${customer.tenant}-general`;
  const firstSeat = signedInUserIds(db)
    .map((id) => db.users.get(id))
    .find((u) => u && u.role !== 'supervisor');
  if (firstSeat?.queueIds[0]) return firstSeat.queueIds[0];
  return from.startsWith('+') ? 'q-intl-general' : 'q-cn-general';
}

/** Signed-in seats of the queue; when none, every signed-in seat, so a demo always rings somewhere. */
function seatsFor(queueId: string): string[] {
  const db = getMockDb();
  const seats = signedInUserIds(db).filter((id) => db.users.get(id)?.role !== 'supervisor');
  const members = seats.filter((id) => db.users.get(id)?.queueIds.includes(queueId));
  return members.length ? members : seats;
}

/**
 * Drives the mock backend from tests (import it) and from the page (`window.__zuoxiMock`, the dev panel).
 * Every method is synchronous and returns plain data, so Playwright's `page.evaluate` can call it.
 */
export const mockControls = {
  /** Fresh seed data, no sessions, no faults, no latency, sockets closed. In-page listeners stay. */
  reset(): void {
    resetRealtime();
    resetScenario();
    resetMockDb();
  },

  injectContact(input: InjectContactInput): VoiceOffer {
    const db = getMockDb();
    // Left out, the caller is identified by number as the IVR would; null forces an unknown caller.
    const customerId = input.customerId === undefined ? (db.customersByMsisdn.get(input.from)?.customerId ?? null) : input.customerId;
    if (customerId && !db.customers.has(customerId)) {
      throw new Error(`injectContact: no customer ${customerId}`);
    }
    const queueId = input.queueId ?? defaultQueueId(customerId, input.from);
    if (!db.queues.has(queueId)) throw new Error(`injectContact: no queue ${queueId}`);
    const contact: OfferedContact = {
      contactId: nextId(db, 'ct'),
      channel: input.channel,
      customerId,
      from: input.from,
      queueId,
      intent: input.intent ?? null,
      verified: input.verified ?? false,
    };
    const agentIds = seatsFor(queueId);
    for (const agentId of agentIds) publish(agentId, { type: 'contact.offered', contact });
    const offer: VoiceOffer = { contact, agentIds };
    if (contact.channel === 'voice') for (const listener of voiceOfferListeners) listener(offer);
    return offer;
  },

  /** The page's fake softphone rings on these; returns an unsubscribe. */
  onVoiceOffer(listener: VoiceOfferListener): () => void {
    voiceOfferListeners.add(listener);
    return () => voiceOfferListeners.delete(listener);
  },

  setLatency,
  failEndpoint,
  clearFaults,
  respondMalformed,

  /** Expires every live session (or one user's); the next API call answers 401. Returns how many. */
  expireSession(userId?: string): number {
    return expireSessions(getMockDb(), userId);
  },

  /** Drops every socket; with `downForMs` the server refuses reconnects that long, so the banner shows. */
  dropSocket(downForMs?: number): void {
    dropAllSockets({ downForMs });
  },

  broadcastNotice(text: string, severity: NoticeSeverity = 'info', from = 'System'): string {
    const db = getMockDb();
    const notice = { id: nextId(db, 'nt'), from, text, severity };
    for (const userId of signedInUserIds(db)) publish(userId, { type: 'notice.broadcast', notice });
    return notice.id;
  },

  /** A queue surge (排队激增): sets waiting figures and tells the centre's supervisors. */
  surgeQueue(queueId: string, waiting: number, longestWaitSec = Math.min(600, waiting * 12)): void {
    const db = getMockDb();
    const queue = db.queues.get(queueId);
    if (!queue) throw new Error(`surgeQueue: no queue ${queueId}`);
    queue.stats = { ...queue.stats, waiting, longestWaitSec };
    const stats = queueStats(db, queueId);
    for (const supervisorId of signedInSupervisors(db, queue.tenant)) publish(supervisorId, { type: 'queue.stats_updated', queue: stats });
  },

  /** Endpoints that have a mock handler (id, method, path), for picking one to fail. */
  listEndpoints(): { id: string; method: string; path: string }[] {
    return [...handledEndpoints.values()].sort((a, b) => a.id.localeCompare(b.id));
  },

  getState(): ScenarioSnapshot {
    return getScenario();
  },

  subscribe(listener: (snapshot: ScenarioSnapshot) => void): () => void {
    return subscribeScenario(listener);
  },
};

export type MockControls = typeof mockControls;
