import { describe, expect, it } from 'vitest';
import { FakeSoftphone } from './fake-softphone';
import { ringFakeOnVoiceOffers, type VoiceOfferLike } from './ring-fake-on-voice-offers';

describe('ringFakeOnVoiceOffers', () => {
  it('rings the fake for voice offers to this seat only', () => {
    const fake = new FakeSoftphone();
    const listeners = new Set<(o: VoiceOfferLike) => void>();
    const off = ringFakeOnVoiceOffers(fake, (l) => (listeners.add(l), () => listeners.delete(l)), 'agt-1001');
    const offer = (channel: string, agentIds: string[]): VoiceOfferLike => ({
      contact: { channel, from: '13800138000', queueId: 'q-cn-general', intent: 'billing', verified: true },
      agentIds,
    });
    for (const l of listeners) l(offer('chat', ['agt-1001']));
    for (const l of listeners) l(offer('voice', ['agt-2001']));
    expect(fake.calls).toHaveLength(0);
    for (const l of listeners) l(offer('voice', ['agt-1001', 'agt-2001']));
    expect(fake.calls[0]).toMatchObject({
      state: 'ringing',
      remoteNumber: '13800138000',
      ivr: { intent: 'billing', queueId: 'q-cn-general', verified: true },
    });
    off();
    expect(listeners.size).toBe(0);
  });
});
