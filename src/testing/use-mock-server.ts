import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { contractCookies, contractHeaders } from '@/contract/core/headers';
import { server } from '@mocks/node';
import { mockControls } from '@mocks/mock-controls';

/** Starts MSW for one test file, with fresh seed data and no scenario left over between tests. */
export function useMockServer(): typeof server {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  beforeEach(() => mockControls.reset());
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return server;
}

export interface TestSession {
  /** The session cookie's value (a test can present it explicitly). */
  id: string;
  csrf: string;
}

/**
 * Signs in as a page would: the answer's cookies land where the page's requests pick them up (MSW keeps
 * the HttpOnly one in its cookie store, and writes the readable CSRF one into document.cookie).
 */
export async function signIn(username: string, password = 'zuoxi123'): Promise<TestSession> {
  const response = await fetch('/api/session/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!response.ok) throw new Error(`signIn ${username}: ${response.status}`);
  const session = (await response.json()) as { csrfToken: string };
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith(`${contractCookies.session}=`)) ?? '';
  return { id: cookie.slice(contractCookies.session.length + 1).split(';')[0] ?? '', csrf: session.csrfToken };
}

/** Headers that present a session explicitly (a test acting as one of several users). */
export function asSession(session: TestSession, extra: Record<string, string> = {}): Record<string, string> {
  return { Cookie: `${contractCookies.session}=${session.id}; ${contractCookies.csrf}=${session.csrf}`, [contractHeaders.csrf]: session.csrf, ...extra };
}

/**
 * Headers of a request with no session. MSW keeps the last sign-in's cookie in its store and would attach
 * it; an explicit empty cookie wins over the store, as a fresh browser would send none.
 */
export function noSession(extra: Record<string, string> = {}): Record<string, string> {
  return { Cookie: `${contractCookies.session}=; ${contractCookies.csrf}=`, ...extra };
}
