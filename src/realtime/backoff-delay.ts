export interface BackoffOptions {
  baseMs: number;
  capMs: number;
}

export const defaultBackoff: BackoffOptions = { baseMs: 500, capMs: 30_000 };

/**
 * Exponential back-off with full jitter (a uniform draw in [0, min(cap, base·2^(attempt-1))) ):
 * after a server restart every open tab would otherwise come back in lock-step.
 */
export function backoffDelay(attempt: number, random: () => number, options: BackoffOptions = defaultBackoff): number {
  const exponent = Math.max(0, attempt - 1);
  const ceiling = Math.min(options.capMs, options.baseMs * 2 ** Math.min(exponent, 30));
  return Math.floor(random() * ceiling);
}
