import { z } from 'zod/mini';
import { endpoint } from '../core/endpoint';
import { AgentState, AgentStateChange, ContactStart } from '../schemas/agent-state';
import { Credentials, DemoAccount, Session, User } from '../schemas/identity';

/** The session feature: signing in and out, who I am, and my agent state (示闲 / 示忙 / 话后处理). */

export const login = endpoint({
  id: 'session.login',
  summary: 'Sign in with username and password',
  method: 'POST',
  path: '/api/session/login',
  body: Credentials,
  response: Session,
  errors: {
    invalid_credentials: { status: 401, description: 'Unknown username or wrong password (the answer never tells which).' },
    // rate_limited (429 + Retry-After) is common: five failures in a row lock the username for a while.
  },
  auth: false,
});

export const logout = endpoint({
  id: 'session.logout',
  summary: 'Sign out of this session',
  method: 'POST',
  path: '/api/session/logout',
  response: z.object({ ok: z.literal(true) }),
});

export const getMe = endpoint({
  id: 'session.me',
  summary: 'The signed-in user',
  method: 'GET',
  path: '/api/session/me',
  response: User,
});

export const listDemoAccounts = endpoint({
  id: 'session.demo_accounts',
  summary: 'Seeded demo users for the sign-in page (mock mode and demo servers only; 404 in production)',
  method: 'GET',
  path: '/api/session/demo-accounts',
  response: z.object({ accounts: z.array(DemoAccount), password: z.string() }),
  errors: { not_found: { status: 404, description: 'Not a demo server.' } },
  auth: false,
});

export const getAgentState = endpoint({
  id: 'agent.state.get',
  summary: "The signed-in agent's state",
  method: 'GET',
  path: '/api/agent/state',
  response: AgentState,
});

export const setAgentState = endpoint({
  id: 'agent.state.set',
  summary: "Change the signed-in agent's state",
  method: 'PUT',
  path: '/api/agent/state',
  body: AgentStateChange,
  response: AgentState,
  headers: { idempotencyKey: 'optional', ifMatch: 'optional' },
  errors: {
    state_conflict: {
      status: 409,
      details: z.object({ current: AgentState }),
      description: 'If-Match named a version that is no longer current, or the change does not fit the state (after-call work asked while Busy).',
    },
    invalid_reason: { status: 422, description: 'A reason goes with not_ready only, and system reasons are the desktop’s to set.' },
  },
});

export const startContact = endpoint({
  id: 'agent.contact.start',
  summary: 'The desktop reports a contact started (a call answered or dialled): the seat is Busy',
  method: 'POST',
  path: '/api/agent/contacts',
  body: ContactStart,
  response: AgentState,
  headers: { idempotencyKey: 'optional' },
});

export const endContact = endpoint({
  id: 'agent.contact.end',
  summary: "The desktop reports a contact ended: after-call work by the queue's policy, then Ready or what was asked",
  method: 'DELETE',
  path: '/api/agent/contacts/:contactId',
  params: z.object({ contactId: z.string().check(z.minLength(1)) }),
  response: AgentState,
  headers: { idempotencyKey: 'optional' },
});
