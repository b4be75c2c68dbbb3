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
 * Starts every request of a customer's view at once (header first), so the panel is ready before the
 * agent accepts the contact. Failures are left for the sections to show with their own retry.
 */
export function prefetchCustomerView(queryClient: QueryClient, customerId: string): Promise<void> {
  return Promise.all([
    queryClient.prefetchQuery(customerQueryOptions(customerId)),
    queryClient.prefetchQuery(accountsQueryOptions(customerId)),
    queryClient.prefetchQuery(subscriptionsQueryOptions(customerId)),
    queryClient.prefetchInfiniteQuery(contactHistoryQueryOptions(customerId)),
    queryClient.prefetchQuery(ordersQueryOptions(customerId)),
    queryClient.prefetchQuery(customerTicketsQueryOptions(customerId)),
    queryClient.prefetchQuery(evaluationsQueryOptions(customerId)),
    queryClient.prefetchQuery(marketingQueryOptions(customerId)),
    queryClient.prefetchQuery(piiPolicyQueryOptions()),
  ]).then(() => undefined);
}
