import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
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

export async function signIn(username: string, password = 'zuoxi123'): Promise<string> {
  const response = await fetch('/api/session/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!response.ok) throw new Error(`signIn ${username}: ${response.status}`);
  const session = (await response.json()) as { token: string };
  return session.token;
}

export function bearer(token: string, extra: Record<string, string> = {}): Record<string, string> {
  return { Authorization: `Bearer ${token}`, ...extra };
}
