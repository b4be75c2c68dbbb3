import { describe, expect, it } from 'vitest';
import { contactUpdateAudience } from './event-audience';
import { contactView, contactVisibleTo, linkContact, offeredContact, registeredCall } from './live-contact';

const now = Date.parse('2026-11-20T02:00:00.000Z');
const agent = { id: 'agt-1001', role: 'agent' as const, tenant: 'cn' as const };
const lead = { id: 'agt-9001', role: 'supervisor' as const, tenant: 'cn' as const };

describe('live contacts', () => {
  const offered = offeredContact({ contactId: 'ct-1', tenant: 'cn', channel: 'chat', from: '13812345678', queueId: 'q-cn-general', customerId: 'c-cn-0001', verified: true }, now);

  it('is verified by the channel when it came verified, and shows its caller masked', () => {
    expect(contactView(offered)).toEqual({
      contactId: 'ct-1',
      channel: 'chat',
      fromMasked: '138****5678',
      queueId: 'q-cn-general',
      customerId: 'c-cn-0001',
      verified: true,
      verification: { method: 'channel', at: new Date(now).toISOString(), by: null },
      attemptsLeft: 3,
    });
  });

  it('drops the verification when linked to another customer, keeps it for the same one', () => {
    const same = linkContact(offered, 'c-cn-0001', agent);
    expect(same.verification).not.toBeNull();
    expect(same.agentId).toBe('agt-1001');
    const other = linkContact(offered, 'c-cn-0002', agent);
    expect(other).toMatchObject({ customerId: 'c-cn-0002', verification: null });
    expect(linkContact(other, null, agent).customerId).toBeNull();
  });

  it('makes the first seat to act its handler; a team lead does not take it over', () => {
    expect(linkContact(offered, 'c-cn-0002', lead).agentId).toBeNull();
    const handled = linkContact(offered, 'c-cn-0002', agent);
    expect(linkContact(handled, 'c-cn-0003', lead).agentId).toBe('agt-1001');
    expect(contactUpdateAudience(linkContact(handled, 'c-cn-0003', lead), lead.id)).toEqual(['agt-1001', 'agt-9001']);
    expect(contactUpdateAudience(handled, agent.id)).toEqual(['agt-1001']);
  });

  it('registers a call without an offer as the seat’s own, unverified', () => {
    const call = registeredCall({ callId: 'sip-call-1', from: '+86 138 1234 5678', customerId: null, agent }, now);
    expect(call).toMatchObject({ contactId: 'sip-call-1', tenant: 'cn', channel: 'voice', queueId: null, agentId: 'agt-1001', verification: null, attemptsLeft: 3 });
  });

  it('belongs to its centre', () => {
    expect(contactVisibleTo(offered, { tenant: 'cn' })).toBe(true);
    expect(contactVisibleTo(offered, { tenant: 'intl' })).toBe(false);
  });
});
