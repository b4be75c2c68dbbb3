import { expect } from 'vitest';
import { acceptOffer } from '@/contract/endpoints/conversations';
import { setAgentState } from '@/contract/endpoints/session';
import { customerWritesIn } from '@/contract/endpoints/testing';
import type { ConversationChannel } from '@/contract/schemas/conversation';
import { call } from './call';
import type { ContractClient, ContractTarget } from './contract-target';
import type { TestSocket } from './test-socket';

/** Steps the conversation scenarios share: a Ready seat with its socket, a customer writing in, taking it. */

export interface Seat {
  client: ContractClient;
  socket: TestSocket;
}

/**
 * Signs a seat in with its socket open, then makes it Ready (conversations are offered to Ready seats). A
 * seeded seat may already be Ready since long ago; a break first makes "longest idle" follow the order in
 * which a scenario readies its seats.
 */
export async function readySeat(target: () => ContractTarget, username: string): Promise<Seat> {
  const client = await target().signIn(username);
  const socket = await client.openSocket();
  await call(client, setAgentState, { body: { status: 'not_ready', reason: 'break' } });
  await call(client, setAgentState, { body: { status: 'ready' } });
  return { client, socket };
}

/** Signs a seat in and keeps it Not ready: it is there, and is offered nothing. */
export async function busySeat(target: () => ContractTarget, username: string): Promise<ContractClient> {
  const client = await target().signIn(username);
  await call(client, setAgentState, { body: { status: 'not_ready', reason: 'meeting' } });
  return client;
}

export async function writeIn(target: () => ContractTarget, input: { channel?: ConversationChannel; from?: string; text?: string; subject?: string; html?: string; customerId?: string | null }): Promise<string> {
  const answer = await call(target().anonymous(), customerWritesIn, { body: { ...input, channel: input.channel ?? 'chat', from: input.from ?? 'wechat:o6_demo01', text: input.text ?? '你好，我想查话费' } });
  expect(answer.status).toBe(200);
  return answer.data.conversationId;
}

/** Waits for the seat's offer of a conversation. */
export function offerOf(seat: Seat, conversationId: string, timeoutMs?: number) {
  return seat.socket.next('conversation.offered', (e) => e.offer.conversationId === conversationId, timeoutMs);
}

/** The seat takes the conversation offered to it. */
export async function take(seat: Seat, conversationId: string) {
  const offered = await offerOf(seat, conversationId);
  const accepted = await call(seat.client, acceptOffer, { params: { offerId: offered.offer.offerId } });
  expect(accepted.status).toBe(200);
  return accepted.data;
}

export function closeAll(...seats: Seat[]): void {
  for (const seat of seats) seat.socket.close();
}

/** A small PNG (the signature and an IHDR chunk), as an upload carries it. */
export const PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
