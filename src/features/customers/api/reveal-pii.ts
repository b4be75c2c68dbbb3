import { useMutation } from '@tanstack/react-query';
import { revealPii } from '@/contract/endpoints/customers';
import type { RevealRequest } from '@/contract/schemas/pii';
import { api } from '@/lib/api-client';

export interface RevealInput extends RevealRequest {
  customerId: string;
}

/**
 * Reveals one masked value (audited). The answer is never written to the query cache: it lives in the
 * component that shows it, and only until it expires.
 */
export function useRevealPii() {
  return useMutation({
    mutationFn: ({ customerId, ...body }: RevealInput) => api(revealPii, { params: { customerId }, body }),
  });
}
