import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-error';

/** How long to wait before retry `attempt`: what the server asked for (Retry-After), else a short back-off. */
export function retryDelay(attempt: number, error: unknown): number {
  if (isApiError(error) && error.retryAfterMs !== null) return Math.min(error.retryAfterMs, 30_000);
  return Math.min(1000 * 2 ** attempt, 8_000);
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // Retry only what may succeed on its own; a 4xx or a contract mismatch will not.
        retry: (count, error) => count < 2 && (!isApiError(error) || error.retryable),
        // A 429 or 503 says when to come back: honour it rather than hammer a struggling server.
        retryDelay,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}
