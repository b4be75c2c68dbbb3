import { expect, it } from 'vitest';
import { listMessages } from '@/contract/endpoints/conversations';
import { customerWrites, dropSockets } from '@/contract/endpoints/testing';
import { call } from '../call';
import type { ContractTarget } from '../contract-target';
import { closeAll, readySeat, take, writeIn } from '../conversation-steps';

/** A socket dropped while the customer writes: the thread catches up from seq with no gap and no duplicate. */
export function conversationResumeScenarios(target: () => ContractTarget): void {
  const control = () => target().anonymous();

  it('replays the messages written while the agent’s socket was down, in order, once', async () => {
    const seat = await readySeat(target, 'zhang.wei');
    const conversationId = await writeIn(target, { text: '在吗' });
    await take(seat, conversationId);
    const before = await call(control(), customerWrites, { params: { conversationId }, body: { text: '一' } });
    const seen = await seat.socket.next('message.created', (e) => e.message.messageId === before.data.messageId);
    await call(control(), dropSockets, { body: {} });
    await seat.socket.closed;
    const written = [];
    for (const text of ['二', '三', '四']) written.push((await call(control(), customerWrites, { params: { conversationId }, body: { text } })).data);
    expect(written.map((m) => m.seq)).toEqual([before.data.seq + 1, before.data.seq + 2, before.data.seq + 3]);

    const resumed = await seat.client.openSocket(seen.seq);
    try {
      const messages = resumed.events.flatMap((e) => (e.type === 'message.created' && e.message.conversationId === conversationId ? [e.message] : []));
      expect(messages.map((m) => m.seq)).toEqual(written.map((m) => m.seq));
      const eventSeqs = resumed.events.map((e) => e.seq);
      expect(eventSeqs).toEqual(eventSeqs.map((_s, i) => seen.seq + 1 + i));
      expect(resumed.frames.at(-1)).toMatchObject({ op: 'ready', replayed: eventSeqs.length });

      const thread = (await call(seat.client, listMessages, { params: { conversationId } })).data.items;
      expect(thread.map((m) => m.seq)).toEqual(thread.map((_m, i) => i + 1));
      expect(thread.filter((m) => m.author === 'customer').map((m) => (m.content.kind === 'text' ? m.content.text : ''))).toEqual(['在吗', '一', '二', '三', '四']);
    } finally {
      resumed.close();
      closeAll(seat);
    }
  });

  it('pages an older thread back without gap or overlap', async () => {
    const seat = await readySeat(target, 'zhang.wei');
    try {
      const conversationId = await writeIn(target, { text: '0' });
      await take(seat, conversationId);
      for (let i = 1; i <= 12; i++) await call(control(), customerWrites, { params: { conversationId }, body: { text: String(i) } });
      const seqs: number[] = [];
      let cursor: string | undefined;
      do {
        const page = (await call(seat.client, listMessages, { params: { conversationId }, query: { limit: 5, cursor } })).data;
        seqs.unshift(...page.items.map((m) => m.seq));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(seqs).toEqual(seqs.map((_s, i) => i + 1));
    } finally {
      closeAll(seat);
    }
  });
}
