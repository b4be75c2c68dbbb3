import { eq, sql } from 'drizzle-orm';
import type { LiveContact } from '@/domain/live-contact';
import type { Db } from './open-store';
import { queryRows } from './query-rows';
import { contacts } from './schema';

export async function findContact(db: Db, contactId: string): Promise<LiveContact | null> {
  const [row] = await db.select({ record: contacts.record }).from(contacts).where(eq(contacts.contactId, contactId)).limit(1);
  return row?.record ?? null;
}

/**
 * The contact, locked until the transaction ends: two tabs (or instances) checking the same caller at
 * once count their attempts one after the other.
 */
export async function lockContact(tx: Db, contactId: string): Promise<LiveContact | null> {
  const rows = await queryRows<{ record: LiveContact }>(tx, sql`SELECT record FROM contacts WHERE contact_id = ${contactId} FOR UPDATE`);
  return rows[0]?.record ?? null;
}

/** Stores a new contact; a contact id already taken keeps its first record (answers false). */
export async function insertContact(db: Db, contact: LiveContact, now: number): Promise<boolean> {
  const rows = await db.insert(contacts).values({ contactId: contact.contactId, tenant: contact.tenant, record: contact, createdAt: now }).onConflictDoNothing().returning({ id: contacts.contactId });
  return rows.length === 1;
}

export async function saveContact(db: Db, contact: LiveContact): Promise<void> {
  await db.update(contacts).set({ record: contact }).where(eq(contacts.contactId, contact.contactId));
}
