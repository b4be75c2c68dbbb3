import { endContact, getAgentState, getMe, listDemoAccounts, login, logout, setAgentState, startContact } from '@/contract/endpoints/session';
import { endContact as endContactRule, requestAgentState, startContact as startContactRule, stateOnSignIn, stateOnSignOut } from '@/domain/agent-state-machine';
import { auditEntry } from '@/domain/audit-entry';
import { DomainError } from '@/domain/domain-error';
import { toPublicUser } from '@/domain/public-user';
import { signInLimit, takeToken } from '@/domain/rate-limit';
import { clearedSessionCookies, sessionCookies } from '@/domain/session-cookies';
import { SESSION_IDLE_MS } from '@/domain/session-rules';
import { afterSignInFailure, assertNotLocked } from '@/domain/sign-in-lockout';
import { handle } from '@mocks/core/handle';
import { nextId, type MockDb } from '@mocks/core/mock-db';
import { createSession, endSession, signedInUsers } from '@mocks/core/sessions';
import { DEMO_PASSWORD, signInPageUsernames } from '@mocks/seed/agents';
import type { SeedAgent } from '@mocks/seed/types';
import { currentAgentState, saveAgentState } from '@mocks/core/agent-states';

// Mock mode runs on http://: cookies are Secure only under TLS, as on the BFF.
const cookieOptions = { secure: typeof location !== 'undefined' && location.protocol === 'https:' };

/** The after-call-work time of the queue a contact came through (else the seat's first queue's). */
function acwSecondsFor(db: MockDb, user: SeedAgent, queueId: string | null): number {
  const queue = db.queues.get(queueId ?? user.queueIds[0] ?? '');
  return queue?.acwSeconds ?? 30;
}

export const sessionHandlers = [
  handle(login, ({ body, db, now, responseHeaders }) => {
    const limited = takeToken(db.buckets.get(`sign-in:${body.username}`), signInLimit, now);
    db.buckets.set(`sign-in:${body.username}`, limited.bucket);
    if (!limited.allowed) throw new DomainError('rate_limited', 'Too many sign-ins; try again later', { retryAfterSec: limited.retryAfterSec });
    assertNotLocked(db.signInFailures.get(body.username), now);
    const user = db.usersByUsername.get(body.username);
    if (!user || user.password !== body.password) {
      db.signInFailures.set(body.username, afterSignInFailure(db.signInFailures.get(body.username), now));
      db.audit.push(auditEntry(nextId(db, 'au'), 'sign_in_failed', user ?? { name: body.username }, {}, now));
      throw new DomainError('invalid_credentials', 'Wrong username or password');
    }
    db.signInFailures.delete(body.username);
    const session = createSession(db, user);
    db.audit.push(auditEntry(nextId(db, 'au'), 'sign_in', user, {}, now));
    saveAgentState(db, stateOnSignIn(currentAgentState(db, user.id), now), 'sign_in');
    for (const cookie of sessionCookies(session, cookieOptions)) responseHeaders.append('Set-Cookie', cookie);
    return { user: toPublicUser(user), expiresAt: new Date(session.expiresAt).toISOString(), idleTimeoutSec: SESSION_IDLE_MS / 1000, csrfToken: session.csrf };
  }),

  handle(logout, ({ db, session, user, now, responseHeaders }) => {
    if (session) endSession(db, session.id);
    db.audit.push(auditEntry(nextId(db, 'au'), 'sign_out', user, {}, now));
    saveAgentState(db, stateOnSignOut(currentAgentState(db, user.id), signedInUsers(db).includes(user), now), 'sign_out');
    for (const cookie of clearedSessionCookies(cookieOptions)) responseHeaders.append('Set-Cookie', cookie);
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

  handle(getAgentState, ({ db, user }) => currentAgentState(db, user.id)),

  handle(setAgentState, ({ db, user, body, request, now }) =>
    saveAgentState(db, requestAgentState(currentAgentState(db, user.id), body, request.headers.get('if-match'), now), 'agent'),
  ),

  handle(startContact, ({ db, user, body, now }) => {
    const next = startContactRule(currentAgentState(db, user.id), body.contactId, now);
    db.contactQueues.set(`${user.id}|${body.contactId}`, body.queueId);
    return saveAgentState(db, next, 'contact');
  }),

  handle(endContact, ({ db, user, params, now }) => {
    const state = currentAgentState(db, user.id);
    const queueId = db.contactQueues.get(`${user.id}|${params.contactId}`) ?? null;
    db.contactQueues.delete(`${user.id}|${params.contactId}`);
    return saveAgentState(db, endContactRule(state, params.contactId, acwSecondsFor(db, user, queueId), now), 'contact');
  }),
];
