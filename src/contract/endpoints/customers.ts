import { z } from 'zod/mini';
import { endpoint } from '../core/endpoint';
import { PageQuery, pageOf } from '../core/pagination';
import { AccountView, ContactRecord, ContactTimelineQuery, CustomerHeader, CustomerSummary, Evaluations, MarketingView, Order, SubscriptionView, TicketSummary } from '../schemas/customer-view';
import { Behaviour } from '../schemas/customer';
import { PiiPolicy, RevealedValue, RevealRequest } from '../schemas/pii';

/**
 * The customer feature: find a customer, and the unified view a section at a time. Everything is scoped
 * to the viewer's centre (another centre's customer answers 404) and masked by the server.
 */

const customerParams = z.object({ customerId: z.string().check(z.minLength(1), z.maxLength(64)) });
const notFound = { not_found: { status: 404, description: 'No such customer in your centre.' } } as const;

export const searchCustomers = endpoint({
  id: 'customers.search',
  summary: 'Find customers by number, name, ID number, account or customer id',
  method: 'GET',
  path: '/api/customers',
  query: z.extend(PageQuery, { q: z.string().check(z.minLength(2), z.maxLength(64)) }),
  response: pageOf(CustomerSummary),
});

export const lookupCaller = endpoint({
  id: 'customers.lookup',
  summary: 'Who is calling (screen pop): the customers behind a number, email address or chat identity',
  method: 'GET',
  // Not under /api/customers/: an id route there would read "lookup" as a customer id.
  path: '/api/callers',
  query: z.object({ from: z.string().check(z.minLength(1), z.maxLength(128)) }),
  response: z.object({
    /** The number as the store keeps it (+86 and separators gone), or the email/handle as given. */
    normalized: z.string(),
    /** None: unknown caller. One: pop it. Several: let the agent pick, never guess. */
    matches: z.array(CustomerSummary),
  }),
  errors: { invalid_number: { status: 422, description: 'Not a phone number, email address or handle.' } },
});

export const getCustomer = endpoint({
  id: 'customers.get',
  summary: "A customer's header: who this is, level, tags and risk flags",
  method: 'GET',
  path: '/api/customers/:customerId',
  params: customerParams,
  response: CustomerHeader,
  errors: notFound,
});

export const getSubscriptions = endpoint({
  id: 'customers.subscriptions',
  summary: "A customer's numbers, plans, handsets and this month's use",
  method: 'GET',
  path: '/api/customers/:customerId/subscriptions',
  params: customerParams,
  response: z.object({ items: z.array(SubscriptionView) }),
  errors: notFound,
});

export const getAccounts = endpoint({
  id: 'customers.accounts',
  summary: "A customer's accounts: balance, arrears, the last six bills, payments",
  method: 'GET',
  path: '/api/customers/:customerId/accounts',
  params: customerParams,
  response: z.object({ items: z.array(AccountView) }),
  errors: notFound,
});

export const getContactHistory = endpoint({
  id: 'customers.contacts',
  summary: 'Every past contact on every channel, newest first, by channel and words',
  method: 'GET',
  path: '/api/customers/:customerId/contacts',
  params: customerParams,
  query: z.extend(PageQuery, ContactTimelineQuery.shape),
  response: pageOf(ContactRecord),
  errors: notFound,
});

export const getOrders = endpoint({
  id: 'customers.orders',
  summary: "A customer's orders, newest first",
  method: 'GET',
  path: '/api/customers/:customerId/orders',
  params: customerParams,
  response: z.object({ items: z.array(Order) }),
  errors: notFound,
});

export const getCustomerTickets = endpoint({
  id: 'customers.tickets',
  summary: "A customer's tickets and service requests, open first",
  method: 'GET',
  path: '/api/customers/:customerId/tickets',
  params: customerParams,
  response: z.object({ items: z.array(TicketSummary) }),
  errors: notFound,
});

export const getEvaluations = endpoint({
  id: 'customers.evaluations',
  summary: 'Past survey scores and complaints',
  method: 'GET',
  path: '/api/customers/:customerId/evaluations',
  params: customerParams,
  response: Evaluations,
  errors: notFound,
});

export const getMarketing = endpoint({
  id: 'customers.marketing',
  summary: 'Offers made and their outcome, and opt-outs',
  method: 'GET',
  path: '/api/customers/:customerId/marketing',
  params: customerParams,
  response: MarketingView,
  errors: notFound,
});

export const getUsage = endpoint({
  id: 'customers.usage',
  summary: 'Usage trend and behaviour (data per month, app logins, roaming)',
  method: 'GET',
  path: '/api/customers/:customerId/usage',
  params: customerParams,
  response: Behaviour,
  errors: notFound,
});

export const getPiiPolicy = endpoint({
  id: 'customers.pii_policy',
  summary: 'Which masked fields the signed-in role may reveal, and for how long',
  method: 'GET',
  path: '/api/pii/policy',
  response: PiiPolicy,
});

export const revealPii = endpoint({
  id: 'customers.reveal',
  summary: 'Reveal one masked value, with a reason; audited',
  method: 'POST',
  path: '/api/customers/:customerId/reveal',
  params: customerParams,
  body: RevealRequest,
  response: RevealedValue,
  errors: { ...notFound, pii_forbidden: { status: 403, description: 'This role may not reveal this field.' } },
});
