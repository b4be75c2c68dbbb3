import { getContact, linkContact, registerCall, verifyCaller } from '@/contract/endpoints/contacts';
import type { Tenant } from '@/contract/schemas/identity';
import { auditEntry } from '@/domain/audit-entry';
import { DomainError } from '@/domain/domain-error';
import { contactUpdateAudience } from '@/domain/event-audience';
import { checkIdentity, identityFactsOf, verifiedAuditDetails } from '@/domain/identity-check';
import { contactView, contactVisibleTo, linkAuditDetails, linkContact as linkRule, registeredCall, soleMatch, type LiveContact } from '@/domain/live-contact';
import { tryNormalizeCaller } from '@/domain/normalize-caller';
import { route } from '../server/contract-route';
import type { BffDeps } from '../services/bff-deps';
import { callerMatches, customerInCentre } from '../services/customer-lookups';
import { publishEvents } from '../services/publish-events';
import { appendAudit } from '../store/audit-queries';
import { findContact, insertContact, lockContact, saveContact } from '../store/contact-queries';
import { findCustomer } from '../store/customer-queries';
import { nextId } from '../store/misc-queries';

function visible(contact: LiveContact | null, viewer: { tenant: Tenant }, contactId: string): LiveContact {
  if (!contact || !contactVisibleTo(contact, viewer)) throw new DomainError('not_found', `No contact ${contactId}`);
  return contact;
}

/** After the change is committed: every tab of the handling seat (and the one who changed it) follows. */
async function announce(deps: BffDeps, before: LiveContact, after: LiveContact, actorId: string): Promise<void> {
  if (before === after) return;
  await publishEvents(deps, contactUpdateAudience(after, actorId), { type: 'contact.updated', contact: contactView(after) });
}

/** A contact in hand: the same rules as the mocks; each change under the contact's row lock. */
export const contactRoutes = [
  route(getContact, async ({ deps, user, params }) => contactView(visible(await findContact(deps.db, params.contactId), user, params.contactId))),

  route(verifyCaller, async ({ deps, user, params, body, now }) => {
    const { before, result } = await deps.db.transaction(async (tx) => {
      const contact = visible(await lockContact(tx, params.contactId), user, params.contactId);
      const customer = contact.customerId ? await findCustomer(tx, contact.customerId) : null;
      if (!customer) throw new DomainError('not_found', `Contact ${contact.contactId} is linked to no customer to check against`);
      const checked = checkIdentity(contact, body, identityFactsOf(customer.data), user, now);
      if (checked.contact !== contact) await saveContact(tx, checked.contact);
      if (!contact.verification && checked.contact.verification) {
        await appendAudit(tx, auditEntry(await nextId(tx, 'au'), 'caller_verified', user, verifiedAuditDetails(checked.contact), now));
      }
      // A miss is kept (committed) before it is answered.
      return { before: contact, result: checked };
    });
    await announce(deps, before, result.contact, user.id);
    if (result.error) throw result.error;
    return contactView(result.contact);
  }),

  route(linkContact, async ({ deps, user, params, body, now }) => {
    if (body.customerId !== null) await customerInCentre(deps.db, user, body.customerId, now);
    const { before, after } = await deps.db.transaction(async (tx) => {
      const contact = visible(await lockContact(tx, params.contactId), user, params.contactId);
      const linked = linkRule(contact, body.customerId, user);
      if (linked !== contact) await saveContact(tx, linked);
      if (linked.customerId !== contact.customerId) {
        await appendAudit(tx, auditEntry(await nextId(tx, 'au'), 'contact_linked', user, linkAuditDetails(contact.contactId, contact.customerId, linked.customerId), now));
      }
      return { before: contact, after: linked };
    });
    await announce(deps, before, after, user.id);
    return contactView(after);
  }),

  // Registered once: the same call id again answers the contact as it now stands.
  route(registerCall, async ({ deps, user, body, now }) => {
    const known = await findContact(deps.db, body.callId);
    if (!known) {
      const caller = tryNormalizeCaller(body.from, user.tenant);
      const matches = caller ? await callerMatches(deps.db, caller, user.tenant) : [];
      const contact = registeredCall({ callId: body.callId, from: body.from, customerId: soleMatch(matches.map((m) => m.customerId)), agent: user }, now);
      if (await insertContact(deps.db, contact, now)) return contactView(contact);
    }
    const current = await findContact(deps.db, body.callId);
    if (!current || !contactVisibleTo(current, user)) {
      throw new DomainError('validation_failed', `Call id ${body.callId} is taken`, { details: { where: 'body', issues: [{ path: 'callId', message: 'already registered elsewhere' }] } });
    }
    return contactView(current);
  }),
];
