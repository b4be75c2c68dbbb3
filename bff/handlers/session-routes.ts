import { endContact, getAgentState, getMe, listDemoAccounts, login, logout, setAgentState, startContact } from '@/contract/endpoints/session';
import { endContact as endContactRule, requestAgentState, startContact as startContactRule, stateOnSignIn, stateOnSignOut } from '@/domain/agent-state-machine';
import { auditEntry } from '@/domain/audit-entry';
import { DomainError } from '@/domain/domain-error';
import { toPublicUser } from '@/domain/public-user';
import { signInLimit, takeToken } from '@/domain/rate-limit';
import { clearedSessionCookies, sessionCookies } from '@/domain/session-cookies';
import { SESSION_IDLE_MS } from '@/domain/session-rules';
import { afterSignInFailure, assertNotLocked } from '@/domain/sign-in-lockout';
import { DEMO_PASSWORD, signInPageUsernames } from '@mocks/seed/agents';
import { route } from '../server/contract-route';
import { HttpError } from '@/contract/core/http-error';
import { applyAgentState, currentAgentState } from '../services/agent-state-service';
import { requeueConversationsOf } from '../services/requeue-conversations';
import { rememberContact, takeContactQueue } from '../store/agent-state-queries';
import { appendAudit } from '../store/audit-queries';
import { getSignInFailures, nextId, setSignInFailures } from '../store/misc-queries';
import { verifyPassword, unknownUserHash } from '../store/passwords';
import { getQueue } from '../store/queue-queries';
import { createSession, deleteSession, hasLiveSession } from '../store/session-queries';
import { findUserByUsername } from '../store/user-queries';

export const sessionRoutes = [
  route(login, async ({ body, deps, now, secure, responseHeaders }) => {
    const bucketKey = `sign-in:${body.username}`;
    const limited = takeToken(deps.buckets.get(bucketKey), signInLimit, now);
    deps.buckets.set(bucketKey, limited.bucket);
    if (!limited.allowed) throw new DomainError('rate_limited', 'Too many sign-ins; try again later', { retryAfterSec: limited.retryAfterSec });
    assertNotLocked(await getSignInFailures(deps.db, body.username), now);
    const user = await findUserByUsername(deps.db, body.username);
    // An unknown username costs a hash too: the answer's time never tells which usernames exist.
    const valid = await verifyPassword(body.password, user?.passwordHash ?? unknownUserHash);
    if (!user || !valid) {
      await setSignInFailures(deps.db, body.username, afterSignInFailure(await getSignInFailures(deps.db, body.username), now));
      await appendAudit(deps.db, auditEntry(await nextId(deps.db, 'au'), 'sign_in_failed', user ?? { name: body.username }, {}, now));
      throw new DomainError('invalid_credentials', 'Wrong username or password');
    }
    await setSignInFailures(deps.db, body.username, null);
    const session = await createSession(deps.db, user, now);
    await appendAudit(deps.db, auditEntry(await nextId(deps.db, 'au'), 'sign_in', user, {}, now));
    await applyAgentState(deps, user.id, (s) => stateOnSignIn(s, now), 'sign_in');
    for (const cookie of sessionCookies(session, { secure })) responseHeaders.append('Set-Cookie', cookie);
    return { user: toPublicUser(user), expiresAt: new Date(session.expiresAt).toISOString(), idleTimeoutSec: SESSION_IDLE_MS / 1000, csrfToken: session.csrf };
  }),

  route(logout, async ({ deps, session, user, now, secure, responseHeaders }) => {
    if (session) await deleteSession(deps.db, session.id);
    await appendAudit(deps.db, auditEntry(await nextId(deps.db, 'au'), 'sign_out', user, {}, now));
    const stillSignedIn = await hasLiveSession(deps.db, user.id, now);
    await applyAgentState(deps, user.id, (s) => stateOnSignOut(s, stillSignedIn, now), 'sign_out');
    // Gone for good (no other tab or device): the conversations held go back to the queue with their thread.
    if (!stillSignedIn) await requeueConversationsOf(deps, [user.id]);
    for (const cookie of clearedSessionCookies({ secure })) responseHeaders.append('Set-Cookie', cookie);
    return { ok: true as const };
  }),

  route(getMe, ({ user }) => toPublicUser(user)),

  // A demo server offers its seeded users on the sign-in page; production has none to offer.
  route(listDemoAccounts, async ({ deps }) => {
    if (deps.config.mode === 'production') throw new HttpError(404, 'not_found', 'Not a demo server');
    const accounts = [];
    for (const username of signInPageUsernames) {
      const user = await findUserByUsername(deps.db, username);
      if (user) accounts.push({ username, displayName: user.displayName, role: user.role });
    }
    return { accounts, password: DEMO_PASSWORD };
  }),

  route(getAgentState, ({ deps, user }) => currentAgentState(deps, user.id)),

  route(setAgentState, ({ deps, user, body, request, now }) =>
    applyAgentState(deps, user.id, (s) => requestAgentState(s, body, request.headers.get('if-match'), now), 'agent'),
  ),

  route(startContact, async ({ deps, user, body, now }) => {
    await rememberContact(deps.db, user.id, body.contactId, body.queueId);
    return applyAgentState(deps, user.id, (s) => startContactRule(s, body.contactId, now), 'contact');
  }),

  route(endContact, async ({ deps, user, params, now }) => {
    const queueId = await takeContactQueue(deps.db, user.id, params.contactId);
    const queue = await getQueue(deps.db, queueId ?? user.queueIds[0] ?? '');
    const acwSeconds = queue?.acwSeconds ?? 30;
    return applyAgentState(deps, user.id, (s) => endContactRule(s, params.contactId, acwSeconds, now), 'contact');
  }),
];
