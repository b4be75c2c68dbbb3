import { getContact, linkContact, registerCall, verifyCaller } from '@/contract/endpoints/contacts';
import { auditEntry } from '@/domain/audit-entry';
import { DomainError } from '@/domain/domain-error';
import { checkIdentity, identityFactsOf, verifiedAuditDetails } from '@/domain/identity-check';
import { contactView, contactVisibleTo, linkAuditDetails, linkContact as linkRule, registeredCall, soleMatch } from '@/domain/live-contact';
import { tryNormalizeCaller } from '@/domain/normalize-caller';
import { handle } from '@mocks/core/handle';
import { nextId } from '@mocks/core/mock-db';
import { callerMatches, customerInCentre } from '@mocks/customers/customer-lookups';
import { contactInCentre, saveContact } from './live-contacts';

/** A contact in hand: its customer link and the caller's identity check. */
export const contactHandlers = [
  handle(getContact, ({ db, user, params }) => contactView(contactInCentre(db, user, params.contactId))),

  handle(verifyCaller, ({ db, user, params, body, now }) => {
    const contact = contactInCentre(db, user, params.contactId);
    const customer = contact.customerId ? db.customers.get(contact.customerId) : undefined;
    if (!customer) throw new DomainError('not_found', `Contact ${contact.contactId} is linked to no customer to check against`);
    const result = checkIdentity(contact, body, identityFactsOf(customer), user, now);
    saveContact(db, contact, result.contact, user);
    if (result.error) throw result.error;
    if (!contact.verification && result.contact.verification) {
      db.audit.push(auditEntry(nextId(db, 'au'), 'caller_verified', user, verifiedAuditDetails(result.contact), now));
    }
    return contactView(result.contact);
  }),

  handle(linkContact, ({ db, user, params, body, now }) => {
    const contact = contactInCentre(db, user, params.contactId);
    if (body.customerId !== null) customerInCentre(db, user, body.customerId);
    const linked = linkRule(contact, body.customerId, user);
    saveContact(db, contact, linked, user);
    if (linked.customerId !== contact.customerId) {
      db.audit.push(auditEntry(nextId(db, 'au'), 'contact_linked', user, linkAuditDetails(contact.contactId, contact.customerId, linked.customerId), now));
    }
    return contactView(linked);
  }),

  // Registered once: the same call id again answers the contact as it now stands.
  handle(registerCall, ({ db, user, body, now }) => {
    const known = db.contacts.get(body.callId);
    if (known) {
      if (!contactVisibleTo(known, user)) throw new DomainError('validation_failed', `Call id ${body.callId} is taken`, { details: { where: 'body', issues: [{ path: 'callId', message: 'already registered elsewhere' }] } });
      return contactView(known);
    }
    const caller = tryNormalizeCaller(body.from, user.tenant);
    const matches = caller ? callerMatches(db, caller).filter((hit) => db.customers.get(hit.customerId)?.tenant === user.tenant) : [];
    const contact = registeredCall({ callId: body.callId, from: body.from, customerId: soleMatch(matches.map((m) => m.customerId)), agent: user }, now);
    db.contacts.set(contact.contactId, contact);
    return contactView(contact);
  }),
];
