import { expect, it } from 'vitest';
import { buildPath } from '@/contract/core/endpoint';
import { endpoints } from '@/contract/registry';
import type { ContractClient, ContractTarget } from '../contract-target';

/**
 * Every endpoint of the contract with every role: no session → 401 where a session is needed; a role the
 * endpoint does not allow → 403 with nothing of the data; an allowed role is never refused for who it is.
 * (Test controls and sign-out are left out: the one is not a user's, the other would end the walk.)
 */
export function roleMatrixScenarios(target: () => ContractTarget): void {
  const walked = endpoints.filter((e) => e.scope !== 'test' && e.id !== 'session.logout');
  const users = { agent: 'zhang.wei', expert: 'li.na', supervisor: 'wang.fang', admin: 'zhou.min' } as const;

  async function ask(client: ContractClient, ep: (typeof walked)[number]) {
    const params = Object.fromEntries([...ep.path.matchAll(/:([A-Za-z0-9_]+)/g)].map((m) => [m[1]!, 'matrix-probe']));
    return client.request(ep.method, buildPath(ep.path, params), ep.body ? { body: {} } : {});
  }

  it('refuses every endpoint that needs a session when there is none', async () => {
    for (const ep of walked) {
      const answer = await ask(target().anonymous(), ep);
      if (ep.auth === false) expect([401, 403], `${ep.id} without a session`).not.toContain(answer.status);
      else expect(answer.status, `${ep.id} without a session`).toBe(401);
    }
  });

  for (const [role, username] of Object.entries(users)) {
    it(`answers a ${role} by the roles each endpoint allows`, async () => {
      const client = await target().signIn(username);
      for (const ep of walked) {
        const answer = await ask(client, ep);
        const allowed = !ep.roles || (ep.roles as readonly string[]).includes(role);
        if (allowed) {
          expect([401, 403], `${ep.id} as ${role}: ${JSON.stringify(answer.body)}`).not.toContain(answer.status);
        } else {
          expect(answer.status, `${ep.id} as ${role}`).toBe(403);
          expect(Object.keys(answer.body as object).sort(), `${ep.id} as ${role}`).toEqual(['code', 'message']);
        }
      }
    });
  }
}
