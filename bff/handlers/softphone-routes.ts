import { getSipSettings } from '@/contract/endpoints/softphone';
import { route } from '../server/contract-route';

/** The development Kamailio's shared REGISTER password (bff/sip/kamailio.cfg); a centre's PBX issues its own. */
const DEV_SIP_PASSWORD = 'zuoxi-dev';

export const softphoneRoutes = [
  route(getSipSettings, ({ deps, user }) => ({
    wsUrl: deps.config.sipWsUrl,
    uri: `sip:${user.extension}@pbx.test`,
    authorizationUsername: user.extension,
    authorizationPassword: DEV_SIP_PASSWORD,
    displayName: user.displayName,
    // Loopback to a local Kamailio needs no STUN/TURN; a deployment configures its own.
    iceServers: [],
    autoAnswer: false,
  })),
];
