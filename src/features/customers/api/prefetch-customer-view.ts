import type { QueryClient } from '@tanstack/react-query';
import { accountsQueryOptions } from './get-accounts';
import { contactHistoryQueryOptions } from './get-contact-history';
import { customerQueryOptions } from './get-customer';
import { customerTicketsQueryOptions } from './get-customer-tickets';
import { evaluationsQueryOptions } from './get-evaluations';
import { marketingQueryOptions } from './get-marketing';
import { ordersQueryOptions } from './get-orders';
import { piiPolicyQueryOptions } from './get-pii-policy';
import { subscriptionsQueryOptions } from './get-subscriptions';

/**
 * Fetches a customer's whole view into the cache, so the panel is ready before the agent accepts the
 * contact: the header and the balance first (what the agent reads as it rings), then every section.
 * Failures are left for the sections to show with their own retry.
 */
export async function prefetchCustomerView(queryClient: QueryClient, customerId: string): Promise<void> {
  await Promise.all([queryClient.prefetchQuery(customerQueryOptions(customerId)), queryClient.prefetchQuery(accountsQueryOptions(customerId))]);
  await Promise.all([
    queryClient.prefetchQuery(subscriptionsQueryOptions(customerId)),
    queryClient.prefetchInfiniteQuery(contactHistoryQueryOptions(customerId)),
    queryClient.prefetchQuery(ordersQueryOptions(customerId)),
    queryClient.prefetchQuery(customerTicketsQueryOptions(customerId)),
    queryClient.prefetchQuery(evaluationsQueryOptions(customerId)),
    queryClient.prefetchQuery(marketingQueryOptions(customerId)),
    queryClient.prefetchQuery(piiPolicyQueryOptions()),
  ]);
}
