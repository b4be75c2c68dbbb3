/**
 * The one error a SoftphonePort rejects with (the sip.js adapter, the fake and the multi-tab remote port
 * alike). `code` is a stable token the UI turns into a message (softphone:errors.<code>): not_registered,
 * invalid_credentials, transfer_target_busy, consult_target_not_found, unknown_call, …
 */
export class SoftphoneError extends Error {
  readonly code: string;

  constructor(code: string, message?: string) {
    super(message ?? code);
    this.name = 'SoftphoneError';
    this.code = code;
  }
}

/** The code of anything a port threw: a `code` property if present, else `fallback`. */
export function errorCode(error: unknown, fallback = 'unknown'): string {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') return error.code;
  return fallback;
}

/** What a port rejects with: a SoftphoneError as is, anything else (a library's own Error) as `fallback`. */
export function toSoftphoneError(error: unknown, fallback: string): SoftphoneError {
  return error instanceof SoftphoneError ? error : new SoftphoneError(fallback);
}
