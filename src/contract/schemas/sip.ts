import { z } from 'zod/mini';

export const IceServer = z.object({
  urls: z.union([z.string(), z.array(z.string())]),
  username: z.optional(z.string()),
  credential: z.optional(z.string()),
});

/** Where and as whom this seat's softphone registers. ICE servers always come from here, never a library default. */
export const SipSettings = z.object({
  wsUrl: z.string(),
  uri: z.string(),
  authorizationUsername: z.string(),
  authorizationPassword: z.string(),
  displayName: z.string(),
  iceServers: z.array(IceServer),
  /** Answer inbound calls without a click (the agent can turn it off). */
  autoAnswer: z.boolean(),
});
export type SipSettings = z.infer<typeof SipSettings>;
