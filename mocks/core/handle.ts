import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { z } from 'zod/mini';
import type { ApiErrorBody } from '@/contract/core/api-error';
import { detailsMatch, isDeclaredError, statusForCode } from '@/contract/core/declared-errors';
import type { Endpoint } from '@/contract/core/endpoint';
import { HttpError } from '@/contract/core/http-error';
import { BODY_LIMIT_BYTES, issuesOf, malformedBodyFor, parseJsonBody, parsePart, queryObject, type BodyOut, type ParamsOut, type QueryOut, type ResponseIn } from '@/contract/core/request-checks';
import { contractCookies, contractHeaders } from '@/contract/core/headers';
import { DomainError } from '@/domain/domain-error';
import { idempotencyScope } from '@/domain/idempotency';
import { takeToken, writeLimit } from '@/domain/rate-limit';
import type { SeedAgent } from '@mocks/seed/types';
import { getMockDb, type MockDb, type SessionRecord } from './mock-db';
import { getScenario, takeFault, takeMalformed } from './scenario-state';
import { activeSession } from './sessions';

// The contract uses zod/mini, which has no message locale; mocks are for people, so name what was wrong.
z.config(z.locales.en());

export interface HandlerContext<E> {
  params: ParamsOut<E>;
  query: QueryOut<E>;
  body: BodyOut<E>;
  /** Null only on endpoints declared `auth: false`. */
  session: SessionRecord | null;
  /** The signed-in user; reading it on an `auth: false` endpoint without a session answers 401. */
  user: SeedAgent;
  db: MockDb;
  request: Request;
  /** Epoch ms from the db's clock: rules get time passed in. */
  now: number;
  /** Headers added to the answer (a sign-in's Set-Cookie). */
  responseHeaders: Headers;
}



export type MockResolver<E> = (ctx: HandlerContext<E>) => ResponseIn<E> | Promise<ResponseIn<E>>;

/** Thrown in tests when a handler answers outside the contract: the mock is wrong, not the app. */
export class MockContractViolation extends Error {
  override name = 'MockContractViolation';
}

// 503 keeps the common `server_error` code so the UI needs no extra message for it; the status tells them apart.
const faultCodes: Record<number, string> = { 429: 'rate_limited', 500: 'server_error', 503: 'server_error' };

export function errorResponse(status: number, code: string, message: string, details?: Record<string, unknown>, headers?: Record<string, string>): Response {
  const body: ApiErrorBody = details ? { code, message, details } : { code, message };
  return HttpResponse.json(body, { status, headers });
}

function isTestMode(): boolean {
  return import.meta.env?.MODE === 'test';
}

/** The body, refused with 413 over the endpoint's limit (an upload's is larger than the default). */
async function readText(request: Request, limit: number): Promise<string> {
  const text = await request.text();
  if (new TextEncoder().encode(text).length > limit) {
    throw new HttpError(413, 'payload_too_large', `Body over ${limit} bytes`, { limit });
  }
  return text;
}

function authorize(endpoint: Endpoint, request: Request, cookies: Record<string, string>, db: MockDb): SessionRecord | null {
  const session = activeSession(db, cookies[contractCookies.session] || null);
  if (endpoint.auth === false) return session;
  if (!session) throw new HttpError(401, 'unauthorized', cookies[contractCookies.session] ? 'Session expired or unknown' : 'No session');
  if (endpoint.roles && !endpoint.roles.includes(session.role)) {
    throw new HttpError(403, 'forbidden', `${endpoint.id} needs one of: ${endpoint.roles.join(', ')}`);
  }
  if (endpoint.method !== 'GET') {
    // Double submit: only a page of this session can read the token it must send back.
    if (request.headers.get(contractHeaders.csrf) !== session.csrf) throw new HttpError(403, 'csrf_failed', 'Missing or wrong CSRF token');
    const limited = takeToken(db.buckets.get(`write:${session.id}`), writeLimit, db.clock());
    db.buckets.set(`write:${session.id}`, limited.bucket);
    if (!limited.allowed) {
      throw new HttpError(429, 'rate_limited', 'Too many writes; slow down', { retryAfterSec: limited.retryAfterSec }, { [contractHeaders.retryAfter]: String(limited.retryAfterSec) });
    }
  }
  return session;
}

/** A rule's refusal as the contract answers it: the status the endpoint declares for the code. */
function fromDomainError(error: DomainError, endpoint: Endpoint): HttpError {
  const status = statusForCode(endpoint, error.code);
  if (status === null) throw new MockContractViolation(`${endpoint.id} refused with "${error.code}", which its contract does not declare`);
  const headers = error.retryAfterSec !== null ? { [contractHeaders.retryAfter]: String(error.retryAfterSec) } : undefined;
  return new HttpError(status, error.code, error.message, error.details, headers);
}

function toErrorResponse(error: unknown, endpoint: Endpoint): Response {
  try {
    const http = error instanceof DomainError ? fromDomainError(error, endpoint) : error;
    if (http instanceof HttpError) {
      // The mocks may only answer what the contract declares; anything else is a bug in the mock.
      if (!isDeclaredError(endpoint, http.status, http.code)) {
        throw new MockContractViolation(`${endpoint.id} answered ${http.status} "${http.code}", which its contract does not declare`);
      }
      if (!detailsMatch(endpoint, http.code, http.details)) {
        throw new MockContractViolation(`${endpoint.id} answered "${http.code}" with details outside its contract`);
      }
      return errorResponse(http.status, http.code, http.message, http.details, http.headers);
    }
    throw http;
  } catch (failure) {
    if (failure instanceof MockContractViolation && isTestMode()) throw failure;
    console.error(`[mock] ${endpoint.id} failed`, failure);
    return errorResponse(500, 'server_error', failure instanceof Error ? failure.message : 'Mock handler failed');
  }
}

/**
 * An MSW handler for one contract endpoint: scenario latency and faults (not on test controls), auth and
 * roles, request validation, Idempotency-Key replay, the resolver, rule refusals mapped by the contract,
 * response validation — in that order, as the BFF does.
 */
export function handle<E extends Endpoint>(endpoint: E, resolver: MockResolver<E>): HttpHandler {
  const method = endpoint.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
  return http[method](endpoint.path, async ({ request, params, cookies }) => {
    if (endpoint.scope !== 'test') {
      const { latencyMs } = getScenario();
      if (latencyMs > 0) await delay(latencyMs);
      const fault = takeFault(endpoint.id);
      if (fault !== null) {
        const headers = fault === 500 ? undefined : { [contractHeaders.retryAfter]: '1' };
        return errorResponse(fault, faultCodes[fault] ?? 'server_error', `Injected ${fault} on ${endpoint.id}`, undefined, headers);
      }
    }

    const db = getMockDb();
    try {
      const text = endpoint.body ? await readText(request, endpoint.bodyLimitBytes ?? BODY_LIMIT_BYTES) : '';
      const session = authorize(endpoint, request, cookies, db);
      const parsedParams = parsePart(endpoint.params, params, 'params');
      const parsedQuery = parsePart(endpoint.query, queryObject(new URL(request.url)), 'query');
      const rawBody = endpoint.body ? parseJsonBody(text) : undefined;
      const parsedBody = parsePart(endpoint.body, rawBody, 'body');

      const replayKey = idempotencyScope(endpoint.method, endpoint.id, session?.userId ?? null, request.headers.get(contractHeaders.idempotencyKey));
      const replay = replayKey ? db.idempotency.get(replayKey) : undefined;
      if (replay) return HttpResponse.json(replay.body as never, { status: replay.status, headers: { [contractHeaders.idempotentReplayed]: 'true' } });

      const ctx: HandlerContext<E> = {
        params: parsedParams as ParamsOut<E>,
        query: parsedQuery as QueryOut<E>,
        body: parsedBody as BodyOut<E>,
        session,
        get user(): SeedAgent {
          const user = session ? db.users.get(session.userId) : undefined;
          if (!user) throw new HttpError(401, 'unauthorized', 'No signed-in user');
          return user;
        },
        db,
        request,
        now: db.clock(),
        responseHeaders: new Headers(),
      };
      const result: unknown = await resolver(ctx);

      if (takeMalformed(endpoint.id)) return HttpResponse.json(malformedBodyFor(endpoint.response) as never, { status: 200 });

      const checked = endpoint.response.safeParse(result);
      if (!checked.success) {
        const first = issuesOf(checked.error)[0];
        throw new MockContractViolation(
          `Mock handler for ${endpoint.id} answered outside the contract at ${first?.path || '(root)'}: ${first?.message ?? ''}`,
        );
      }
      if (replayKey) db.idempotency.set(replayKey, { status: 200, body: checked.data });
      return HttpResponse.json(checked.data as never, { status: 200, headers: ctx.responseHeaders });
    } catch (error) {
      return toErrorResponse(error, endpoint);
    }
  });
}
