import { useCustomer } from '@/features/customers/api/get-customer';
import { CustomerContextPanel } from '@/features/customers/components/customer-context-panel';
import { useMe } from '@/features/session/api/get-me';
import { isApiError } from '@/lib/api-error';
import { NotFoundError } from '@/lib/router/not-found';
import { useCustomerSearchStore } from './customer-search-store';

export interface CustomerContextProps {
  /** The customer the URL names. */
  customerId: string | null;
}

/** The Customer tab of the workspace's context panel, for the signed-in agent. */
export function CustomerContext({ customerId }: CustomerContextProps) {
  const agentId = useMe().data?.id ?? 'anonymous';
  const openSearch = useCustomerSearchStore((s) => s.open);
  return <CustomerContextPanel customerId={customerId} agentId={agentId} onSearch={openSearch} />;
}

export interface CustomerFocusGuardProps {
  customerId: string;
}

/**
 * `/customers/:id` of a customer that does not exist (or another centre's) is the 404 page, not an empty
 * panel: rendered outside the panels' error boundaries, it throws NotFoundError to the route's.
 */
export function CustomerFocusGuard({ customerId }: CustomerFocusGuardProps) {
  const header = useCustomer(customerId);
  const missing = header.isError && isApiError(header.error) && header.error.status === 404;
  if (missing) throw new NotFoundError({ kind: 'customer', id: customerId });
  return null;
}
