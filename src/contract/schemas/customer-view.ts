import { z } from 'zod/mini';
import { Channel } from './channel';
import { Account, Bill, Behaviour, ContactRecord, CustomerLevel, CustomerSegment, IdType, MarketingRecord, Order, SurveyResult, Subscription } from './customer';
import { Locale, Tenant } from './identity';
import { TicketSummary } from './ticket';

/**
 * The customer as the desktop sees it (统一客户视图): masked by the server, a section per endpoint so each
 * loads and fails on its own. A backend's whole customer is its own (the mocks' `SeedCustomer`); these are the answers.
 */

/** At-a-glance signals for the header: who this is and what to watch for. */
export const CustomerFlag = z.enum(['vip', 'open_complaint', 'do_not_market', 'arrears', 'enterprise', 'family_plan', 'senior']);
export type CustomerFlag = z.infer<typeof CustomerFlag>;

export const CustomerHeader = z.object({
  customerId: z.string(),
  tenant: Tenant,
  name: z.string(),
  gender: z.enum(['female', 'male']),
  level: CustomerLevel,
  segment: CustomerSegment,
  city: z.string(),
  preferredLanguage: Locale,
  customerSince: z.string(),
  idType: IdType,
  idNumberMasked: z.string(),
  addressMasked: z.string(),
  emailMasked: z.nullable(z.string()),
  /** The customer's main number, masked. */
  primaryNumberMasked: z.string(),
  flags: z.array(CustomerFlag),
});
export type CustomerHeader = z.infer<typeof CustomerHeader>;

/** One row of a search or a screen-pop picker: enough to choose the right customer, nothing more. */
export const CustomerSummary = z.object({
  customerId: z.string(),
  tenant: Tenant,
  name: z.string(),
  level: CustomerLevel,
  segment: CustomerSegment,
  city: z.string(),
  /** What matched the query (a number, a name, an ID, an account). */
  matchedOn: z.enum(['number', 'name', 'id_number', 'account', 'email', 'customer_id']),
  /** The matched number or the main number, masked. */
  numberMasked: z.string(),
  accountIds: z.array(z.string()),
  flags: z.array(CustomerFlag),
});
export type CustomerSummary = z.infer<typeof CustomerSummary>;

export const SubscriptionView = z.extend(z.omit(Subscription, { msisdn: true }), {
  msisdnMasked: z.string(),
  accountId: z.string(),
  /** The plan's allowances, for usage bars. */
  dataGb: z.number(),
  voiceMinutes: z.int(),
  smsUsed: z.int(),
  smsIncluded: z.int(),
});
export type SubscriptionView = z.infer<typeof SubscriptionView>;

export const Payment = z.object({ at: z.string(), amount: z.number(), method: Account.shape.paymentMethod });
export type Payment = z.infer<typeof Payment>;

/** An account (帐户): several may stand behind one customer (family plan, enterprise lines). */
export const AccountView = z.object({
  accountId: z.string(),
  name: z.string(),
  currency: Account.shape.currency,
  balance: z.number(),
  arrears: z.number(),
  creditLimit: z.number(),
  paymentMethod: Account.shape.paymentMethod,
  billingDay: z.int(),
  bankAccountMasked: z.nullable(z.string()),
  /** The last six bills, oldest first. */
  bills: z.array(Bill),
  payments: z.array(Payment),
  /** The numbers billed to this account, masked. */
  numbersMasked: z.array(z.string()),
});
export type AccountView = z.infer<typeof AccountView>;

export const ContactTimelineQuery = z.object({
  channel: z.optional(Channel),
  /** Words in the intent or summary. */
  q: z.optional(z.string().check(z.maxLength(100))),
});

export const Evaluations = z.object({
  surveys: z.array(SurveyResult),
  /** Complaints (投诉), open and past. */
  complaints: z.array(TicketSummary),
  /** Average survey score, 1–5; null with no survey. */
  averageScore: z.nullable(z.number()),
});
export type Evaluations = z.infer<typeof Evaluations>;

export const MarketingView = z.object({
  optedOut: z.boolean(),
  records: z.array(MarketingRecord),
});
export type MarketingView = z.infer<typeof MarketingView>;

export { Behaviour, ContactRecord, Order, TicketSummary };
