/**
 * The store cannot be reached (PostgreSQL restarting, the network to it down): the answer is 503 with
 * Retry-After, and the next request tries again — the pool reconnects by itself.
 */
export function isStoreUnavailable(error: unknown): boolean {
  const e = error as { code?: string; message?: string; cause?: unknown } | null;
  if (!e) return false;
  const codes = ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006'];
  if (e.code && codes.includes(e.code)) return true;
  if (/Connection terminated|connection timeout|Client has encountered a connection error|timeout exceeded when trying to connect/i.test(e.message ?? '')) return true;
  return e.cause ? isStoreUnavailable(e.cause) : false;
}
