import type { FakeSoftphone } from './fake-softphone';

/** The shape of a mock voice offer (mocks/scenario `onVoiceOffer`), declared here so the feature needs no mocks import. */
export interface VoiceOfferLike {
  contact: { channel: string; from: string; queueId: string; intent: string | null; verified: boolean };
  agentIds: string[];
}

/**
 * Mock mode: every voice contact offered to this seat rings the fake phone with what the IVR collected.
 * `subscribe` is `mockControls.onVoiceOffer`; returns the unsubscribe.
 */
export function ringFakeOnVoiceOffers(
  fake: FakeSoftphone,
  subscribe: (listener: (offer: VoiceOfferLike) => void) => () => void,
  userId: string,
): () => void {
  return subscribe((offer) => {
    if (offer.contact.channel !== 'voice' || !offer.agentIds.includes(userId)) return;
    fake.simulateIncoming({
      from: offer.contact.from,
      ivr: { intent: offer.contact.intent, queueId: offer.contact.queueId, verified: offer.contact.verified },
    });
  });
}
