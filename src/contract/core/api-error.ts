import { z } from 'zod/mini';

/** The one error body every endpoint answers with on a non-2xx status. */
export const ApiErrorBody = z.object({
  code: z.string(),
  /** English fallback for logs; the UI translates `code` instead. */
  message: z.string(),
  details: z.optional(z.record(z.string(), z.unknown())),
});
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;

/**
 * Codes any endpoint may answer, with their status, beside the endpoint's own (`errors`). Which apply to an
 * endpoint follows from its descriptor: see `declaredErrors`.
 */
export const commonErrors = {
  /** No session, or an expired one. Only on endpoints with `auth !== false`. */
  unauthorized: { status: 401 },
  /** Signed in, but the role may not. Only on endpoints with `roles`. */
  forbidden: { status: 403 },
  /** A write of a signed-in session without the session's CSRF token (`X-CSRF-Token`). */
  csrf_failed: { status: 403 },
  /** Params, query or body outside the contract (malformed JSON, wrong types, unknown fields); `details.issues` names each field. */
  validation_failed: { status: 400 },
  /** A body over the size limit. */
  payload_too_large: { status: 413 },
  /** Too many requests; the answer carries `Retry-After` (seconds). */
  rate_limited: { status: 429 },
  /** The server failed (500), or is unavailable for a while (503, with `Retry-After`: the database is down, say). */
  server_error: { status: 500 },
} as const;
export type CommonErrorCode = keyof typeof commonErrors;

/** Codes the client makes up itself when no answer (or no usable answer) arrived; status 0 or the answer's. */
export const clientErrorCodes = ['timeout', 'network_error', 'contract_mismatch'] as const;
export type ClientErrorCode = (typeof clientErrorCodes)[number];

/** Statuses that may carry `Retry-After`. */
export const retryAfterStatuses: readonly number[] = [429, 503];
