import { expect, it } from 'vitest';
import { getMe, setAgentState, startContact } from '@/contract/endpoints/session';
import { broadcastNotice, offerContact, resetBackend, surgeQueue } from '@/contract/endpoints/testing';
import { call } from '../call';
import type { ContractTarget } from '../contract-target';

/** Signs a seat in, makes it Ready (offers go to Ready seats only), and opens its socket. */
async function readySeat(target: () => ContractTarget, username: string) {
  const seat = await target().signIn(username);
  await call(seat, setAgentState, { body: { status: 'ready' } });
  return seat.openSocket();
}

export function testControlScenarios(target: () => ContractTarget): void {
  const control = () => target().anonymous();

  it('offers a contact to the Ready seats of its queue only', async () => {
    const agent = await readySeat(target, 'zhang.wei');
    const expert = await readySeat(target, 'li.na');
    try {
      const offer = await call(control(), offerContact, { body: { channel: 'chat', from: '13912345678', customerId: 'c-cn-0001', intent: 'bill_query' } });
      expect(offer.data.agentIds).toEqual(['agt-1001']);
      const event = await agent.next('contact.offered');
      expect(event.contact).toMatchObject({ channel: 'chat', customerId: 'c-cn-0001', queueId: 'q-cn-general', intent: 'bill_query', verified: false });
      expect(event.contact.contactId).toBe(offer.data.contact.contactId);
      expect(expert.events.some((e) => e.type === 'contact.offered')).toBe(false);
    } finally {
      agent.close();
      expert.close();
    }
  });

  it('routes a contact for an expert queue to its Ready experts', async () => {
    (await readySeat(target, 'zhang.wei')).close();
    (await readySeat(target, 'li.na')).close();
    const offer = await call(control(), offerContact, { body: { channel: 'voice', from: '13800138000', queueId: 'q-cn-complaints', verified: true } });
    expect(offer.data).toMatchObject({ agentIds: ['agt-2001'], contact: { channel: 'voice', from: '13800138000', verified: true, customerId: null } });
  });

  it('offers nothing to a seat that is Not ready or Busy: the contact waits', async () => {
    const agent = await target().signIn('zhang.wei');
    const notReady = await call(control(), offerContact, { body: { channel: 'chat', from: '13912345678' } });
    expect(notReady.data.agentIds).toEqual([]);
    await call(agent, setAgentState, { body: { status: 'ready' } });
    await call(agent, startContact, { body: { contactId: 'call-1', channel: 'voice', queueId: 'q-cn-general' } });
    const busy = await call(control(), offerContact, { body: { channel: 'chat', from: '13912345678' } });
    expect(busy.data.agentIds).toEqual([]);
  });

  it('finds the customer by the calling number unless told the caller is unknown', async () => {
    await target().signIn('zhang.wei');
    // 14799603397 is the first number of c-cn-0001 (王建国) in the shared seed.
    const byNumber = await call(control(), offerContact, { body: { channel: 'voice', from: '14799603397' } });
    expect(byNumber.data.contact.customerId).toBe('c-cn-0001');
    const forcedUnknown = await call(control(), offerContact, { body: { channel: 'voice', from: '14799603397', customerId: null } });
    expect(forcedUnknown.data.contact.customerId).toBeNull();
    const unknown = await call(control(), offerContact, { body: { channel: 'sms', from: '13000000000' } });
    expect(unknown.data.contact.customerId).toBeNull();
  });

  it('answers 404 for an unknown customer or queue', async () => {
    const customer = await call(control(), offerContact, { body: { channel: 'chat', from: 'x', customerId: 'c-none' } });
    expect([customer.status, customer.error.code]).toEqual([404, 'not_found']);
    const queue = await call(control(), offerContact, { body: { channel: 'chat', from: 'x', queueId: 'q-none' } });
    expect([queue.status, queue.error.code]).toEqual([404, 'not_found']);
  });

  it('broadcasts a notice to everyone signed in', async () => {
    const agent = await (await target().signIn('emma.clark')).openSocket();
    const lead = await (await target().signIn('wang.fang')).openSocket();
    try {
      await call(control(), broadcastNotice, { body: { text: '系统将于22:00维护', severity: 'warning' } });
      for (const socket of [agent, lead]) {
        expect(await socket.next('notice.broadcast')).toMatchObject({ notice: { text: '系统将于22:00维护', severity: 'warning' } });
      }
    } finally {
      agent.close();
      lead.close();
    }
  });

  it('tells a centre’s team leads about a queue surge', async () => {
    const lead = await (await target().signIn('wang.fang')).openSocket();
    try {
      const stats = await call(control(), surgeQueue, { params: { queueId: 'q-cn-general' }, body: { waiting: 48 } });
      expect(stats.data).toMatchObject({ queueId: 'q-cn-general', waiting: 48 });
      expect(await lead.next('queue.stats_updated')).toMatchObject({ queue: { queueId: 'q-cn-general', waiting: 48 } });
      expect((await call(control(), surgeQueue, { params: { queueId: 'q-none' }, body: { waiting: 1 } })).status).toBe(404);
    } finally {
      lead.close();
    }
  });

  it('resets to fresh data: every session ends', async () => {
    const agent = await target().signIn('zhang.wei');
    await call(control(), resetBackend);
    expect((await call(agent, getMe)).status).toBe(401);
  });
}
