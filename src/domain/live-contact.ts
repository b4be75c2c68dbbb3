import type { Channel } from '@/contract/schemas/channel';
import type { ContactView, VerificationMethod } from '@/contract/schemas/contact-view';
import type { Role, Tenant } from '@/contract/schemas/identity';
import { maskContactPoint } from './mask-pii';
import { takesContacts } from './tenant-scope';

/** Quick identity checks a contact allows before they lock (then the caller goes the long way). */
export const VERIFY_ATTEMPTS = 3;

/**
 * A contact being handled, as a store keeps it: its customer link and the caller's identity check, which
 * travel with it (an expert it is transferred to does not ask again).
 */
export interface LiveContact {
  contactId: string;
  /** The centre it came to: only that centre's people see it. */
  tenant: Tenant;
  channel: Channel;
  /** The number, email address or handle as it arrived. */
  from: string;
  queueId: string | null;
  customerId: string | null;
  /** The seat handling it (the first to act on it), whose tabs hear its updates. */
  agentId: string | null;
  verification: { method: VerificationMethod; at: string; by: string | null } | null;
  attemptsLeft: number;
  createdAt: string;
}

interface Actor {
  id: string;
  role: Role;
}

/**
 * A contact the ACD offered. Verified before an agent saw it: by the IVR on a call (PIN, voiceprint), by
 * the channel itself otherwise (signed in to the app or the website).
 */
export function offeredContact(input: { contactId: string; tenant: Tenant; channel: Channel; from: string; queueId: string; customerId: string | null; verified: boolean }, now: number): LiveContact {
  const at = new Date(now).toISOString();
  return {
    contactId: input.contactId,
    tenant: input.tenant,
    channel: input.channel,
    from: input.from,
    queueId: input.queueId,
    customerId: input.customerId,
    agentId: null,
    verification: input.verified ? { method: input.channel === 'voice' ? 'ivr' : 'channel', at, by: null } : null,
    attemptsLeft: VERIFY_ATTEMPTS,
    createdAt: at,
  };
}

/** A call that reached the phone without an offer (dialled to the extension): the seat handles it, unverified. */
export function registeredCall(input: { callId: string; from: string; customerId: string | null; agent: Actor & { tenant: Tenant } }, now: number): LiveContact {
  return {
    contactId: input.callId,
    tenant: input.agent.tenant,
    channel: 'voice',
    from: input.from,
    queueId: null,
    customerId: input.customerId,
    agentId: takesContacts(input.agent) ? input.agent.id : null,
    verification: null,
    attemptsLeft: VERIFY_ATTEMPTS,
    createdAt: new Date(now).toISOString(),
  };
}

/** A contact is its centre's: anyone else gets a 404, as for one that does not exist. */
export function contactVisibleTo(contact: Pick<LiveContact, 'tenant'>, viewer: { tenant: Tenant }): boolean {
  return contact.tenant === viewer.tenant;
}

/** The first seat to act on a contact becomes its handler; a team lead stepping in does not take it over. */
export function handledBy(contact: LiveContact, actor: Actor): LiveContact {
  return contact.agentId === null && takesContacts(actor) ? { ...contact, agentId: actor.id } : contact;
}

/**
 * Links the contact to a customer (or unlinks it: null). A check passed against one customer proves
 * nothing about another, so a change of customer drops the verification; attempts are not given back.
 */
export function linkContact(contact: LiveContact, customerId: string | null, actor: Actor): LiveContact {
  const handled = handledBy(contact, actor);
  if (handled.customerId === customerId) return handled;
  return { ...handled, customerId, verification: null };
}

export function linkAuditDetails(contactId: string, from: string | null, to: string | null): Record<string, unknown> {
  return { contactId, from, to };
}

export function contactView(contact: LiveContact): ContactView {
  return {
    contactId: contact.contactId,
    channel: contact.channel,
    fromMasked: maskContactPoint(contact.from),
    queueId: contact.queueId,
    customerId: contact.customerId,
    verified: contact.verification !== null,
    verification: contact.verification ? { ...contact.verification } : null,
    attemptsLeft: contact.attemptsLeft,
  };
}

/**
 * The customer a contact is linked to on arrival: the one customer its caller matched. Several (a shared
 * family or company line) or none: left for the agent to choose — never a guess.
 */
export function soleMatch(customerIds: readonly string[]): string | null {
  const unique = [...new Set(customerIds)];
  return unique.length === 1 ? unique[0]! : null;
}
