import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-error';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // Retry only what may succeed on its own; a 4xx or a contract mismatch will not.
        retry: (count, error) => count < 2 && (!isApiError(error) || error.retryable),
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}
