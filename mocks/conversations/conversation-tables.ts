import type { ChannelCounts, ConversationOffer, Disposition, Message } from '@/contract/schemas/conversation';
import type { Tenant } from '@/contract/schemas/identity';
import type { StoredCannedResponse } from '@/domain/canned-responses';
import { DEFAULT_OFFER_TIMEOUT_SEC, type ConversationPolicy, type ConversationRecord } from '@/domain/conversation-record';
import type { StoredAttachment } from '@/domain/outgoing-message';
import type { SeedAgent } from '@mocks/seed/types';
import { seedConversationHistory } from '@mocks/seed/conversation-history';
import { seedCannedResponses, seedDispositions } from '@mocks/seed/conversations';

/** An offer as kept: to whom, and how it ended. */
export interface OfferRecord {
  offer: ConversationOffer;
  agentId: string;
  status: 'open' | 'accepted' | 'rejected' | 'timeout' | 'withdrawn';
}

/** An uploaded attachment with its content (base64, as the contract carries it). */
export interface AttachmentRecord extends StoredAttachment {
  tenant: Tenant;
  dataBase64: string;
}

/** A seat's own conversation settings, as the BFF keeps them (agent_conversation_settings). */
export interface SeatConversationSettings {
  autoAccept: boolean;
  /** Per channel, seeded per agent (mocks/seed), a team lead's to set; null: the role's default. */
  capacity: ChannelCounts | null;
  /** When the seat was last given a conversation (routing's idle time), epoch ms. */
  lastRoutedAt: number | null;
}

/** The conversations' storage in the mock db: Maps, as a store would key them. */
export interface ConversationTables {
  records: Map<string, ConversationRecord>;
  /** Each conversation's thread, in seq order (seq n at index n - 1). */
  threads: Map<string, Message[]>;
  offers: Map<string, OfferRecord>;
  settings: Map<string, SeatConversationSettings>;
  attachments: Map<string, AttachmentRecord>;
  canned: StoredCannedResponse[];
  dispositions: Disposition[];
  policy: ConversationPolicy;
}

export const DEFAULT_CONVERSATION_POLICY: ConversationPolicy = { offerTimeoutSec: DEFAULT_OFFER_TIMEOUT_SEC, amberAfterSec: 60, redAfterSec: 180 };

export function createConversationTables(now: number, agents: readonly SeedAgent[]): ConversationTables {
  const history = seedConversationHistory(now);
  return {
    records: new Map(history.map((h) => [h.record.conversationId, h.record])),
    threads: new Map(history.map((h) => [h.record.conversationId, h.messages])),
    offers: new Map(),
    // Every seeded seat's settings, as the BFF's seed writes them.
    settings: new Map(agents.map((a) => [a.id, { autoAccept: false, capacity: a.conversationCapacity, lastRoutedAt: null }])),
    attachments: new Map(),
    canned: seedCannedResponses,
    dispositions: seedDispositions,
    policy: { ...DEFAULT_CONVERSATION_POLICY },
  };
}
