import { z } from 'zod/mini';
import { Channel } from './channel';

/** A contact (call, chat, SMS, email, social) offered to an agent; drives the ringing UI and the screen pop. */
export const OfferedContact = z.object({
  contactId: z.string(),
  channel: Channel,
  customerId: z.nullable(z.string()),
  /** Caller number, chat handle or email address. */
  from: z.string(),
  queueId: z.string(),
  /** What the IVR or bot collected before the agent. */
  intent: z.nullable(z.string()),
  verified: z.boolean(),
});
export type OfferedContact = z.infer<typeof OfferedContact>;
