import { timingSafeEqual } from 'node:crypto';
import { contractHeaders } from '@/contract/core/headers';
import { isOwnedBy, type ConversationRecord } from '@/domain/conversation-record';
import { DomainError } from '@/domain/domain-error';
import { findConversation } from '../store/conversation-queries';
import type { Db } from '../store/open-store';

const notFound = (conversationId: string) => new DomainError('not_found', `No conversation ${conversationId}`);

/** The agent's own conversation; anyone else's (or none) is a 404, as for one that does not exist. */
export async function ownedConversation(db: Db, viewer: { id: string }, conversationId: string): Promise<ConversationRecord> {
  const record = await findConversation(db, conversationId);
  if (!record || !isOwnedBy(record, viewer)) throw notFound(conversationId);
  return record;
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The chat a widget request names, when its X-Widget-Token is that chat's; otherwise a 404. */
export async function widgetConversation(db: Db, request: Request, conversationId: string): Promise<ConversationRecord> {
  const token = request.headers.get(contractHeaders.widgetToken) ?? '';
  const record = token ? await findConversation(db, conversationId) : null;
  if (!record?.chatToken || !sameToken(token, record.chatToken)) throw notFound(conversationId);
  return record;
}
