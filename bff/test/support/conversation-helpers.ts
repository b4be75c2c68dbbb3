import { expect } from 'vitest';
import { setAgentState } from '@/contract/endpoints/session';
import { customerWritesIn, setConversationPolicy } from '@/contract/endpoints/testing';
import { acceptOffer, listOffers } from '@/contract/endpoints/conversations';
import { waitFor } from './wait';
import type { BodyOf } from '@/contract/core/endpoint';
import { call } from '@/testing/contract-suite/call';
import type { ContractClient, ContractTarget } from '@/testing/contract-suite/contract-target';
import type { TestSocket } from '@/testing/contract-suite/test-socket';

/** A seat signed in, Ready, with its socket open (what an offer reaches). */
export async function readySeat(target: ContractTarget, username: string): Promise<{ client: ContractClient; socket: TestSocket }> {
  const client = await target.signIn(username);
  const ready = await call(client, setAgentState, { body: { status: 'ready' } });
  expect(ready.status).toBe(200);
  return { client, socket: await client.openSocket(null) };
}

/** A customer writes in through the test control; answers the new conversation's id. */
export async function writeIn(target: ContractTarget, body: BodyOf<typeof customerWritesIn>): Promise<string> {
  const answer = await call(target.anonymous(), customerWritesIn, { body });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.data.conversationId;
}

/**
 * The offer of a conversation to this seat, accepted: answers the conversation's summary. Read from the
 * offers list, not the socket: an offer made before the socket opened is in the list, not in a fresh stream.
 */
export async function acceptNext(seat: { client: ContractClient }, conversationId: string) {
  const offer = await waitFor(`an offer of ${conversationId}`, async () => (await call(seat.client, listOffers)).data.items.find((o) => o.conversationId === conversationId), 10_000);
  const accepted = await call(seat.client, acceptOffer, { params: { offerId: offer.offerId } });
  expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
  return accepted.data;
}

export async function setOfferTimeout(target: ContractTarget, offerTimeoutSec: number): Promise<void> {
  expect((await call(target.anonymous(), setConversationPolicy, { body: { offerTimeoutSec } })).status).toBe(200);
}
