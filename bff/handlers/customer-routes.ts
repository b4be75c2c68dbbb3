import {
  getAccounts,
  getContactHistory,
  getCustomer,
  getCustomerTickets,
  getEvaluations,
  getMarketing,
  getOrders,
  getPiiPolicy,
  getSubscriptions,
  getUsage,
  lookupCaller,
  revealPii,
  searchCustomers,
} from '@/contract/endpoints/customers';
import { accountView } from '@/domain/account-view';
import { auditEntry } from '@/domain/audit-entry';
import { classifySearch } from '@/domain/classify-search';
import { customerHeader } from '@/domain/customer-header';
import { evaluationsView, marketingView, ordersNewestFirst, ticketsOpenFirst } from '@/domain/customer-sections';
import { normalizeCaller } from '@/domain/normalize-caller';
import { assertMayReveal, piiPolicy, revealAuditDetails, revealedValue } from '@/domain/pii-policy';
import { piiValue } from '@/domain/pii-value';
import { subscriptionView } from '@/domain/subscription-view';
import { route } from '../server/contract-route';
import { assertCustomerInCentre, callerMatches, customerInCentre, searchPage, summariesFor } from '../services/customer-lookups';
import { appendAudit } from '../store/audit-queries';
import { nextId } from '../store/misc-queries';
import { timelinePage } from '../store/timeline-queries';

/** The customer feature: the same rules as the mocks, over the store's indexes. */
export const customerRoutes = [
  route(searchCustomers, async ({ deps, user, query, now }) => {
    const page = await searchPage(deps.db, user.tenant, classifySearch(query.q, user.tenant), query);
    return { items: await summariesFor(deps.db, page.items, now), nextCursor: page.nextCursor };
  }),

  route(lookupCaller, async ({ deps, user, query, now }) => {
    const caller = normalizeCaller(query.from, user.tenant);
    return { normalized: caller.value, matches: await summariesFor(deps.db, await callerMatches(deps.db, caller, user.tenant), now) };
  }),

  route(getCustomer, async ({ deps, user, params, now }) => customerHeader(await customerInCentre(deps.db, user, params.customerId, now), now)),

  route(getSubscriptions, async ({ deps, user, params, now }) => ({ items: (await customerInCentre(deps.db, user, params.customerId, now)).subscriptions.map(subscriptionView) })),

  route(getAccounts, async ({ deps, user, params, now }) => {
    const customer = await customerInCentre(deps.db, user, params.customerId, now);
    return { items: customer.accounts.map((a) => accountView(a, customer.subscriptions)) };
  }),

  route(getContactHistory, async ({ deps, user, params, query }) => {
    await assertCustomerInCentre(deps.db, user, params.customerId);
    return timelinePage(deps.db, params.customerId, query);
  }),

  route(getOrders, async ({ deps, user, params, now }) => ({ items: ordersNewestFirst((await customerInCentre(deps.db, user, params.customerId, now)).orders) })),

  route(getCustomerTickets, async ({ deps, user, params, now }) => ({ items: ticketsOpenFirst((await customerInCentre(deps.db, user, params.customerId, now)).tickets) })),

  route(getEvaluations, async ({ deps, user, params, now }) => {
    const customer = await customerInCentre(deps.db, user, params.customerId, now);
    return evaluationsView(customer.surveys, customer.tickets);
  }),

  route(getMarketing, async ({ deps, user, params, now }) => {
    const customer = await customerInCentre(deps.db, user, params.customerId, now);
    return marketingView(customer.marketingOptOut, customer.marketing);
  }),

  route(getUsage, async ({ deps, user, params, now }) => (await customerInCentre(deps.db, user, params.customerId, now)).behaviour),

  route(getPiiPolicy, ({ user }) => piiPolicy(user.role)),

  // Another centre's customer is a 404 before the role is even asked; every reveal is audited.
  route(revealPii, async ({ deps, user, params, body, now }) => {
    const customer = await customerInCentre(deps.db, user, params.customerId, now);
    assertMayReveal(user.role, body.field);
    const subjectId = body.subjectId ?? null;
    const value = piiValue(customer, body.field, subjectId);
    await appendAudit(deps.db, auditEntry(await nextId(deps.db, 'au'), 'pii_revealed', user, revealAuditDetails(customer.customerId, body.field, subjectId, body.reason), now));
    return revealedValue(body.field, subjectId, value, now);
  }),
];
