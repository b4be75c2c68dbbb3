import { getAgentState, getMe, listDemoAccounts, login, logout, setAgentState } from '@/contract/endpoints/session';
import { requestAgentState, stateOnSignIn, stateOnSignOut } from '@/domain/agent-state-rules';
import { DomainError } from '@/domain/domain-error';
import { toPublicUser } from '@/domain/public-user';
import { afterSignInFailure, assertNotLocked } from '@/domain/sign-in-lockout';
import { handle } from '@mocks/core/handle';
import { agentStateOf } from '@mocks/core/queue-views';
import { createSession, endSession, signedInUsers } from '@mocks/core/sessions';
import { DEMO_PASSWORD, signInPageUsernames } from '@mocks/seed/agents';
import { saveAgentState } from '@mocks/core/agent-states';

export const sessionHandlers = [
  handle(login, ({ body, db, now }) => {
    assertNotLocked(db.signInFailures.get(body.username), now);
    const user = db.usersByUsername.get(body.username);
    if (!user || user.password !== body.password) {
      db.signInFailures.set(body.username, afterSignInFailure(db.signInFailures.get(body.username), now));
      throw new DomainError('invalid_credentials', 'Wrong username or password');
    }
    db.signInFailures.delete(body.username);
    const session = createSession(db, user);
    saveAgentState(db, stateOnSignIn(agentStateOf(db, user.id), now));
    return { token: session.token, expiresAt: new Date(session.expiresAt).toISOString(), user: toPublicUser(user) };
  }),

  handle(logout, ({ db, session, user, now }) => {
    if (session) endSession(db, session.token);
    saveAgentState(db, stateOnSignOut(agentStateOf(db, user.id), signedInUsers(db).includes(user), now));
    return { ok: true as const };
  }),

  handle(getMe, ({ user }) => toPublicUser(user)),

  // Mock mode is a demo: the sign-in page offers its seeded users (a production BFF answers 404).
  handle(listDemoAccounts, ({ db }) => ({
    accounts: signInPageUsernames.flatMap((username) => {
      const user = db.usersByUsername.get(username);
      return user ? [{ username, displayName: user.displayName, role: user.role }] : [];
    }),
    password: DEMO_PASSWORD,
  })),

  handle(getAgentState, ({ db, user }) => agentStateOf(db, user.id)),

  handle(setAgentState, ({ db, user, body, request, now }) =>
    saveAgentState(db, requestAgentState(agentStateOf(db, user.id), body, request.headers.get('if-match'), now)),
  ),
];
