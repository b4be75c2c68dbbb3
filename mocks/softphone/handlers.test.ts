import { describe, expect, it } from 'vitest';
import { SipSettings } from '@/contract/schemas/sip';
import { asSession, signIn, useMockServer } from '@/testing/use-mock-server';

describe('softphone settings', () => {
  useMockServer();

  it('gives the seat its SIP account on the loopback Kamailio', async () => {
    const response = await fetch('/api/sip/settings', { headers: asSession(await signIn('li.na')) });
    expect(SipSettings.parse(await response.json())).toEqual({
      wsUrl: 'ws://127.0.0.1:8088',
      uri: 'sip:2001@pbx.test',
      authorizationUsername: '2001',
      authorizationPassword: 'zuoxi-dev',
      displayName: '李娜',
      iceServers: [],
      autoAnswer: false,
    });
  });

  it('uses the WebSocket URL a voice test put in localStorage', async () => {
    localStorage.setItem('zuoxi.mock.sipWsUrl', 'ws://127.0.0.1:9099');
    const response = await fetch('/api/sip/settings', { headers: asSession(await signIn('zhang.wei')) });
    expect(((await response.json()) as { wsUrl: string }).wsUrl).toBe('ws://127.0.0.1:9099');
  });
});
