import type { ErrorCodeOf, ErrorDetailsOf, Endpoint } from '@/contract/core/endpoint';
import type { ClientErrorCode } from '@/contract/core/api-error';

/**
 * The one error type every API call throws. `code` is translatable (`errors:<code>`); `status` is 0 for
 * network failures and timeouts. Narrow it to an endpoint's declared codes with `isApiErrorOf`.
 */
export class ApiError<C extends string = string, D = Record<string, unknown> | undefined> extends Error {
  readonly status: number;
  readonly code: C;
  readonly endpointId: string;
  readonly details: D;
  /** From `Retry-After` on a 429 or 503: how long the server asked us to wait; null when it did not say. */
  readonly retryAfterMs: number | null;

  constructor(init: { status: number; code: C; endpointId: string; message: string; details?: D; retryAfterMs?: number | null }) {
    super(init.message);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.endpointId = init.endpointId;
    this.details = init.details as D;
    this.retryAfterMs = init.retryAfterMs ?? null;
  }

  /** Worth retrying: the server or the network failed, not the request. */
  get retryable(): boolean {
    return this.status === 0 || this.status === 429 || this.status >= 500;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** An error of this endpoint's call with one of its declared codes, its details typed as the contract says. */
export function isApiErrorOf<E extends Endpoint, C extends ErrorCodeOf<E> | ClientErrorCode>(
  error: unknown,
  ep: E,
  code: C,
): error is ApiError<C, ErrorDetailsOf<E, C>> {
  return error instanceof ApiError && error.endpointId === ep.id && error.code === code;
}
