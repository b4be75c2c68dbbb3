import type { OfferedContact } from '@/contract/schemas/contact';
import type { ContactOffer, OfferContactInput } from '@/contract/endpoints/testing';
import { canTakeOffer } from '@/domain/agent-state-machine';
import { DomainError } from '@/domain/domain-error';
import { defaultOfferQueue, offerAudience } from '@/domain/event-audience';
import { offeredContact, soleMatch } from '@/domain/live-contact';
import { tryNormalizeCaller } from '@/domain/normalize-caller';
import { getMockDb, nextId } from '@mocks/core/mock-db';
import { publishTo } from '@mocks/core/realtime-server';
import { signedInUsers } from '@mocks/core/sessions';
import { currentAgentState } from '@mocks/core/agent-states';
import { callerMatches } from '@mocks/customers/customer-lookups';

export type { OfferedContact };
export type InjectContactInput = OfferContactInput;
export type VoiceOffer = ContactOffer;

type VoiceOfferListener = (offer: VoiceOffer) => void;
const voiceOfferListeners = new Set<VoiceOfferListener>();

/** Incoming contacts: what the ACD would offer to seats. */
export const contactControls = {
  injectContact(input: InjectContactInput): VoiceOffer {
    const db = getMockDb();
    // Left out, the caller is identified by number as the IVR would (a sole match only); null forces an unknown caller.
    const caller = input.customerId === undefined ? tryNormalizeCaller(input.from) : null;
    const customerId = input.customerId === undefined ? (caller ? soleMatch(callerMatches(db, caller).map((m) => m.customerId)) : null) : input.customerId;
    const customer = customerId ? db.customers.get(customerId) : undefined;
    if (customerId && !customer) throw new DomainError('not_found', `injectContact: no customer ${customerId}`);
    const signedIn = signedInUsers(db);
    const queueId = input.queueId ?? defaultOfferQueue(customer?.tenant ?? null, signedIn, input.from);
    const queue = db.queues.get(queueId);
    if (!queue) throw new DomainError('not_found', `injectContact: no queue ${queueId}`);
    const contact: OfferedContact = {
      contactId: nextId(db, 'ct'),
      channel: input.channel,
      customerId,
      from: input.from,
      queueId,
      intent: input.intent ?? null,
      verified: input.verified ?? false,
    };
    // Stored as it arrived: the desktop links it and checks the caller on it (contacts.get/verify/link).
    db.contacts.set(contact.contactId, offeredContact({ ...contact, tenant: queue.tenant }, db.clock()));
    const agentIds = offerAudience(queueId, signedIn, (id) => canTakeOffer(currentAgentState(db, id)));
    publishTo(agentIds, { type: 'contact.offered', contact });
    const offer: VoiceOffer = { contact, agentIds };
    if (contact.channel === 'voice') for (const listener of voiceOfferListeners) listener(offer);
    return offer;
  },

  /** The page's fake softphone rings on these; returns an unsubscribe. */
  onVoiceOffer(listener: VoiceOfferListener): () => void {
    voiceOfferListeners.add(listener);
    return () => voiceOfferListeners.delete(listener);
  },
};
