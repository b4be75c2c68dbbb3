import { describe, expect, it, vi } from 'vitest';
import { getMockDb } from '@mocks/db/mock-db';
import { openTestSocket } from '@mocks/lib/open-test-socket';
import { bearer, signIn, useMockServer } from '@mocks/lib/use-mock-server';
import { mockControls, type VoiceOffer } from './mock-controls';

describe('mockControls', () => {
  useMockServer();

  it('offers an injected chat to the signed-in seat of its queue', async () => {
    const socket = await openTestSocket(await signIn('zhang.wei'));
    const expert = await openTestSocket(await signIn('li.na'));
    try {
      const voice = vi.fn();
      const off = mockControls.onVoiceOffer(voice);
      const offer = mockControls.injectContact({ channel: 'chat', from: '13912345678', customerId: 'c-cn-0001', intent: 'bill_query' });
      off();
      expect(offer.agentIds).toEqual(['agt-1001']);
      const event = await socket.next('contact.offered');
      expect(event).toMatchObject({
        type: 'contact.offered',
        contact: { channel: 'chat', customerId: 'c-cn-0001', queueId: 'q-cn-general', intent: 'bill_query', verified: false },
      });
      expect(voice).not.toHaveBeenCalled();
      expect(expert.events.some((e) => e.type === 'contact.offered')).toBe(false);
    } finally {
      socket.close();
      expert.close();
    }
  });

  it('routes to an expert queue and rings in-page listeners for a voice contact', async () => {
    await signIn('li.na');
    const offers: VoiceOffer[] = [];
    const off = mockControls.onVoiceOffer((o) => offers.push(o));
    try {
      mockControls.injectContact({ channel: 'voice', from: '13800138000', queueId: 'q-cn-complaints', verified: true });
    } finally {
      off();
    }
    expect(offers).toHaveLength(1);
    expect(offers[0]).toMatchObject({ agentIds: ['agt-2001'], contact: { channel: 'voice', from: '13800138000', verified: true, customerId: null } });
  });

  it('refuses an unknown customer or queue', () => {
    expect(() => mockControls.injectContact({ channel: 'chat', from: 'x', customerId: 'c-none' })).toThrow(/no customer/);
    expect(() => mockControls.injectContact({ channel: 'chat', from: 'x', queueId: 'q-none' })).toThrow(/no queue/);
  });

  it('broadcasts a notice to everyone signed in', async () => {
    const agent = await openTestSocket(await signIn('emma.clark'));
    const supervisor = await openTestSocket(await signIn('wang.fang'));
    try {
      mockControls.broadcastNotice('系统将于22:00维护', 'warning');
      for (const socket of [agent, supervisor]) {
        expect(await socket.next('notice.broadcast')).toMatchObject({ notice: { text: '系统将于22:00维护', severity: 'warning' } });
      }
    } finally {
      agent.close();
      supervisor.close();
    }
  });

  it('tells supervisors about a queue surge', async () => {
    const supervisor = await openTestSocket(await signIn('wang.fang'));
    try {
      mockControls.surgeQueue('q-cn-general', 48);
      expect(await supervisor.next('queue.stats_updated')).toMatchObject({ queue: { queueId: 'q-cn-general', waiting: 48 } });
    } finally {
      supervisor.close();
    }
  });

  it('lets subscribers watch latency and faults', () => {
    const seen: unknown[] = [];
    const off = mockControls.subscribe((s) => seen.push(s));
    mockControls.setLatency(300);
    mockControls.failEndpoint('session.me', 503, { times: 1 });
    mockControls.respondMalformed('agent.state.get');
    off();
    mockControls.clearFaults();
    expect(seen).toHaveLength(3);
    expect(seen[2]).toEqual({ latencyMs: 300, faults: { 'session.me': { status: 503, remaining: 1 } }, malformed: ['agent.state.get'] });
    expect(mockControls.getState()).toEqual({ latencyMs: 300, faults: {}, malformed: [] });
    expect(() => mockControls.setLatency(-1)).toThrow();
    expect(() => mockControls.failEndpoint('x', 404 as 500)).toThrow();
  });

  it('drops the socket', async () => {
    const token = await signIn('zhang.wei');
    const socket = new WebSocket(`ws://${location.host}/ws`);
    const closed = new Promise<number>((resolve) => socket.addEventListener('close', (e) => resolve(e.code)));
    await new Promise<void>((resolve) => {
      socket.addEventListener('open', () => socket.send(JSON.stringify({ op: 'hello', token, lastSeq: null })));
      socket.addEventListener('message', () => resolve());
    });
    mockControls.dropSocket();
    expect(await closed).not.toBe(1000);
  });

  it('resets sessions, state and scenario', async () => {
    const token = await signIn('zhang.wei');
    mockControls.setLatency(50);
    mockControls.failEndpoint('session.me', 500);
    mockControls.reset();
    expect(mockControls.getState()).toEqual({ latencyMs: 0, faults: {}, malformed: [] });
    expect(getMockDb().agentStates.get('agt-1001')?.status).toBe('offline');
    expect((await fetch('/api/session/me', { headers: bearer(token) })).status).toBe(401);
  });
});

describe('mockControls.listEndpoints', () => {
  it('lists every endpoint with a handler', async () => {
    await import('@mocks/handlers');
    const ids = mockControls.listEndpoints().map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(['session.login', 'session.me', 'agent.state.set', 'supervisor.overview', 'softphone.settings']));
  });
});

describe('mockControls.injectContact caller identification', () => {
  useMockServer();

  it('finds the customer by the calling number unless told the caller is unknown', async () => {
    await signIn('zhang.wei');
    const customer = getMockDb().customers.get('c-cn-0001')!;
    const msisdn = customer.subscriptions[0]!.msisdn;
    expect(mockControls.injectContact({ channel: 'voice', from: msisdn }).contact.customerId).toBe('c-cn-0001');
    expect(mockControls.injectContact({ channel: 'voice', from: msisdn, customerId: null }).contact.customerId).toBeNull();
    expect(mockControls.injectContact({ channel: 'sms', from: '13000000000' }).contact.customerId).toBeNull();
  });
});
