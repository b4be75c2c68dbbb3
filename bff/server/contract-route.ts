import type { Context } from 'hono';
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
import { parseCookieHeader } from '@/domain/session-cookies';
import { getScenario, takeFault, takeMalformed } from '@mocks/core/scenario-state';
import type { BffDeps } from '../services/bff-deps';
import { getIdempotentAnswer, putIdempotentAnswer } from '../store/misc-queries';
import { liveSessionWithUser, type SessionRecord } from '../store/session-queries';
import type { UserRecord } from '../store/user-queries';
import { isStoreUnavailable } from '../store/store-unavailable';

z.config(z.locales.en());

export interface RouteContext<E> {
  params: ParamsOut<E>;
  query: QueryOut<E>;
  body: BodyOut<E>;
  session: SessionRecord | null;
  /** The signed-in user; reading it without a session answers 401. */
  user: UserRecord;
  deps: BffDeps;
  request: Request;
  now: number;
  /** Served over TLS (directly, or behind a proxy we trust): cookies get Secure. */
  secure: boolean;
  responseHeaders: Headers;
}

export type RouteHandler<E> = (ctx: RouteContext<E>) => Promise<ResponseIn<E>> | ResponseIn<E>;

export interface ContractRoute {
  endpoint: Endpoint;
  handler: RouteHandler<never>;
}

/** Pairs an endpoint with its implementation; the server registers the pairs from the contract's registry. */
export function route<E extends Endpoint>(endpoint: E, handler: RouteHandler<E>): ContractRoute {
  return { endpoint, handler: handler as RouteHandler<never> };
}

const faultCodes: Record<number, string> = { 429: 'rate_limited', 500: 'server_error', 503: 'server_error' };

function json(body: unknown, status: number, headers?: HeadersInit): Response {
  const out = new Headers(headers);
  out.set('Content-Type', 'application/json; charset=utf-8');
  return new Response(JSON.stringify(body), { status, headers: out });
}

function errorResponse(failure: HttpError): Response {
  const body: ApiErrorBody = failure.details ? { code: failure.code, message: failure.message, details: failure.details } : { code: failure.code, message: failure.message };
  return json(body, failure.status, failure.headers);
}

const tooLarge = (limit: number) => new HttpError(413, 'payload_too_large', `Body over ${limit} bytes`, { limit });

/**
 * The body's text, read only up to the limit. A body without Content-Length (chunked) used to be read to
 * its end before its size was checked: a client could make the server buffer any amount, or hold a
 * request open for ever with a body that never ends. Past the limit the answer is 413 at once (the server
 * adapter drains what is left briefly, then closes the connection).
 */
async function readLimitedText(request: Request, limit: number): Promise<string> {
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      // Not cancelled: cancelling destroys the connection before the 413 can be written.
      reader.releaseLock();
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The body as JSON, within the endpoint's own limit (an upload's is larger) or the default one. */
async function readBody(request: Request, limit: number): Promise<unknown> {
  const length = Number(request.headers.get('content-length') ?? 0);
  if (length > limit) throw tooLarge(limit);
  return parseJsonBody(await readLimitedText(request, limit));
}

async function authorize(endpoint: Endpoint, request: Request, deps: BffDeps, now: number): Promise<{ session: SessionRecord; user: UserRecord } | null> {
  const cookies = parseCookieHeader(request.headers.get('cookie'));
  const signedIn = await liveSessionWithUser(deps.db, cookies[contractCookies.session], now);
  if (endpoint.auth === false) return signedIn;
  const session = signedIn?.session;
  if (!session) throw new HttpError(401, 'unauthorized', cookies[contractCookies.session] ? 'Session expired or unknown' : 'No session');
  if (endpoint.roles && !(endpoint.roles as readonly string[]).includes(session.role)) {
    throw new HttpError(403, 'forbidden', `${endpoint.id} needs one of: ${endpoint.roles.join(', ')}`);
  }
  if (endpoint.method !== 'GET') {
    // Double submit: only a page of this session can read the token it must send back.
    if (request.headers.get(contractHeaders.csrf) !== session.csrf) throw new HttpError(403, 'csrf_failed', 'Missing or wrong CSRF token');
    const limited = takeToken(deps.buckets.get(`write:${session.id}`), writeLimit, now);
    deps.buckets.set(`write:${session.id}`, limited.bucket);
    if (!limited.allowed) {
      throw new HttpError(429, 'rate_limited', 'Too many writes; slow down', { retryAfterSec: limited.retryAfterSec }, { [contractHeaders.retryAfter]: String(limited.retryAfterSec) });
    }
  }
  return signedIn;
}

/**
 * The web chat widget has no session to limit: its writes are limited per chat token, and starting a chat
 * (no token yet) per client address, with the same budget as a session's writes.
 */
function limitWidgetWrites(c: Context, endpoint: Endpoint, deps: BffDeps, now: number): void {
  if (endpoint.audience !== 'widget' || endpoint.method === 'GET') return;
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  // Behind the proxy we trust, every customer arrives from the proxy: the client is the one it names.
  const forwarded = deps.config.trustProxy ? c.req.header('x-forwarded-for')?.split(',')[0]?.trim() : undefined;
  const key = `widget:${c.req.header(contractHeaders.widgetToken) || forwarded || incoming?.socket?.remoteAddress || 'unknown'}`;
  const limited = takeToken(deps.buckets.get(key), writeLimit, now);
  deps.buckets.set(key, limited.bucket);
  if (!limited.allowed) {
    throw new HttpError(429, 'rate_limited', 'Too many writes; slow down', { retryAfterSec: limited.retryAfterSec }, { [contractHeaders.retryAfter]: String(limited.retryAfterSec) });
  }
}

function isSecure(c: Context, deps: BffDeps): boolean {
  if (deps.config.trustProxy) return c.req.header('x-forwarded-proto') === 'https';
  return new URL(c.req.url).protocol === 'https:';
}

/**
 * One endpoint as a Hono handler, in the order the mocks follow too: test controls only where allowed →
 * scenario latency and faults → body size → session, role, CSRF, write limit → params, query, body
 * against the contract (400 naming the field) → Idempotency-Key replay → the handler → a rule's refusal
 * answered with the status the contract declares → the answer checked against the contract (a mismatch
 * is a logged 500 naming the endpoint, never silent). The store unreachable: 503 with Retry-After.
 */
export function contractHandler(entry: ContractRoute, deps: BffDeps) {
  const { endpoint, handler } = entry;
  return async (c: Context): Promise<Response> => {
    const request = c.req.raw;
    if (endpoint.scope === 'test' && deps.config.mode === 'production') {
      return errorResponse(new HttpError(404, 'not_found', 'Not found'));
    }
    if (endpoint.scope !== 'test' && deps.config.mode !== 'production') {
      const { latencyMs } = getScenario();
      if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs));
      const fault = takeFault(endpoint.id);
      if (fault !== null) {
        return errorResponse(new HttpError(fault, faultCodes[fault] ?? 'server_error', `Injected ${fault} on ${endpoint.id}`, undefined, fault === 500 ? undefined : { [contractHeaders.retryAfter]: '1' }));
      }
    }
    const now = deps.now();
    try {
      const rawBody = endpoint.body ? await readBody(request, endpoint.bodyLimitBytes ?? BODY_LIMIT_BYTES) : undefined;
      const signedIn = await authorize(endpoint, request, deps, now);
      limitWidgetWrites(c, endpoint, deps, now);
      const session = signedIn?.session ?? null;
      const params = parsePart(endpoint.params, c.req.param(), 'params');
      const query = parsePart(endpoint.query, queryObject(new URL(request.url)), 'query');
      const body = parsePart(endpoint.body, rawBody, 'body');

      const scope = idempotencyScope(endpoint.method, endpoint.id, session?.userId ?? null, request.headers.get(contractHeaders.idempotencyKey));
      const replay = scope ? await getIdempotentAnswer(deps.db, scope) : null;
      if (replay) return json(replay.body, replay.status, { [contractHeaders.idempotentReplayed]: 'true' });

      let user: UserRecord | null = signedIn?.user ?? null;
      const responseHeaders = new Headers();
      const ctx: RouteContext<never> = {
        params: params as never,
        query: query as never,
        body: body as never,
        session,
        get user(): UserRecord {
          if (!user) throw new HttpError(401, 'unauthorized', 'No signed-in user');
          return user;
        },
        deps,
        request,
        now,
        secure: isSecure(c, deps),
        responseHeaders,
      };
      const result: unknown = await handler(ctx);
      user = null;

      if (deps.config.mode !== 'production' && endpoint.scope !== 'test' && takeMalformed(endpoint.id)) return json(malformedBodyFor(endpoint.response), 200);

      const checked = endpoint.response.safeParse(result);
      if (!checked.success) {
        const first = issuesOf(checked.error)[0];
        console.error(`[contract] ${endpoint.id} answered outside the contract at ${first?.path || '(root)'}: ${first?.message ?? ''}`);
        return errorResponse(new HttpError(500, 'server_error', `${endpoint.id} failed`));
      }
      if (scope) await putIdempotentAnswer(deps.db, scope, { status: 200, body: checked.data }, now);
      return json(checked.data, 200, responseHeaders);
    } catch (error) {
      return failureResponse(error, endpoint);
    }
  };
}

function failureResponse(error: unknown, endpoint: Endpoint): Response {
  if (error instanceof DomainError) {
    const status = statusForCode(endpoint, error.code);
    if (status === null) {
      console.error(`[contract] ${endpoint.id} refused with "${error.code}", which its contract does not declare`);
      return errorResponse(new HttpError(500, 'server_error', `${endpoint.id} failed`));
    }
    const headers = error.retryAfterSec !== null ? { [contractHeaders.retryAfter]: String(error.retryAfterSec) } : undefined;
    error = new HttpError(status, error.code, error.message, error.details, headers);
  }
  if (error instanceof HttpError) {
    if (!isDeclaredError(endpoint, error.status, error.code) || !detailsMatch(endpoint, error.code, error.details)) {
      console.error(`[contract] ${endpoint.id} answered ${error.status} "${error.code}" outside its contract`);
      return errorResponse(new HttpError(500, 'server_error', `${endpoint.id} failed`));
    }
    return errorResponse(error);
  }
  if (isStoreUnavailable(error)) {
    console.warn(`[store] unavailable during ${endpoint.id}: ${(error as Error).message}`);
    return errorResponse(new HttpError(503, 'server_error', 'The store is unavailable; try again shortly', undefined, { [contractHeaders.retryAfter]: '5' }));
  }
  console.error(`[bff] ${endpoint.id} failed`, error);
  return errorResponse(new HttpError(500, 'server_error', `${endpoint.id} failed`));
}
