import type { User } from '@/contract/schemas/identity';
import { getMe, login, logout } from '@/contract/endpoints/session';
import { getAgentState, putAgentState } from '@mocks/db/agent-states';
import { createSession, endSession, signedInUserIds } from '@mocks/db/sessions';
import { announceAgentState } from '@mocks/lib/announce-agent-state';
import { handle } from '@mocks/lib/handle';
import { MockHttpError } from '@mocks/lib/mock-http-error';
import type { SeedAgent } from '@mocks/seed/types';

export const MAX_LOGIN_FAILURES = 5;
export const LOGIN_LOCK_MS = 5 * 60 * 1000;

function toUser(agent: SeedAgent): User {
  const { id, username, displayName, role, skills, queueIds, workNumber, extension, tenant, locale } = agent;
  return { id, username, displayName, role, skills: [...skills], queueIds: [...queueIds], workNumber, extension, tenant, locale };
}

export const sessionHandlers = [
  handle(login, ({ body, db }) => {
    const now = db.clock();
    const failures = db.loginFailures.get(body.username);
    if (failures && failures.lockedUntil > now) {
      const retryAfter = Math.ceil((failures.lockedUntil - now) / 1000);
      throw new MockHttpError(429, 'rate_limited', 'Too many failed sign-ins; try again later', { retryAfterSec: retryAfter }, { 'Retry-After': String(retryAfter) });
    }
    const user = db.usersByUsername.get(body.username);
    if (!user || user.password !== body.password) {
      // Unknown usernames count too, so the answer never tells which usernames exist.
      const count = (failures && failures.lockedUntil === 0 ? failures.count : 0) + 1;
      db.loginFailures.set(body.username, { count, lockedUntil: count >= MAX_LOGIN_FAILURES ? now + LOGIN_LOCK_MS : 0 });
      throw new MockHttpError(401, 'invalid_credentials', 'Wrong username or password');
    }
    db.loginFailures.delete(body.username);
    const session = createSession(db, user);
    // A seat that signs in starts Not ready (示忙) until the agent chooses Ready.
    if (getAgentState(db, user.id).status === 'offline') {
      putAgentState(db, user.id, 'not_ready', null);
      announceAgentState(db, user.id);
    }
    return { token: session.token, expiresAt: new Date(session.expiresAt).toISOString(), user: toUser(user) };
  }),

  handle(logout, ({ db, session, user }) => {
    if (session) endSession(db, session.token);
    if (!signedInUserIds(db).includes(user.id)) {
      putAgentState(db, user.id, 'offline', null);
      announceAgentState(db, user.id);
    }
    return { ok: true as const };
  }),

  handle(getMe, ({ user }) => toUser(user)),
];
