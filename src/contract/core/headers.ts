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
  /** Request, on every write of a signed-in session: the session's CSRF token (double submit). */
  csrf: 'X-CSRF-Token',
  /** Request, from the web chat widget: the customer's chat token (the widget has no agent session). */
  widgetToken: 'X-Widget-Token',
  /** Request, on an inbound SMS or email from a carrier or mail gateway, when the server is configured with one. */
  inboundToken: 'X-Inbound-Token',
} as const;

/** The cookies a backend sets at sign-in (both `SameSite=Strict`, `Secure` under TLS). */
export const contractCookies = {
  /** HttpOnly: the session. The page never reads it. */
  session: 'zuoxi_session',
  /** Readable by the page: the CSRF token to send back as `X-CSRF-Token` (and in the socket's `hello`). */
  csrf: 'zuoxi_csrf',
} as const;
