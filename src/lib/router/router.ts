import { useSyncExternalStore } from 'react';

// A deliberately tiny history router (about 1 kB): the desktop has a handful of routes, and a router
// library would cost first-paint bytes for loaders, nested layouts and data APIs we do not use — server
// data lives in TanStack Query, and the route table in src/app is a flat list of patterns.
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

function notify(): void {
  for (const listener of [...listeners]) listener();
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === window.location.pathname + window.location.search) return;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  notify();
}

export function usePathname(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname, () => '/');
}

/** The query string; re-renders only when it changes (URLSearchParams objects would differ every read). */
export function useSearch(): string {
  return useSyncExternalStore(subscribe, () => window.location.search, () => '');
}

export function useSearchParam(name: string): string | null {
  return new URLSearchParams(useSearch()).get(name);
}

/**
 * Sets (or, with null, removes) query parameters on the current page. Filters and selections that should
 * survive a reload or be shared live here; `replace` keeps them out of the back button's history.
 */
export function setSearchParams(changes: Record<string, string | null>, options: { replace?: boolean } = { replace: true }): void {
  const search = new URLSearchParams(window.location.search);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) search.delete(key);
    else search.set(key, value);
  }
  const query = search.toString();
  navigate(window.location.pathname + (query ? `?${query}` : ''), options);
}
