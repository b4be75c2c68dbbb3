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
import { timelineMatches } from '@/domain/contact-timeline';
import { customerHeader } from '@/domain/customer-header';
import { evaluationsView, marketingView, ordersNewestFirst, ticketsOpenFirst } from '@/domain/customer-sections';
import { customerSummary } from '@/domain/customer-summary';
import { normalizeCaller } from '@/domain/normalize-caller';
import { paginate } from '@/domain/paginate';
import { assertMayReveal, piiPolicy, revealAuditDetails, revealedValue } from '@/domain/pii-policy';
import { piiValue } from '@/domain/pii-value';
import { subscriptionView } from '@/domain/subscription-view';
import { handle } from '@mocks/core/handle';
import { nextId, type MockDb } from '@mocks/core/mock-db';
import { customerInCentre, searchHits, callerMatches, type CustomerHit } from './customer-lookups';

function summaries(db: MockDb, hits: readonly CustomerHit[], now: number) {
  return hits.map((hit) => customerSummary(db.customerStore.summaries.get(hit.customerId)!, hit.matchedOn, hit.number, now));
}

/** The customer feature: search, the screen pop, the unified view a section at a time, PII reveal. */
export const customerHandlers = [
  handle(searchCustomers, ({ db, user, query, now }) => {
    const page = paginate(searchHits(db, user.tenant, classifySearch(query.q, user.tenant)), query, (hit) => hit.key);
    // Counting a name prefix would cost a store a scan: no total, as on every backend.
    return { items: summaries(db, page.items, now), nextCursor: page.nextCursor };
  }),

  handle(lookupCaller, ({ db, user, query, now }) => {
    const caller = normalizeCaller(query.from, user.tenant);
    const hits = callerMatches(db, caller).filter((hit) => db.customers.get(hit.customerId)?.tenant === user.tenant);
    return { normalized: caller.value, matches: summaries(db, hits, now) };
  }),

  handle(getCustomer, ({ db, user, params, now }) => customerHeader(customerInCentre(db, user, params.customerId), now)),

  handle(getSubscriptions, ({ db, user, params }) => ({ items: customerInCentre(db, user, params.customerId).subscriptions.map(subscriptionView) })),

  handle(getAccounts, ({ db, user, params }) => {
    const customer = customerInCentre(db, user, params.customerId);
    return { items: customer.accounts.map((a) => accountView(a, customer.subscriptions)) };
  }),

  handle(getContactHistory, ({ db, user, params, query }) => {
    customerInCentre(db, user, params.customerId);
    const rows = db.customerStore.timeline(params.customerId).filter((row) => timelineMatches(row.record, query));
    const page = paginate(rows, query, (row) => row.key);
    return { ...page, items: page.items.map((row) => row.record) };
  }),

  handle(getOrders, ({ db, user, params }) => ({ items: ordersNewestFirst(customerInCentre(db, user, params.customerId).orders) })),

  handle(getCustomerTickets, ({ db, user, params }) => ({ items: ticketsOpenFirst(customerInCentre(db, user, params.customerId).tickets) })),

  handle(getEvaluations, ({ db, user, params }) => {
    const customer = customerInCentre(db, user, params.customerId);
    return evaluationsView(customer.surveys, customer.tickets);
  }),

  handle(getMarketing, ({ db, user, params }) => {
    const customer = customerInCentre(db, user, params.customerId);
    return marketingView(customer.marketingOptOut, customer.marketing);
  }),

  handle(getUsage, ({ db, user, params }) => structuredClone(customerInCentre(db, user, params.customerId).behaviour)),

  handle(getPiiPolicy, ({ user }) => piiPolicy(user.role)),

  // Another centre's customer is a 404 before the role is even asked; every reveal is audited.
  handle(revealPii, ({ db, user, params, body, now }) => {
    const customer = customerInCentre(db, user, params.customerId);
    assertMayReveal(user.role, body.field);
    const subjectId = body.subjectId ?? null;
    const value = piiValue(customer, body.field, subjectId);
    db.audit.push(auditEntry(nextId(db, 'au'), 'pii_revealed', user, revealAuditDetails(customer.customerId, body.field, subjectId, body.reason), now));
    return revealedValue(body.field, subjectId, value, now);
  }),
];
