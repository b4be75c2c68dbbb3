import type { Message } from '@/contract/schemas/conversation';
import type { ConversationPolicy, ConversationRecord } from '@/domain/conversation-record';
import type { AttachmentRecord, ConversationTables, OfferRecord, SeatConversationSettings } from './conversation-tables';

/** What mock mode keeps of conversations across a page reload (seed data is rebuilt). */
export interface SavedConversations {
  records: ConversationRecord[];
  threads: [string, Message[]][];
  /** Offers already answered; an open one is not kept (its timer died with the page): it is offered anew. */
  offers: OfferRecord[];
  settings: [string, SeatConversationSettings][];
  attachments: AttachmentRecord[];
  policy: ConversationPolicy;
}

/** Attachments beyond this much base64 are left out of a save: localStorage holds a few MB in all. */
const SAVED_ATTACHMENT_CHARS = 1_000_000;

export function saveConversations(tables: ConversationTables): SavedConversations {
  let room = SAVED_ATTACHMENT_CHARS;
  const attachments = [...tables.attachments.values()].filter((a) => (room -= a.dataBase64.length) >= 0);
  return {
    records: [...tables.records.values()],
    threads: [...tables.threads.entries()],
    offers: [...tables.offers.values()].filter((o) => o.status !== 'open'),
    settings: [...tables.settings.entries()],
    attachments,
    policy: tables.policy,
  };
}

const progress: Record<ConversationRecord['status'], number> = { queued: 0, offered: 1, active: 2, closed: 3 };

/**
 * Merges a save into the tables: a conversation this page does not hold, or holds at an earlier point (a
 * shorter thread, an earlier status), comes back as saved with its thread. One that was being offered is
 * queued again, to be offered when the desktop next asks for its offers.
 */
export function restoreConversations(tables: ConversationTables, saved: SavedConversations | undefined): void {
  if (!saved || !Array.isArray(saved.records)) return;
  const threads = new Map(saved.threads ?? []);
  for (const record of saved.records) {
    if (typeof record?.conversationId !== 'string') continue;
    const known = tables.records.get(record.conversationId);
    const newer = !known || record.lastSeq > known.lastSeq || (record.lastSeq === known.lastSeq && progress[record.status] > progress[known.status]);
    if (!newer) continue;
    tables.records.set(record.conversationId, record.status === 'offered' ? { ...record, status: 'queued' } : record);
    tables.threads.set(record.conversationId, threads.get(record.conversationId) ?? []);
  }
  for (const offer of saved.offers ?? []) if (!tables.offers.has(offer.offer.offerId)) tables.offers.set(offer.offer.offerId, offer);
  for (const [agentId, settings] of saved.settings ?? []) if (!tables.settings.has(agentId)) tables.settings.set(agentId, settings);
  for (const attachment of saved.attachments ?? []) if (!tables.attachments.has(attachment.attachmentId)) tables.attachments.set(attachment.attachmentId, attachment);
  if (saved.policy) tables.policy = saved.policy;
}
