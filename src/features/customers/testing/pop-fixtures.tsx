import type { ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { CustomerSummary } from '@/contract/schemas/customer-view';
import type { Pop } from '../stores/pop-store';

/** A contact in hand: a call from 13800138000 nobody is known by yet, unless `change` says otherwise. */
export function makePop(change: Partial<Pop> = {}): Pop {
  return { key: 'ct-1', contactId: 'ct-1', callId: null, channel: 'voice', from: '13800138000', status: 'unknown', customerId: null, matches: [], intent: null, at: 0, ...change };
}

/** One customer a screen pop found behind a number. */
export function makeMatch(customerId: string, name: string): CustomerSummary {
  return { customerId, tenant: 'cn', name, level: 'standard', segment: 'consumer', city: '深圳', matchedOn: 'number', numberMasked: '138****8000', accountIds: [], flags: [] };
}

export function testQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false } } });
}

/** Renders inside a QueryClientProvider (kept on rerender): a fresh client, or the one given to seed its cache. */
export function renderWithQuery(ui: ReactNode, queryClient = testQueryClient()) {
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
  return { ...render(ui, { wrapper }), queryClient };
}
