/** The HTTP headers the contract relies on, named once. */
export const contractHeaders = {
  /** Request, on writes: a repeated key is applied once and answers the first result again. */
  idempotencyKey: 'Idempotency-Key',
  /** Response: set on an answer replayed for a repeated Idempotency-Key. */
  idempotentReplayed: 'Idempotent-Replayed',
  /** Request: the version the client last saw; a stale one answers the endpoint's conflict error. */
  ifMatch: 'If-Match',
  /** Response, on 429 and 503: seconds to wait before trying again. */
  retryAfter: 'Retry-After',
} as const;
