import { describe, expect, it } from 'vitest';
import { SupervisorOverview } from '@/contract/schemas/queue';
import { bearer, signIn, useMockServer } from '@mocks/lib/use-mock-server';

describe('supervisor overview', () => {
  useMockServer();

  it('shows a supervisor their centre’s queues and seats', async () => {
    const response = await fetch('/api/supervisor/overview', { headers: bearer(await signIn('wang.fang')) });
    expect(response.status).toBe(200);
    const overview = SupervisorOverview.parse(await response.json());
    expect(overview.queues.map((q) => q.queueId)).toContain('q-cn-complaints');
    expect(overview.queues.every((q) => q.queueId.startsWith('q-cn-'))).toBe(true);
    expect(overview.agents.length).toBe(36);
    expect(overview.agents.find((a) => a.agentId === 'agt-1001')).toMatchObject({ displayName: '张伟', role: 'agent' });
    const general = overview.queues.find((q) => q.queueId === 'q-cn-general');
    expect(general!.agentsReady + general!.agentsBusy).toBeGreaterThan(0);
  });

  it('refuses agents and experts with 403', async () => {
    for (const username of ['zhang.wei', 'li.na']) {
      const response = await fetch('/api/supervisor/overview', { headers: bearer(await signIn(username)) });
      expect(response.status).toBe(403);
      expect(await response.json()).toMatchObject({ code: 'forbidden' });
    }
  });
});
