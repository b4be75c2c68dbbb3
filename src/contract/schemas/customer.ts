import { z } from 'zod/mini';
import { Channel } from './channel';
import { Tenant } from './identity';

/**
 * The parts of the unified customer view (统一客户视图): basic (subscriptions, account), service (contacts,
 * orders) and extended (behaviour, marketing, evaluations). The views in customer-view.ts are built from
 * them; the store's whole customer (with its personal data in full) is a backend's business, not the
 * wire's (the mocks' is `SeedCustomer`).
 * Money is in major units of `currency` (元, £, $), rounded to cents.
 */

/** 普通 / 银卡 / 金卡 / 钻石. */
export const CustomerLevel = z.enum(['standard', 'silver', 'gold', 'diamond']);
export type CustomerLevel = z.infer<typeof CustomerLevel>;

export const CustomerSegment = z.enum(['consumer', 'family', 'youth', 'senior', 'enterprise']);
export type CustomerSegment = z.infer<typeof CustomerSegment>;

export const IdType = z.enum(['resident_id', 'passport', 'driving_licence', 'business_licence']);
export type IdType = z.infer<typeof IdType>;

export const Currency = z.enum(['CNY', 'GBP', 'USD']);
export type Currency = z.infer<typeof Currency>;

export const Plan = z.object({
  planId: z.string(),
  tenant: Tenant,
  name: z.string(),
  monthlyFee: z.number(),
  currency: Currency,
  dataGb: z.number(),
  voiceMinutes: z.int(),
  network: z.enum(['4G', '5G']),
});
export type Plan = z.infer<typeof Plan>;

export const Subscription = z.object({
  subscriptionId: z.string(),
  msisdn: z.string(),
  planId: z.string(),
  planName: z.string(),
  status: z.enum(['active', 'suspended', 'terminated']),
  network: z.enum(['4G', '5G']),
  handset: z.string(),
  activatedAt: z.string(),
  /** This billing month so far. */
  dataUsedGb: z.number(),
  voiceMinutesUsed: z.int(),
});
export type Subscription = z.infer<typeof Subscription>;

export const Bill = z.object({ period: z.string(), amount: z.number(), paid: z.boolean() });
export type Bill = z.infer<typeof Bill>;

export const Account = z.object({
  accountId: z.string(),
  currency: Currency,
  balance: z.number(),
  /** 欠费: unpaid amount due; 0 when the account is in good standing. */
  arrears: z.number(),
  creditLimit: z.number(),
  paymentMethod: z.enum(['direct_debit', 'card', 'alipay', 'wechat_pay', 'bank_transfer', 'prepaid_topup']),
  billingDay: z.int().check(z.minimum(1), z.maximum(28)),
  bills: z.array(Bill),
});
export type Account = z.infer<typeof Account>;

export const Order = z.object({
  orderId: z.string(),
  type: z.enum(['plan_change', 'new_line', 'add_on', 'handset', 'number_port', 'cancellation']),
  title: z.string(),
  status: z.enum(['completed', 'in_progress', 'cancelled']),
  amount: z.number(),
  createdAt: z.string(),
});
export type Order = z.infer<typeof Order>;

export const ContactRecord = z.object({
  contactId: z.string(),
  channel: Channel,
  direction: z.enum(['inbound', 'outbound']),
  at: z.string(),
  durationSec: z.int(),
  agentId: z.nullable(z.string()),
  queueId: z.nullable(z.string()),
  intent: z.string(),
  summary: z.string(),
  resolved: z.boolean(),
});
export type ContactRecord = z.infer<typeof ContactRecord>;

export const SurveyResult = z.object({
  surveyId: z.string(),
  contactId: z.string(),
  channel: z.enum(['sms', 'ivr', 'web']),
  /** 1 (very unsatisfied) … 5 (very satisfied). */
  score: z.int().check(z.minimum(1), z.maximum(5)),
  comment: z.nullable(z.string()),
  at: z.string(),
});
export type SurveyResult = z.infer<typeof SurveyResult>;

export const MarketingRecord = z.object({
  offerId: z.string(),
  offerName: z.string(),
  channel: Channel,
  outcome: z.enum(['presented', 'accepted', 'declined']),
  at: z.string(),
});
export type MarketingRecord = z.infer<typeof MarketingRecord>;

export const Behaviour = z.object({
  /** Data used per month, oldest first, last six months. */
  monthlyDataGb: z.array(z.number()),
  appLogins30d: z.int(),
  roamingLast90d: z.boolean(),
});
export type Behaviour = z.infer<typeof Behaviour>;
