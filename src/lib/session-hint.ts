import { contractCookies } from '@/contract/core/headers';

/**
 * The session lives in an HttpOnly cookie the page cannot read. Beside it the server sets a readable CSRF
 * cookie: the page sends it back on every write (X-CSRF-Token) and in the socket's hello, and its
 * presence tells the page it (probably) has a session worth asking /me about. All tabs of a browser
 * share both cookies, so they share the session. Listeners hear about an expired session once.
 */
type Listener = () => void;
const unauthorizedListeners = new Set<Listener>();
const sessionListeners = new Set<(signedIn: boolean) => void>();
// Set at sign-in too: a browser that refuses script-readable cookies still works for this tab.
let remembered: string | null = null;

function readCookie(name: string): string | null {
  if (typeof document === 'undefined') return null;
  for (const part of document.cookie.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) {
      const value = rest.join('=');
      return value ? decodeURIComponent(value) : null;
    }
  }
  return null;
}

export function getCsrfToken(): string | null {
  return readCookie(contractCookies.csrf) ?? remembered;
}

export function hasSession(): boolean {
  return getCsrfToken() !== null;
}

/** After a sign-in: the CSRF token the server answered with. */
export function rememberSession(csrfToken: string): void {
  remembered = csrfToken;
  for (const listener of sessionListeners) listener(true);
}

/** After sign-out, or once the server says the session is gone: the page stops presenting it. */
export function forgetSession(): void {
  remembered = null;
  if (typeof document !== 'undefined') document.cookie = `${contractCookies.csrf}=; Path=/; Max-Age=0; SameSite=Strict`;
  for (const listener of sessionListeners) listener(false);
}

/** Hears sign-in and sign-out in this tab (a re-authenticated session restarts the realtime socket). */
export function onSessionChange(listener: (signedIn: boolean) => void): () => void {
  sessionListeners.add(listener);
  return () => sessionListeners.delete(listener);
}

export function onUnauthorized(listener: Listener): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

export function notifyUnauthorized(): void {
  for (const listener of unauthorizedListeners) listener();
}
