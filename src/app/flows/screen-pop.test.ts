import { beforeEach, describe, expect, it } from 'vitest';
import { getMockDb } from '@mocks/core/mock-db';
import { failEndpoint } from '@mocks/core/scenario-state';
import { mockControls } from '@mocks/mock-controls';
import { customerQueryOptions } from '@/features/customers/api/get-customer';
import { accountsQueryOptions } from '@/features/customers/api/get-accounts';
import { usePopStore } from '@/features/customers/stores/pop-store';
import { createQueryClient } from '@/lib/query-client';
import { signIn, useMockServer } from '@/testing/use-mock-server';
import { claimOfferForCall, popCall, popOffer, sameCaller, type ScreenPopDeps } from './screen-pop';

useMockServer();

function deps(pathname = '/'): ScreenPopDeps & { visited: string[] } {
  const visited: string[] = [];
  let path = pathname;
  return {
    queryClient: createQueryClient(),
    pathname: () => path,
    navigate: (to) => {
      visited.push(to);
      path = to;
    },
    now: () => 1_000_000,
    visited,
  };
}

const offered = (contactId: string, from: string, customerId: string | null = null) => ({ contactId, channel: 'voice' as const, customerId, from, queueId: 'q-cn-general', intent: null, verified: false });

/** A contact stored as the ACD offers it, with no customer identified. */
const unidentified = (from: string) => mockControls.injectContact({ channel: 'voice', from, customerId: null }).contact;

// Seeded (mocks/README.md): 14799603397 is 王建国's (c-cn-0001); 18774068323 a line three customers registered.
beforeEach(async () => {
  usePopStore.getState().reset();
  await signIn('zhang.wei');
});

describe('flow: a contact offered pops its customer before the agent accepts', () => {
  it('shows the offer’s customer at once on the workspace and fetches every section', async () => {
    const d = deps('/');
    await popOffer(d, offered('ct-1', '14799603397', 'c-cn-0001'));
    expect(d.visited).toEqual(['/customers/c-cn-0001']);
    expect(usePopStore.getState().pops[0]).toMatchObject({ key: 'ct-1', status: 'matched', customerId: 'c-cn-0001' });
    expect(d.queryClient.getQueryData(customerQueryOptions('c-cn-0001').queryKey)?.name).toBe('王建国');
    expect(d.queryClient.getQueryData(accountsQueryOptions('c-cn-0001').queryKey)?.items[0]?.accountId).toBe('acc-cn-0001');
  });

  it('leaves the address alone away from the workspace (a team lead on the board), the pop still made', async () => {
    const d = deps('/supervisor');
    await popOffer(d, offered('ct-1', '14799603397', 'c-cn-0001'));
    expect(d.visited).toEqual([]);
    expect(usePopStore.getState().activeKey).toBe('ct-1');
  });

  it('looks the caller up by number: one match is shown and the contact linked to it', async () => {
    const contact = unidentified('+86 147 9960 3397');
    const d = deps('/');
    await popOffer(d, contact);
    expect(usePopStore.getState().pops[0]).toMatchObject({ status: 'matched', customerId: 'c-cn-0001' });
    expect(d.visited).toEqual(['/customers/c-cn-0001']);
    await expect.poll(() => getMockDb().contacts.get(contact.contactId)?.customerId).toBe('c-cn-0001');
  });

  it('never guesses among several customers: a picker, and the previous customer’s address left', async () => {
    const d = deps('/customers/c-cn-0002');
    await popOffer(d, offered('ct-3', '18774068323'));
    const pop = usePopStore.getState().pops[0]!;
    expect(pop.status).toBe('ambiguous');
    expect(pop.matches.map((m) => m.name)).toEqual(['王雪', '杨艳', '陈强']);
    expect(d.visited).toEqual(['/']);
    // Their headers are ready for when the agent picks.
    expect(d.queryClient.getQueryData(customerQueryOptions('c-cn-0006').queryKey)?.name).toBe('杨艳');
  });

  it('calls a number nobody uses unknown, and a failed lookup failed', async () => {
    const d = deps('/');
    await popOffer(d, offered('ct-4', '13000000000'));
    expect(usePopStore.getState().pops[0]).toMatchObject({ status: 'unknown', matches: [] });
    failEndpoint('customers.lookup', 500, { times: 3 });
    await popOffer(d, offered('ct-5', '13800138000'));
    expect(usePopStore.getState().pops[0]).toMatchObject({ key: 'ct-5', status: 'failed' });
  });

  it('keeps what the agent chose while the lookup was under way', async () => {
    const d = deps('/');
    const popping = popOffer(d, offered('ct-6', '14799603397'));
    usePopStore.getState().patch('ct-6', { status: 'matched', customerId: 'c-cn-0003' });
    await popping;
    expect(usePopStore.getState().pops[0]).toMatchObject({ customerId: 'c-cn-0003' });
  });
});

describe('flow: a call without an offer pops by its number and is registered', () => {
  it('pops the caller and registers the call, linking it to the customer found', async () => {
    const d = deps('/');
    await popCall(d, { callId: '7', from: '14799603397' });
    const pop = usePopStore.getState().pops[0]!;
    expect(pop).toMatchObject({ callId: '7', status: 'matched', customerId: 'c-cn-0001' });
    expect(pop.contactId).not.toBeNull();
    expect(pop.key).toBe(pop.contactId);
    expect(usePopStore.getState().activeKey).toBe(pop.key);
    await expect.poll(() => getMockDb().contacts.get(pop.contactId!)?.customerId).toBe('c-cn-0001');
  });

  it('claims the ringing call of a recent offer from the same number, so it pops once', () => {
    usePopStore.getState().show({ key: 'ct-9', contactId: 'ct-9', callId: null, channel: 'voice', from: '+8614799603397', status: 'matched', customerId: 'c-cn-0001', matches: [], intent: null, at: 1000 });
    expect(claimOfferForCall({ callId: 'a', from: '13800138000' }, 2000)).toBe(false);
    expect(claimOfferForCall({ callId: 'a', from: '14799603397' }, 2000)).toBe(true);
    expect(usePopStore.getState().pops[0]!.callId).toBe('a');
    // Claimed once: a second call from the number is another call.
    expect(claimOfferForCall({ callId: 'b', from: '14799603397' }, 2000)).toBe(false);
    // Too old an offer is not this call's.
    usePopStore.getState().show({ key: 'ct-10', contactId: 'ct-10', callId: null, channel: 'voice', from: '13900000002', status: 'matched', customerId: 'c-cn-0002', matches: [], intent: null, at: 0 });
    expect(claimOfferForCall({ callId: 'c', from: '13900000002' }, 120_000)).toBe(false);
  });

  it('compares numbers as the trunk dials them', () => {
    expect(sameCaller('+86 147-9960-3397', '14799603397')).toBe(true);
    expect(sameCaller('0086 14799603397', '14799603397')).toBe(true);
    expect(sameCaller('14799603397', '14799603398')).toBe(false);
    expect(sameCaller('alice@example.com', 'alice@example.com')).toBe(true);
  });
});
