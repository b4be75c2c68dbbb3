/**
 * A rule said no. `code` is one the contract declares for the endpoint at hand (or a common one); the
 * transport (MSW handler or BFF route) turns it into the status the contract gives that code.
 */
export class DomainError extends Error {
  readonly code: string;
  readonly details: Record<string, unknown> | undefined;
  /** For `rate_limited`: seconds until trying again makes sense (sent as Retry-After). */
  readonly retryAfterSec: number | null;

  constructor(code: string, message: string, options: { details?: Record<string, unknown>; retryAfterSec?: number } = {}) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.details = options.details;
    this.retryAfterSec = options.retryAfterSec ?? null;
  }
}
