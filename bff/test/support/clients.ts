import { WebSocket } from 'ws';
import { contractCookies, contractHeaders } from '@/contract/core/headers';
import { login } from '@/contract/endpoints/session';
import { REALTIME_PATH, type ClientFrame, type RealtimeEvent } from '@/contract/events';
import { openTestSocket, type TestSocket } from '@/testing/contract-suite/test-socket';

/** A signed-in browser as the BFF sees it: its cookies and its CSRF token, sent by hand. */
export interface RawSession {
  userId: string;
  cookie: string;
  csrf: string;
}

export async function signInRaw(baseUrl: string, username: string, password = 'zuoxi123'): Promise<RawSession> {
  const response = await fetch(new URL(login.path, baseUrl), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: new URL(baseUrl).origin },
    body: JSON.stringify({ username, password }),
  });
  if (response.status !== 200) throw new Error(`sign-in of ${username} answered ${response.status}: ${await response.text()}`);
  const session = login.response.parse(await response.json());
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .filter((pair) => pair.startsWith(`${contractCookies.session}=`) || pair.startsWith(`${contractCookies.csrf}=`))
    .join('; ');
  return { userId: session.user.id, cookie, csrf: session.csrfToken };
}

/** A request as the desktop sends it: cookies, Origin, and the CSRF token on writes. */
export function requestAs(baseUrl: string, session: RawSession | null, method: string, path: string, init: { body?: unknown; headers?: Record<string, string> } = {}): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json', Origin: new URL(baseUrl).origin };
  if (session) headers.Cookie = session.cookie;
  if (session && method !== 'GET') headers[contractHeaders.csrf] = session.csrf;
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  return fetch(new URL(path, baseUrl), { method, headers: { ...headers, ...init.headers }, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
}

export function socketUrl(baseUrl: string): string {
  return baseUrl.replace(/^http/, 'ws') + REALTIME_PATH;
}

/** Opens the realtime socket with the given cookie and Origin, and says this `hello` (null: none). */
export function openSocketAs(baseUrl: string, session: RawSession | null, hello: ClientFrame | null, origin = new URL(baseUrl).origin): Promise<TestSocket> {
  const headers: Record<string, string> = { Origin: origin };
  if (session) headers.Cookie = session.cookie;
  return openTestSocket(() => new WebSocket(socketUrl(baseUrl), { headers }) as never, hello);
}

/** The events of a socket's stream must be gapless and unique: each seq one more than the one before. */
export function seqsOf(events: readonly RealtimeEvent[]): number[] {
  return events.map((e) => e.seq);
}

export function consecutiveFrom(first: number, count: number): number[] {
  return Array.from({ length: count }, (_v, i) => first + i);
}
