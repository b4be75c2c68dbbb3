import { z } from 'zod/mini';

/** The one error body every endpoint answers with on a non-2xx status. */
export const ApiErrorBody = z.object({
  code: z.string(),
  /** English fallback for logs; the UI translates `code` instead. */
  message: z.string(),
  details: z.optional(z.record(z.string(), z.unknown())),
});
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;

/** Error codes shared by every endpoint (besides each endpoint's own). */
export const commonErrorCodes = [
  'unauthorized',
  'forbidden',
  'not_found',
  'validation_failed',
  'rate_limited',
  'server_error',
  'timeout',
  'network_error',
  'contract_mismatch',
] as const;
