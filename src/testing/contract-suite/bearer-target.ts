import { REALTIME_PATH } from '@/contract/events';
import { login } from '@/contract/endpoints/session';
import type { HttpMethod } from '@/contract/core/endpoint';
import type { User } from '@/contract/schemas/identity';
import type { ContractClient, ContractResponse, ContractTarget, RequestInit } from './contract-target';
import { openTestSocket } from './test-socket';

async function send(baseUrl: string, method: HttpMethod, path: string, init: RequestInit, token: string | null): Promise<ContractResponse> {
  const headers: Record<string, string> = { Accept: 'application/json', ...init.headers };
  if (token) headers.Authorization = `Bearer ${token}`;
  let body: string | undefined = init.rawBody;
  if (body === undefined && init.body !== undefined) body = JSON.stringify(init.body);
  if (body !== undefined) headers['Content-Type'] ??= 'application/json';
  const response = await fetch(new URL(path, baseUrl), { method, headers, body });
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = text;
  }
  return { status: response.status, headers: response.headers, body: parsed };
}

/**
 * A target whose sessions travel as a bearer token from the sign-in answer (the mocks' way today), with the
 * realtime socket authenticated by the token in `hello`.
 */
export function bearerTarget(name: string, baseUrl: string, makeSocket: (url: string) => WebSocket = (url) => new WebSocket(url)): ContractTarget {
  const wsUrl = baseUrl.replace(/^http/, 'ws') + REALTIME_PATH;
  const client = (token: string | null, user: User | null): ContractClient => ({
    user,
    request: (method, path, init = {}) => send(baseUrl, method, path, init, token),
    openSocket: (lastSeq = null) => openTestSocket(() => makeSocket(wsUrl) as never, { op: 'hello', token: token ?? 'anonymous', lastSeq }),
  });
  return {
    name,
    anonymous: () => client(null, null),
    async signIn(username, password = 'zuoxi123') {
      const answer = await send(baseUrl, login.method, login.path, { body: { username, password } }, null);
      if (answer.status !== 200) throw new Error(`${name}: sign-in of ${username} answered ${answer.status}`);
      const session = login.response.parse(answer.body);
      return client(session.token, session.user);
    },
  };
}
