import { z } from 'zod/mini';
import { Channel } from './channel';

/** How the caller's identity was established, and by whom (身份验证: once per contact, not asked twice). */
export const VerificationMethod = z.enum(['ivr', 'channel', 'id_last4', 'bill_amount']);
export type VerificationMethod = z.infer<typeof VerificationMethod>;

/** A contact being handled: who it is linked to and whether the caller is verified. */
export const ContactView = z.object({
  contactId: z.string(),
  channel: Channel,
  /** The caller's number, email or handle as it arrived (a phone number masked). */
  fromMasked: z.string(),
  queueId: z.nullable(z.string()),
  customerId: z.nullable(z.string()),
  verified: z.boolean(),
  verification: z.nullable(z.object({ method: VerificationMethod, at: z.string(), by: z.nullable(z.string()) })),
  /** Quick checks left before they lock for this contact. */
  attemptsLeft: z.int(),
});
export type ContactView = z.infer<typeof ContactView>;

export const VerificationAttempt = z.strictObject({
  method: z.enum(['id_last4', 'bill_amount']),
  /** The last four of the ID number, or the amount of the latest bill. */
  answer: z.string().check(z.minLength(1), z.maxLength(20)),
});
export type VerificationAttempt = z.infer<typeof VerificationAttempt>;
