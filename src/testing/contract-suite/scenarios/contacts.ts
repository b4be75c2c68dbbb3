import { expect, it } from 'vitest';
import { listAudit } from '@/contract/endpoints/audit';
import { getContact, linkContact, registerCall, verifyCaller } from '@/contract/endpoints/contacts';
import { getAccounts } from '@/contract/endpoints/customers';
import { setAgentState } from '@/contract/endpoints/session';
import { offerContact } from '@/contract/endpoints/testing';
import type { OfferContactInput } from '@/contract/endpoints/testing';
import { call } from '../call';
import type { ContractClient, ContractTarget } from '../contract-target';

/** A contact in hand: stored on offer, linked to a customer, the caller checked once (c-cn-0001's ID ends 7908). */
export function contactScenarios(target: () => ContractTarget): void {
  const contact = (contactId: string) => ({ params: { contactId } });

  async function readyAgent(username = 'zhang.wei'): Promise<ContractClient> {
    const agent = await target().signIn(username);
    await call(agent, setAgentState, { body: { status: 'ready' } });
    return agent;
  }
  async function offer(body: OfferContactInput): Promise<string> {
    return (await call(target().anonymous(), offerContact, { body })).data.contact.contactId;
  }

  it('keeps an offered contact: its customer found by number, its caller masked, verified by the IVR when it says so', async () => {
    const agent = await readyAgent();
    const chat = await offer({ channel: 'chat', from: '14799603397' });
    expect((await call(agent, getContact, contact(chat))).data).toEqual({
      contactId: chat,
      channel: 'chat',
      fromMasked: '147****3397',
      queueId: 'q-cn-general',
      customerId: 'c-cn-0001',
      verified: false,
      verification: null,
      attemptsLeft: 3,
    });
    const ivr = await offer({ channel: 'voice', from: '+86 147 9960 3397', verified: true });
    expect((await call(agent, getContact, contact(ivr))).data).toMatchObject({ customerId: 'c-cn-0001', verified: true, verification: { method: 'ivr', by: null } });
    // A shared company line: the IVR does not guess which of its customers calls.
    const sharedLine = await offer({ channel: 'voice', from: '13739403769' });
    expect((await call(agent, getContact, contact(sharedLine))).data.customerId).toBeNull();
    const missing = await call(agent, getContact, contact('ct-none'));
    expect([missing.status, missing.error.code]).toEqual([404, 'not_found']);
    const otherCentre = await call(await target().signIn('emma.clark'), getContact, contact(chat));
    expect([otherCentre.status, otherCentre.error.code]).toEqual([404, 'not_found']);
  });

  it('verifies the caller on the last four of the ID, audited, and tells the handling agent', async () => {
    const agent = await readyAgent();
    const socket = await agent.openSocket();
    try {
      const id = await offer({ channel: 'voice', from: '14799603397' });
      const verified = await call(agent, verifyCaller, { ...contact(id), body: { method: 'id_last4', answer: '7908' } });
      expect(verified.data).toMatchObject({ verified: true, verification: { method: 'id_last4', by: 'agt-1001' }, attemptsLeft: 3 });
      const event = await socket.next('contact.updated', (e) => e.contact.contactId === id);
      expect(event.contact).toEqual(verified.data);
      // Asked once: another check answers the contact as it is.
      expect((await call(agent, verifyCaller, { ...contact(id), body: { method: 'id_last4', answer: '0000' } })).data.verified).toBe(true);
    } finally {
      socket.close();
    }
    const log = (await call(await target().signIn('wang.fang'), listAudit, { query: { action: 'caller_verified' } })).data.items;
    expect(log).toEqual([expect.objectContaining({ actorId: 'agt-1001', details: expect.objectContaining({ customerId: 'c-cn-0001', method: 'id_last4' }) })]);
  });

  it('verifies the caller on the latest bill amount, within a cent', async () => {
    const agent = await readyAgent();
    const id = await offer({ channel: 'voice', from: '14799603397' });
    const bills = (await call(agent, getAccounts, { params: { customerId: 'c-cn-0001' } })).data.items[0]!.bills;
    const latest = bills[bills.length - 1]!.amount;
    const verified = await call(agent, verifyCaller, { ...contact(id), body: { method: 'bill_amount', answer: `¥${(latest + 0.01).toFixed(2)}` } });
    expect(verified.data).toMatchObject({ verified: true, verification: { method: 'bill_amount' } });
  });

  it('counts wrong answers down and locks after the third', async () => {
    const agent = await readyAgent();
    const id = await offer({ channel: 'voice', from: '14799603397' });
    for (const left of [2, 1, 0]) {
      const wrong = await call(agent, verifyCaller, { ...contact(id), body: { method: 'id_last4', answer: '0000' } });
      expect([wrong.status, wrong.error.code, wrong.error.details]).toEqual([422, 'verification_failed', { attemptsLeft: left }]);
    }
    const locked = await call(agent, verifyCaller, { ...contact(id), body: { method: 'id_last4', answer: '7908' } });
    expect([locked.status, locked.error.code]).toEqual([409, 'verification_locked']);
    expect((await call(agent, getContact, contact(id))).data).toMatchObject({ verified: false, attemptsLeft: 0 });
  });

  it('answers 404 to a check with no customer linked to check against', async () => {
    const agent = await readyAgent();
    const id = await offer({ channel: 'voice', from: '13000000000' });
    const answer = await call(agent, verifyCaller, { ...contact(id), body: { method: 'id_last4', answer: '7908' } });
    expect([answer.status, answer.error.code]).toEqual([404, 'not_found']);
  });

  it('links and unlinks a contact, audited; another customer drops the check; the handling agent hears each change', async () => {
    const agent = await readyAgent();
    const other = await readyAgent('li.na');
    const mine = await agent.openSocket();
    const theirs = await other.openSocket();
    try {
      const id = await offer({ channel: 'voice', from: '14799603397', verified: true });
      const same = await call(agent, linkContact, { ...contact(id), body: { customerId: 'c-cn-0001' } });
      expect(same.data).toMatchObject({ customerId: 'c-cn-0001', verified: true });
      const linked = await call(agent, linkContact, { ...contact(id), body: { customerId: 'c-cn-0002' } });
      expect(linked.data).toMatchObject({ customerId: 'c-cn-0002', verified: false, verification: null });
      await mine.next('contact.updated', (e) => e.contact.contactId === id && e.contact.customerId === 'c-cn-0002');
      const relinked = await call(agent, linkContact, { ...contact(id), body: { customerId: 'c-cn-0003' } });
      expect(relinked.data).toMatchObject({ customerId: 'c-cn-0003', verified: false });
      const unlinked = await call(agent, linkContact, { ...contact(id), body: { customerId: null } });
      expect(unlinked.data.customerId).toBeNull();
      await mine.next('contact.updated', (e) => e.contact.contactId === id && e.contact.customerId === null);
      expect(theirs.events.some((e) => e.type === 'contact.updated')).toBe(false);
      for (const bad of [{ id, customerId: 'c-intl-0001' }, { id, customerId: 'c-none' }, { id: 'ct-none', customerId: 'c-cn-0001' }]) {
        const refused = await call(agent, linkContact, { ...contact(bad.id), body: { customerId: bad.customerId } });
        expect([refused.status, refused.error.code]).toEqual([404, 'not_found']);
      }
    } finally {
      mine.close();
      theirs.close();
    }
    const log = (await call(await target().signIn('wang.fang'), listAudit, { query: { action: 'contact_linked' } })).data.items;
    expect(log.map((e) => [e.details.from, e.details.to])).toEqual([['c-cn-0003', null], ['c-cn-0002', 'c-cn-0003'], ['c-cn-0001', 'c-cn-0002']]);
  });

  it('registers a call that came without an offer, once, so it can be linked and verified', async () => {
    const agent = await target().signIn('zhang.wei');
    const registered = await call(agent, registerCall, { body: { callId: 'sip-direct-1', from: '+86 147 9960 3397' } });
    expect(registered.data).toEqual({ contactId: 'sip-direct-1', channel: 'voice', fromMasked: '147****3397', queueId: null, customerId: 'c-cn-0001', verified: false, verification: null, attemptsLeft: 3 });
    expect((await call(agent, registerCall, { body: { callId: 'sip-direct-1', from: '+86 147 9960 3397' } })).data).toEqual(registered.data);
    expect((await call(agent, verifyCaller, { ...contact('sip-direct-1'), body: { method: 'id_last4', answer: '7908' } })).data.verified).toBe(true);
    expect((await call(agent, getContact, contact('sip-direct-1'))).data.verified).toBe(true);
    const shared = await call(agent, registerCall, { body: { callId: 'sip-direct-2', from: '13739403769' } });
    expect(shared.data.customerId).toBeNull();
    const unknown = await call(agent, registerCall, { body: { callId: 'sip-direct-3', from: 'anonymous' } });
    expect(unknown.data).toMatchObject({ customerId: null, fromMasked: 'anonymous' });
  });
}
