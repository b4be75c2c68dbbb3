import { expect, it } from 'vitest';
import { contractHeaders } from '@/contract/core/headers';
import { listMessages, sendMessage } from '@/contract/endpoints/conversations';
import { inboundEmail, inboundSms } from '@/contract/endpoints/widget';
import { call } from '../call';
import type { ContractTarget } from '../contract-target';
import { closeAll, offerOf, readySeat, take } from '../conversation-steps';

/** What a demo or test backend takes as X-Inbound-Token (the BFF's default outside production). */
const INBOUND = { [contractHeaders.inboundToken]: 'zuoxi-dev-inbound' };

/** SMS and email posted by a carrier or mail gateway (or a script) with the inbound token. */
export function inboundScenarios(target: () => ContractTarget): void {
  const gateway = () => target().anonymous();

  it('refuses an inbound message without the right token', async () => {
    const body = { from: '13800138000', text: '查余额' };
    expect((await call(gateway(), inboundSms, { body })).status).toBe(403);
    expect((await call(gateway(), inboundSms, { body, headers: { [contractHeaders.inboundToken]: 'wrong' } })).error.code).toBe('forbidden_inbound');
  });

  it('opens an SMS conversation, joins the next SMS of the number to it, and counts the agent’s answer in parts', async () => {
    const seat = await readySeat(target, 'zhang.wei');
    try {
      const first = await call(gateway(), inboundSms, { body: { from: '13800138000', text: '查余额' }, headers: INBOUND });
      expect(first.status).toBe(200);
      const offered = await offerOf(seat, first.data.conversationId);
      expect(offered.offer).toMatchObject({ channel: 'sms', preview: '查余额' });
      const second = await call(gateway(), inboundSms, { body: { from: '+86 138 0013 8000', text: '还有流量吗' }, headers: INBOUND });
      expect(second.data.conversationId).toBe(first.data.conversationId);
      await take(seat, first.data.conversationId);
      const answer = await call(seat.client, sendMessage, { params: { conversationId: first.data.conversationId }, body: { clientId: 'sms-answer-1', content: { kind: 'sms', text: '您好'.repeat(36) }, internal: false } });
      expect(answer.data.content).toEqual({ kind: 'sms', text: '您好'.repeat(36), segments: 2 });
      const tooLong = await call(seat.client, sendMessage, { params: { conversationId: first.data.conversationId }, body: { clientId: 'sms-answer-2', content: { kind: 'sms', text: '长'.repeat(671) }, internal: false } });
      expect([tooLong.status, tooLong.error.code]).toEqual([422, 'message_too_long']);
    } finally {
      closeAll(seat);
    }
  });

  it('refuses an inbound SMS from something that is not a number', async () => {
    const answer = await call(gateway(), inboundSms, { body: { from: 'not a number', text: 'x' }, headers: INBOUND });
    expect([answer.status, answer.error.code]).toEqual([422, 'invalid_number']);
  });

  it('opens an email conversation with its HTML as received, and joins a reply to its thread', async () => {
    const seat = await readySeat(target, 'zhang.wei');
    try {
      const html = '<p>账单有误</p><script>alert(1)</script>';
      const first = await call(gateway(), inboundEmail, { body: { from: 'wang@example.com', to: ['kefu@cn.zuoxi.example'], subject: '账单疑问', html }, headers: INBOUND });
      expect(first.status).toBe(200);
      const conversationId = first.data.conversationId;
      await take(seat, conversationId);
      const thread = (await call(seat.client, listMessages, { params: { conversationId } })).data.items;
      const email = thread.find((m) => m.messageId === first.data.messageId);
      expect(email?.content).toMatchObject({ kind: 'email', subject: '账单疑问', from: 'wang@example.com', html });
      const reply = await call(gateway(), inboundEmail, { body: { from: 'wang@example.com', to: ['kefu@cn.zuoxi.example'], subject: 'Re: 账单疑问', text: '补充一下', inReplyTo: `<${first.data.messageId}@example.com>` }, headers: INBOUND });
      expect(reply.data.conversationId).toBe(conversationId);
      const answer = await call(seat.client, sendMessage, { params: { conversationId }, body: { clientId: 'email-answer-1', content: { kind: 'text', text: '已为您核实' }, internal: false } });
      expect(answer.data.content).toMatchObject({ kind: 'email', to: ['wang@example.com'], subject: 'Re: 账单疑问' });
    } finally {
      closeAll(seat);
    }
  });
}
