import type { MiddlewareHandler } from 'hono';

/**
 * Headers on every answer: a strict Content-Security-Policy (no inline script; the built desktop runs
 * under it — MUI's emotion writes style elements, hence inline styles only), no framing, no sniffing, no
 * referrer beyond the origin, and HSTS when served over TLS.
 */
export function securityHeaders(options: { sipWsUrl: string; secure: (url: string, forwardedProto: string | undefined) => boolean }): MiddlewareHandler {
  let sipOrigin = '';
  try {
    const url = new URL(options.sipWsUrl);
    sipOrigin = `${url.protocol}//${url.host}`;
  } catch {
    // No phone server configured: the page connects to its own origin only.
  }
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    // https: for an email's remote images, which its frame loads only once the agent asks (the frame's own
    // policy, written in its srcdoc, blocks them until then); scripts stay our own.
    "img-src 'self' data: blob: https:",
    "font-src 'self' data:",
    `connect-src 'self'${sipOrigin ? ` ${sipOrigin}` : ''}`,
    "media-src 'self' blob:",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
  return async (c, next) => {
    await next();
    const headers = c.res.headers;
    headers.set('Content-Security-Policy', csp);
    headers.set('X-Content-Type-Options', 'nosniff');
    headers.set('X-Frame-Options', 'DENY');
    headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
    headers.set('Cross-Origin-Opener-Policy', 'same-origin');
    headers.set('Permissions-Policy', 'camera=(), geolocation=(), microphone=(self)');
    if (options.secure(c.req.url, c.req.header('x-forwarded-proto'))) headers.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  };
}
