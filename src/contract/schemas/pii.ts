import { z } from 'zod/mini';

/**
 * Personal data the server masks before it leaves (138****5678): phone numbers, ID numbers, addresses,
 * bank details, email addresses. A full value reaches the browser only when revealed, with a reason,
 * audited, and for a minute.
 */
export const PiiField = z.enum(['msisdn', 'id_number', 'address', 'bank_account', 'email']);
export type PiiField = z.infer<typeof PiiField>;

/** What the signed-in role may reveal, and for how long a revealed value may show. */
export const PiiPolicy = z.object({
  revealable: z.array(PiiField),
  revealSeconds: z.int(),
});
export type PiiPolicy = z.infer<typeof PiiPolicy>;

export const RevealRequest = z.strictObject({
  field: PiiField,
  /** Which one: the subscription of a number, the account of bank details; absent for the customer's own. */
  subjectId: z.optional(z.string().check(z.maxLength(100))),
  /** Why the agent needs it (recorded in the audit log). */
  reason: z.string().check(z.minLength(4), z.maxLength(200)),
});
export type RevealRequest = z.infer<typeof RevealRequest>;

export const RevealedValue = z.object({
  field: PiiField,
  subjectId: z.nullable(z.string()),
  value: z.string(),
  /** After this the desktop masks the value again (ISO). */
  expiresAt: z.string(),
});
export type RevealedValue = z.infer<typeof RevealedValue>;
