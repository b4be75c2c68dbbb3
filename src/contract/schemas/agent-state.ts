import { z } from 'zod/mini';
import { Channel } from './channel';

/** 示闲 ready · 示忙 not ready · 话后处理 after-call work · busy while a contact is being handled. */
export const AgentStatus = z.enum(['ready', 'not_ready', 'after_call_work', 'busy', 'offline']);
export type AgentStatus = z.infer<typeof AgentStatus>;

/**
 * Reasons the agent picks, plus system reasons the desktop sets by itself (the agent cannot pick those):
 * `phone_unregistered` puts the seat Not ready while no call can reach it; `missed_offer` is set by the
 * server when an offer lapsed unanswered (the agent is probably away from the desk).
 */
export const NotReadyReason = z.enum(['break', 'meal', 'training', 'meeting', 'phone_unregistered', 'no_microphone', 'missed_offer']);
export type NotReadyReason = z.infer<typeof NotReadyReason>;
export const agentNotReadyReasons = ['break', 'meal', 'training', 'meeting'] as const satisfies readonly NotReadyReason[];
export const systemNotReadyReasons = ['phone_unregistered', 'no_microphone', 'missed_offer'] as const satisfies readonly NotReadyReason[];

export const AgentState = z.object({
  agentId: z.string(),
  status: AgentStatus,
  reason: z.nullable(NotReadyReason),
  /** When the current status began (ISO); the top bar's timer counts from here. */
  since: z.string(),
  /** Bumped on every change; a PUT with a stale version answers 409. */
  version: z.int(),
  /** Contacts the seat is handling now (calls reported by the desktop): Busy while any. */
  contacts: z.array(z.string()),
  /**
   * What the agent asked for while Busy, applied when after-call work ends (Not ready with a reason, say):
   * null means back to Ready.
   */
  pending: z.nullable(z.object({ status: z.enum(['ready', 'not_ready']), reason: z.nullable(NotReadyReason) })),
  /** While in after-call work started by a contact's end: when the queue's policy ends it (ISO). */
  acwEndsAt: z.nullable(z.string()),
});
export type AgentState = z.infer<typeof AgentState>;

/** A contact the desktop reports as started (a call answered, dialled, or taken over). */
export const ContactStart = z.strictObject({
  contactId: z.string().check(z.minLength(1), z.maxLength(200)),
  channel: Channel,
  /** The queue it came through, whose after-call-work policy applies; null for a direct or outbound call. */
  queueId: z.nullable(z.string()),
});
export type ContactStart = z.infer<typeof ContactStart>;

/**
 * What the desktop may ask for. The agent always picks a reason for Not ready; a reasonless Not ready is
 * only sent by the desktop itself to restore the state a seat had before a system reason (phone offline).
 */
export const AgentStateChange = z.strictObject({
  status: z.enum(['ready', 'not_ready', 'after_call_work']),
  reason: z.optional(z.nullable(NotReadyReason)),
});
export type AgentStateChange = z.infer<typeof AgentStateChange>;
