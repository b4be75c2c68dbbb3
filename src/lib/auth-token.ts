/**
 * The session token, kept in localStorage so every tab of the same agent shares one session
 * (the softphone's owner tab and its mirrors). Listeners hear about an expired session once.
 */
const KEY = 'zuoxi.session';

type Listener = () => void;
const unauthorizedListeners = new Set<Listener>();
const tokenListeners = new Set<(token: string | null) => void>();

export function getToken(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function setToken(token: string | null): void {
  try {
    if (token) localStorage.setItem(KEY, token);
    else localStorage.removeItem(KEY);
  } catch {
    // Storage can be disabled (private mode); the session then lives as long as the tab.
  }
  for (const listener of tokenListeners) listener(token);
}

/** Hears sign-in and sign-out in this tab (a re-authenticated session restarts the realtime socket). */
export function onTokenChange(listener: (token: string | null) => void): () => void {
  tokenListeners.add(listener);
  return () => tokenListeners.delete(listener);
}

export function onUnauthorized(listener: Listener): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

export function notifyUnauthorized(): void {
  for (const listener of unauthorizedListeners) listener();
}
