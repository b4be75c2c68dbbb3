/**
 * The one error type every API call throws. `code` is translatable (`errors:<code>`); `status` is 0 for
 * network failures and timeouts.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly endpointId: string;
  readonly details: Record<string, unknown> | undefined;

  constructor(init: { status: number; code: string; endpointId: string; message: string; details?: Record<string, unknown> }) {
    super(init.message);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.endpointId = init.endpointId;
    this.details = init.details;
  }

  /** Worth retrying: the server or the network failed, not the request. */
  get retryable(): boolean {
    return this.status === 0 || this.status === 429 || this.status >= 500;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
