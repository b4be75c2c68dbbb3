import { eq, inArray } from 'drizzle-orm';
import type { StoredAttachment } from '@/domain/outgoing-message';
import type { Db } from './open-store';
import { attachments } from './schema';

export async function insertAttachment(db: Db, attachment: StoredAttachment, uploadedBy: 'agent' | 'customer', now: number): Promise<void> {
  await db.insert(attachments).values({ ...attachment, uploadedBy, createdAt: now });
}

export async function findAttachment(db: Db, attachmentId: string): Promise<StoredAttachment | null> {
  const [row] = await db.select().from(attachments).where(eq(attachments.attachmentId, attachmentId)).limit(1);
  return row ? { attachmentId: row.attachmentId, conversationId: row.conversationId, name: row.name, mime: row.mime, size: row.size } : null;
}

/** The attachments a message names, by id (those of other conversations are refused by the domain's rule). */
export async function attachmentsById(db: Db, ids: readonly string[]): Promise<Map<string, StoredAttachment>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select().from(attachments).where(inArray(attachments.attachmentId, [...ids]));
  return new Map(rows.map((r) => [r.attachmentId, { attachmentId: r.attachmentId, conversationId: r.conversationId, name: r.name, mime: r.mime, size: r.size }]));
}
