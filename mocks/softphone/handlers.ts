import { getSipSettings } from '@/contract/endpoints/softphone';
import { handle } from '@mocks/core/handle';

export const SIP_WS_URL_KEY = 'zuoxi.mock.sipWsUrl';
export const DEFAULT_SIP_WS_URL = 'ws://127.0.0.1:8088';
export const MOCK_SIP_PASSWORD = 'zuoxi-dev';

/** Voice tests point the softphone at another Kamailio by setting localStorage before the app loads. */
function sipWsUrl(): string {
  try {
    if (typeof localStorage !== 'undefined') return localStorage.getItem(SIP_WS_URL_KEY) ?? DEFAULT_SIP_WS_URL;
  } catch {
    // Storage disabled: fall through to the default.
  }
  return DEFAULT_SIP_WS_URL;
}

export const softphoneHandlers = [
  handle(getSipSettings, ({ user }) => ({
    wsUrl: sipWsUrl(),
    uri: `sip:${user.extension}@pbx.test`,
    authorizationUsername: user.extension,
    authorizationPassword: MOCK_SIP_PASSWORD,
    displayName: user.displayName,
    // Loopback to a local Kamailio needs no STUN/TURN.
    iceServers: [],
    autoAnswer: false,
  })),
];
