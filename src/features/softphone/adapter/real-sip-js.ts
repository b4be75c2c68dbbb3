import { Inviter, Registerer, SIPExtension, UserAgent, Web, type URI } from 'sip.js';
import type { SipInvitation, SipInviter, SipJs, SipRegisterer } from './sip-js-api';

/**
 * sip.js itself behind the adapter's narrow SipJs surface. The casts are where its classes meet our
 * interfaces: they expose more than we use (and a URI or a user agent we hand back is always theirs).
 */
export const realSipJs: SipJs = {
  makeURI: (text) => UserAgent.makeURI(text),

  createUserAgent(options) {
    const { settings } = options;
    return new UserAgent({
      uri: options.uri as URI,
      displayName: settings.displayName,
      authorizationUsername: settings.authorizationUsername,
      authorizationPassword: settings.authorizationPassword,
      transportOptions: { server: settings.wsUrl, connectionTimeout: 5 },
      // Without it an attended transfer's INVITE with Replaces is taken as a new call.
      sipExtensionReplaces: SIPExtension.Supported,
      sessionDescriptionHandlerFactory: Web.defaultSessionDescriptionHandlerFactory((constraints) => options.getMicrophone(constraints)),
      sessionDescriptionHandlerFactoryOptions: {
        // Replaces sip.js's default public STUN server: ICE servers only ever come from our settings.
        peerConnectionConfiguration: { iceServers: settings.iceServers },
        iceGatheringTimeout: options.iceGatheringTimeoutMs,
      },
      logLevel: options.logLevel,
      delegate: {
        onInvite: (invitation) => options.onInvite(invitation as unknown as SipInvitation),
        onDisconnect: (error) => options.onDisconnect(error),
      },
    });
  },

  createRegisterer: (userAgent, options) => new Registerer(userAgent as UserAgent, options) as unknown as SipRegisterer,

  createInviter: (userAgent, target, options) => new Inviter(userAgent as UserAgent, target as URI, options) as unknown as SipInviter,
};
