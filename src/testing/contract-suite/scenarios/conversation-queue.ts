import { expect, it } from 'vitest';
import { getSupervisorOverview } from '@/contract/endpoints/supervisor';
import { call } from '../call';
import type { ContractTarget } from '../contract-target';
import { closeAll, readySeat, take, writeIn } from '../conversation-steps';

/** The team lead's queue figures count the conversations waiting too, not only calls. */
export function conversationQueueScenarios(target: () => ContractTarget): void {
  it('counts a waiting conversation in its queue until an agent takes it', async () => {
    const lead = await target().signIn('wang.fang');
    const waitingNow = async () => (await call(lead, getSupervisorOverview)).data.queues.find((q) => q.queueId === 'q-cn-general')!.waiting;
    const before = await waitingNow();
    const conversationId = await writeIn(target, { channel: 'email', from: 'queue.figures@example.com', subject: '排队', text: '你好' });
    expect(await waitingNow()).toBe(before + 1);
    const seat = await readySeat(target, 'zhang.wei');
    try {
      await take(seat, conversationId);
      expect(await waitingNow()).toBe(before);
    } finally {
      closeAll(seat);
    }
  });
}
