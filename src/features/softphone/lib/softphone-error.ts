/**
 * An error a SoftphonePort rejects with. `code` is a stable token the UI turns into a message
 * (softphone:errors.<code>): not_registered, auth_failed, transfer_busy, transfer_not_found,
 * consult_busy, consult_not_found, … Adapters may throw plain Errors too; see errorCode().
 */
export class SoftphoneError extends Error {
  readonly code: string;

  constructor(code: string, message?: string) {
    super(message ?? code);
    this.name = 'SoftphoneError';
    this.code = code;
  }
}

/** The code of anything a port threw: a `code` property if present, else 'unknown'. */
export function errorCode(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') return error.code;
  return 'unknown';
}
