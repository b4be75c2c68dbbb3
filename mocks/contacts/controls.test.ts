import { describe, expect, it } from 'vitest';
import { asSession, signIn, useMockServer } from '@/testing/use-mock-server';
import { mockControls, type VoiceOffer } from '@mocks/mock-controls';

// What only mock mode has: the in-page fake phone rings on voice offers. The rest of offering is in the
// contract suite (mocks/contract-suite.test.ts), over HTTP.
describe('contact controls', () => {
  useMockServer();

  it('rings in-page listeners for a voice contact, and not for a chat', async () => {
    await fetch('/api/agent/state', { method: 'PUT', headers: asSession(await signIn('li.na'), { 'Content-Type': 'application/json' }), body: JSON.stringify({ status: 'ready' }) });
    const offers: VoiceOffer[] = [];
    const off = mockControls.onVoiceOffer((o) => offers.push(o));
    try {
      mockControls.injectContact({ channel: 'chat', from: '13912345678', queueId: 'q-cn-complaints' });
      mockControls.injectContact({ channel: 'voice', from: '13800138000', queueId: 'q-cn-complaints', verified: true });
    } finally {
      off();
    }
    expect(offers).toHaveLength(1);
    expect(offers[0]).toMatchObject({ agentIds: ['agt-2001'], contact: { channel: 'voice', from: '13800138000', verified: true, customerId: null } });
  });

  it('stops ringing a listener once unsubscribed', async () => {
    await signIn('zhang.wei');
    const offers: VoiceOffer[] = [];
    mockControls.onVoiceOffer((o) => offers.push(o))();
    mockControls.injectContact({ channel: 'voice', from: '13800138000' });
    expect(offers).toHaveLength(0);
  });
});
