import { getAgentState as getAgentStateEndpoint, setAgentState } from '@/contract/endpoints/session';
import { getAgentState, putAgentState } from '@mocks/db/agent-states';
import { announceAgentState } from '@mocks/lib/announce-agent-state';
import { handle } from '@mocks/lib/handle';
import { MockHttpError } from '@mocks/lib/mock-http-error';

export const agentStateHandlers = [
  handle(getAgentStateEndpoint, ({ db, user }) => getAgentState(db, user.id)),

  handle(setAgentState, ({ db, user, body, request }) => {
    const reason = body.reason ?? null;
    if (reason !== null && body.status !== 'not_ready') {
      throw new MockHttpError(422, 'invalid_reason', `A reason only goes with not_ready, not ${body.status}`, { reason });
    }
    const current = getAgentState(db, user.id);
    // Optional optimistic lock: a client that sends the version it saw gets 409 when another tab moved first.
    const ifMatch = request.headers.get('if-match');
    if (ifMatch !== null && ifMatch.replace(/"/g, '') !== String(current.version)) {
      throw new MockHttpError(409, 'state_conflict', 'The agent state changed since it was read', { current });
    }
    const next = putAgentState(db, user.id, body.status, reason);
    if (next !== current) announceAgentState(db, user.id);
    return next;
  }),
];
