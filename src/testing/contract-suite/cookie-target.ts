import { REALTIME_PATH, WIDGET_REALTIME_PATH } from '@/contract/events';
import { login } from '@/contract/endpoints/session';
import type { HttpMethod } from '@/contract/core/endpoint';
import { contractCookies, contractHeaders } from '@/contract/core/headers';
import type { User } from '@/contract/schemas/identity';
import type { ContractClient, ContractResponse, ContractTarget, RequestInit } from './contract-target';
import { openTestSocket } from './test-socket';

/** How a target opens a socket: the URL and the headers a browser would send (cookie, origin). */
export type SocketFactory = (url: string, headers: Record<string, string>) => WebSocket;

interface Jar {
  session: string;
  csrf: string;
}

/** Keeps what the answer's Set-Cookie says (an emptied cookie is a signed-out one). */
function absorb(jar: Jar, setCookies: string[]): void {
  for (const cookie of setCookies) {
    const [pair = ''] = cookie.split(';');
    const index = pair.indexOf('=');
    const name = pair.slice(0, index).trim();
    const value = pair.slice(index + 1).trim();
    if (name === contractCookies.session) jar.session = value;
    if (name === contractCookies.csrf) jar.csrf = value;
  }
}

/**
 * A target whose sessions travel as browsers carry them: the cookies a sign-in set, sent back on every
 * request (an empty one when there is none, so a mock's cookie store cannot lend another client's), and
 * the CSRF token on every write; the socket says hello with the CSRF token.
 */
export function cookieTarget(name: string, baseUrl: string, makeSocket: SocketFactory): ContractTarget {
  const origin = new URL(baseUrl).origin;
  const wsUrl = baseUrl.replace(/^http/, 'ws') + REALTIME_PATH;

  const client = (jar: Jar, user: User | null): ContractClient => {
    const request = async (method: HttpMethod, path: string, init: RequestInit = {}): Promise<ContractResponse> => {
      const headers: Record<string, string> = {
        Accept: 'application/json',
        Origin: origin,
        Cookie: `${contractCookies.session}=${jar.session}; ${contractCookies.csrf}=${jar.csrf}`,
      };
      if (method !== 'GET' && jar.csrf) headers[contractHeaders.csrf] = jar.csrf;
      Object.assign(headers, init.headers);
      let body: string | undefined = init.rawBody;
      if (body === undefined && init.body !== undefined) body = JSON.stringify(init.body);
      if (body !== undefined) headers['Content-Type'] ??= 'application/json';
      const response = await fetch(new URL(path, baseUrl), { method, headers, body });
      const setCookies = response.headers.getSetCookie();
      absorb(jar, setCookies);
      const text = await response.text();
      let parsed: unknown;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        parsed = text;
      }
      return { status: response.status, headers: response.headers, body: parsed, setCookies };
    };
    return {
      user,
      request,
      openSocket: (lastSeq = null) =>
        openTestSocket(
          () => makeSocket(wsUrl, { Cookie: `${contractCookies.session}=${jar.session}; ${contractCookies.csrf}=${jar.csrf}`, Origin: origin }) as never,
          { op: 'hello', csrf: jar.csrf || 'none', lastSeq },
        ),
    };
  };

  return {
    name,
    anonymous: () => client({ session: '', csrf: '' }, null),
    // The customer's page has no session: its chat token is all it shows.
    openWidgetSocket: (chatToken, lastSeq = null) =>
      openTestSocket(() => makeSocket(baseUrl.replace(/^http/, 'ws') + WIDGET_REALTIME_PATH, { Origin: origin }) as never, { op: 'hello', csrf: chatToken, lastSeq }),
    async signIn(username, password = 'zuoxi123') {
      const jar: Jar = { session: '', csrf: '' };
      const answer = await client(jar, null).request(login.method, login.path, { body: { username, password } });
      if (answer.status !== 200) throw new Error(`${name}: sign-in of ${username} answered ${answer.status}`);
      const session = login.response.parse(answer.body);
      return client(jar, session.user);
    },
  };
}
