import { expect, it } from 'vitest';
import { getSipSettings } from '@/contract/endpoints/softphone';
import { call } from '../call';
import type { ContractTarget } from '../contract-target';

export function softphoneScenarios(target: () => ContractTarget): void {
  it('gives the seat its own SIP account, and ICE servers from the server (never a library default)', async () => {
    const answer = await call(await target().signIn('li.na'), getSipSettings);
    expect(answer.data).toMatchObject({
      uri: expect.stringMatching(/^sip:2001@/),
      authorizationUsername: '2001',
      displayName: '李娜',
      iceServers: expect.any(Array),
      autoAnswer: false,
    });
    expect(answer.data.wsUrl).toMatch(/^wss?:\/\//);
  });

  it('answers 401 without a session', async () => {
    expect((await call(target().anonymous(), getSipSettings)).status).toBe(401);
  });
}
