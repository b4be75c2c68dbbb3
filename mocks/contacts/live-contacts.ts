import type { Role, Tenant } from '@/contract/schemas/identity';
import { DomainError } from '@/domain/domain-error';
import { contactUpdateAudience } from '@/domain/event-audience';
import { contactView, contactVisibleTo, type LiveContact } from '@/domain/live-contact';
import type { MockDb } from '@mocks/core/mock-db';
import { publishTo } from '@mocks/core/realtime-server';

/** A contact of the viewer's centre, or 404 as if it did not exist. */
export function contactInCentre(db: MockDb, viewer: { tenant: Tenant }, contactId: string): LiveContact {
  const contact = db.contacts.get(contactId);
  if (!contact || !contactVisibleTo(contact, viewer)) throw new DomainError('not_found', `No contact ${contactId}`);
  return contact;
}

/** Stores a changed contact and tells the handling seat's tabs (and the one who changed it). */
export function saveContact(db: MockDb, before: LiveContact, after: LiveContact, actor: { id: string; role: Role }): void {
  if (before === after) return;
  db.contacts.set(after.contactId, after);
  publishTo(contactUpdateAudience(after, actor.id), { type: 'contact.updated', contact: contactView(after) });
}
