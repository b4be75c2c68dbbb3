import { z } from 'zod/mini';
import { Account, Behaviour, ContactRecord, CustomerLevel, CustomerSegment, IdType, MarketingRecord, Order, Subscription, SurveyResult } from '@/contract/schemas/customer';
import { Payment } from '@/contract/schemas/customer-view';
import { Locale, Tenant } from '@/contract/schemas/identity';
import { TicketSummary } from '@/contract/schemas/ticket';

/**
 * The customer as the store keeps it (a CRM/BOSS would): the whole aggregate, personal data in full. It
 * never leaves a backend as it is: the customer endpoints answer views of it, masked by src/domain.
 * The contract's sub-schemas (subscription, account, bill, contact…) are reused for its parts.
 */

export const SeedAddress = z.object({
  country: z.enum(['CN', 'GB', 'US']),
  region: z.nullable(z.string()),
  city: z.string(),
  district: z.nullable(z.string()),
  street: z.string(),
  postcode: z.string(),
});

export const SeedBankAccount = z.object({ bankName: z.string(), accountNumber: z.string() });

export const SeedSubscription = z.extend(Subscription, {
  /** The account this line is billed to. */
  accountId: z.string(),
  smsUsed: z.int(),
  /** What the plan includes each month. */
  allowance: z.object({ dataGb: z.number(), voiceMinutes: z.int(), sms: z.int() }),
});

export const SeedAccount = z.extend(Account, {
  name: z.string(),
  /** Bank details for direct debits and transfers; null for other payment methods. */
  bank: z.nullable(SeedBankAccount),
  payments: z.array(Payment),
});

export const SeedCustomer = z.object({
  customerId: z.string(),
  tenant: Tenant,
  name: z.string(),
  gender: z.enum(['female', 'male']),
  /** YYYY-MM-DD; null for a business (its licence has none). */
  birthDate: z.nullable(z.string()),
  idType: IdType,
  /** In full: resident ID (18 characters, valid check digit), licence, passport. */
  idNumber: z.string(),
  level: CustomerLevel,
  segment: CustomerSegment,
  city: z.string(),
  address: SeedAddress,
  email: z.nullable(z.string()),
  /** Registered contact numbers (联系电话) besides the customer's own lines: a family member's, the company's. */
  contactNumbers: z.array(z.string()),
  preferredLanguage: Locale,
  customerSince: z.string(),
  marketingOptOut: z.boolean(),
  subscriptions: z.array(SeedSubscription),
  /** The first is the customer's main account; families and businesses may have several. */
  accounts: z.array(SeedAccount),
  orders: z.array(Order),
  /** Newest first. */
  contacts: z.array(ContactRecord),
  tickets: z.array(TicketSummary),
  surveys: z.array(SurveyResult),
  marketing: z.array(MarketingRecord),
  behaviour: Behaviour,
});
export type SeedCustomer = z.infer<typeof SeedCustomer>;
export type SeedSubscription = z.infer<typeof SeedSubscription>;
export type SeedAccount = z.infer<typeof SeedAccount>;
export type SeedAddress = z.infer<typeof SeedAddress>;
