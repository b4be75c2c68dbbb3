import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { setupServer } from 'msw/node';
import { createSession, expireSessions } from '@mocks/core/sessions';
import { resetMockDb } from '@mocks/core/mock-db';
import { createRealtimeClient, type RealtimeClient } from '@/realtime/realtime-client';
import { realtimeUrl } from '@/realtime/realtime-url';
import { publish, realtimeHandlers, resetRealtime } from '@mocks/core/realtime-server';

// The real session store, not a stub: the socket accepts exactly the sessions the login handler opens.
const server = setupServer(...realtimeHandlers);
let client: RealtimeClient | undefined;

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  client?.disconnect();
  resetRealtime();
});
afterAll(() => server.close());

describe('mock realtime server with the seeded session store', () => {
  it('streams to a logged-in agent and refuses the token once expired', async () => {
    const db = resetMockDb();
    const user = db.usersByUsername.get('zhang.wei')!;
    const { csrf } = createSession(db, user);
    const onUnauthorized = vi.fn();
    client = createRealtimeClient({ url: realtimeUrl(), getCsrfToken: () => csrf, onUnauthorized, random: () => 0 });
    const states: string[] = [];
    client.on('agent.state_changed', (event) => states.push(event.state.status));
    client.connect();
    await vi.waitFor(() => expect(client!.getStatus().state).toBe('open'));

    const state = db.agentStates.get(user.id)!;
    publish(user.id, { type: 'agent.state_changed', state: { ...state, status: 'ready', reason: null } });
    await vi.waitFor(() => expect(states).toEqual(['ready']));

    expireSessions(db, user.id);
    resetRealtime(); // drops the socket; the client's next hello carries the expired token
    await vi.waitFor(() => expect(onUnauthorized).toHaveBeenCalledTimes(1));
    expect(client.getStatus()).toMatchObject({ state: 'closed', closedReason: 'unauthorized' });
  });
});
