import { endpoint } from '../core/endpoint';
import { SipSettings } from '../schemas/sip';

/** The softphone feature: where and as whom the seat's phone registers. */

export const getSipSettings = endpoint({
  id: 'softphone.settings',
  summary: "This seat's SIP account and ICE servers",
  method: 'GET',
  path: '/api/sip/settings',
  response: SipSettings,
});
