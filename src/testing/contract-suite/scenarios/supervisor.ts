import { expect, it } from 'vitest';
import { getSupervisorOverview } from '@/contract/endpoints/supervisor';
import { call } from '../call';
import type { ContractTarget } from '../contract-target';

export function supervisorScenarios(target: () => ContractTarget): void {
  it('shows a team lead their own centre’s queues and seats', async () => {
    const board = await call(await target().signIn('wang.fang'), getSupervisorOverview);
    expect(board.status).toBe(200);
    expect(board.data.queues.map((q) => q.queueId)).toContain('q-cn-complaints');
    expect(board.data.queues.every((q) => q.queueId.startsWith('q-cn-'))).toBe(true);
    expect(board.data.agents).toHaveLength(36);
    expect(board.data.agents.find((a) => a.agentId === 'agt-1001')).toMatchObject({ displayName: '张伟', role: 'agent' });
    const general = board.data.queues.find((q) => q.queueId === 'q-cn-general')!;
    expect(general.agentsReady + general.agentsBusy).toBeGreaterThan(0);
    const intl = await call(await target().signIn('james.lee'), getSupervisorOverview);
    expect(intl.data.agents).toHaveLength(14);
    expect(intl.data.queues.every((q) => q.queueId.startsWith('q-intl-'))).toBe(true);
  });

  it('refuses agents and experts with 403 and nothing of the board', async () => {
    for (const username of ['zhang.wei', 'li.na']) {
      const answer = await call(await target().signIn(username), getSupervisorOverview);
      expect(answer.status).toBe(403);
      expect(answer.error.code).toBe('forbidden');
      expect(JSON.stringify(answer.body)).not.toContain('agt-');
    }
  });
}
