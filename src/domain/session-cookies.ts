import { contractCookies } from '@/contract/core/headers';
import { SESSION_ABSOLUTE_MS } from './session-rules';

/**
 * The Set-Cookie values a sign-in answers with: the session (HttpOnly: no script reads it) and the CSRF
 * token (readable: the page sends it back on writes). Both SameSite=Strict, and Secure when served over TLS.
 */
export function sessionCookies(session: { id: string; csrf: string }, options: { secure: boolean }): string[] {
  const common = `Path=/; SameSite=Strict; Max-Age=${SESSION_ABSOLUTE_MS / 1000}${options.secure ? '; Secure' : ''}`;
  return [`${contractCookies.session}=${session.id}; HttpOnly; ${common}`, `${contractCookies.csrf}=${session.csrf}; ${common}`];
}

/** What sign-out answers with: both cookies gone. */
export function clearedSessionCookies(options: { secure: boolean }): string[] {
  const common = `Path=/; SameSite=Strict; Max-Age=0${options.secure ? '; Secure' : ''}`;
  return [`${contractCookies.session}=; HttpOnly; ${common}`, `${contractCookies.csrf}=; ${common}`];
}

/** Reads a Cookie header into name → value (the last of a repeated name wins). */
export function parseCookieHeader(header: string | null | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index < 0) continue;
    const name = part.slice(0, index).trim();
    if (!name) continue;
    try {
      out[name] = decodeURIComponent(part.slice(index + 1).trim());
    } catch {
      out[name] = part.slice(index + 1).trim();
    }
  }
  return out;
}
