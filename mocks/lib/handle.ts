import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { z } from 'zod/mini';
import type { ApiErrorBody } from '@/contract/core/api-error';
import type { Endpoint } from '@/contract/core/endpoint';
import { getMockDb, type MockDb, type SessionRecord } from '@mocks/db/mock-db';
import { activeSession } from '@mocks/db/sessions';
import { getScenario, takeFault, takeMalformed } from '@mocks/scenario/scenario-state';
import type { SeedAgent } from '@mocks/seed/types';
import { MockHttpError } from './mock-http-error';

// The contract uses zod/mini, which has no message locale; mocks are for people, so name what was wrong.
z.config(z.locales.en());

type ParamsOut<E> = E extends Endpoint<infer P, z.ZodMiniType, z.ZodMiniType, z.ZodMiniType> ? z.output<P> : never;
type QueryOut<E> = E extends Endpoint<z.ZodMiniType, infer Q, z.ZodMiniType, z.ZodMiniType> ? z.output<Q> : never;
type BodyOut<E> = E extends Endpoint<z.ZodMiniType, z.ZodMiniType, infer B, z.ZodMiniType> ? z.output<B> : never;
type ResponseIn<E> = E extends Endpoint<z.ZodMiniType, z.ZodMiniType, z.ZodMiniType, infer R> ? z.input<R> : never;

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
}

export type MockResolver<E> = (ctx: HandlerContext<E>) => ResponseIn<E> | Promise<ResponseIn<E>>;

/** Thrown in tests when a handler answers outside the contract: the mock is wrong, not the app. */
export class MockContractViolation extends Error {
  override name = 'MockContractViolation';
}

// 503 keeps the common `server_error` code so the UI needs no extra message for it; the status tells them apart.
const faultCodes: Record<number, string> = { 429: 'rate_limited', 500: 'server_error', 503: 'server_error' };

/** Every endpoint with a mock handler, for the dev panel's fault picker. */
export const handledEndpoints = new Map<string, { id: string; method: string; path: string }>();

export function errorResponse(
  status: number,
  code: string,
  message: string,
  details?: Record<string, unknown>,
  headers?: Record<string, string>,
): Response {
  const body: ApiErrorBody = details ? { code, message, details } : { code, message };
  return HttpResponse.json(body, { status, headers });
}

function isTestMode(): boolean {
  return import.meta.env?.MODE === 'test';
}

function issuesOf(error: z.core.$ZodError): { path: string; message: string }[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

function validationError(where: 'params' | 'query' | 'body', error: z.core.$ZodError): MockHttpError {
  const issues = issuesOf(error);
  const first = issues[0];
  return new MockHttpError(422, 'validation_failed', `Invalid ${where}: ${first ? `${first.path || '(root)'} ${first.message}` : 'rejected'}`, {
    where,
    issues,
  });
}

function queryObject(url: URL): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    out[key] = values.length > 1 ? values : (values[0] ?? '');
  }
  return out;
}

function parsePart<T extends z.ZodMiniType | undefined>(schema: T, value: unknown, where: 'params' | 'query' | 'body'): unknown {
  if (!schema) return value;
  const result = schema.safeParse(value);
  if (!result.success) throw validationError(where, result.error);
  return result.data;
}

async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new MockHttpError(422, 'validation_failed', 'Body is not valid JSON', { where: 'body' });
  }
}

/** A body that breaks `schema`, for `respondMalformed`: the app must show a contract error, not crash. */
function malformedBodyFor(schema: z.ZodMiniType): unknown {
  const candidates: unknown[] = [{ malformed: true }, 'malformed', [{ malformed: true }], null];
  return candidates.find((candidate) => !schema.safeParse(candidate).success) ?? { malformed: true };
}

function authorize(endpoint: Endpoint, request: Request, db: MockDb): SessionRecord | null {
  const header = request.headers.get('authorization') ?? '';
  const token = /^Bearer\s+(.+)$/i.exec(header)?.[1]?.trim() ?? null;
  const session = activeSession(db, token);
  if (endpoint.auth === false) return session;
  if (!session) {
    throw new MockHttpError(401, 'unauthorized', token ? 'Session expired or unknown' : 'Missing bearer token');
  }
  if (endpoint.roles && !endpoint.roles.includes(session.role)) {
    throw new MockHttpError(403, 'forbidden', `${endpoint.id} needs one of: ${endpoint.roles.join(', ')}`);
  }
  return session;
}

function toErrorResponse(error: unknown, endpoint: Endpoint): Response {
  if (error instanceof MockHttpError) return errorResponse(error.status, error.code, error.message, error.details, error.headers);
  if (error instanceof MockContractViolation && isTestMode()) throw error;
  console.error(`[mock] ${endpoint.id} failed`, error);
  return errorResponse(500, 'server_error', error instanceof Error ? error.message : 'Mock handler failed');
}

/**
 * An MSW handler for one contract endpoint: scenario latency and faults, auth and roles, request
 * validation, the resolver, response validation, and Idempotency-Key replay — in that order, as the BFF does.
 */
export function handle<E extends Endpoint>(endpoint: E, resolver: MockResolver<E>): HttpHandler {
  const method = endpoint.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
  handledEndpoints.set(endpoint.id, { id: endpoint.id, method: endpoint.method, path: endpoint.path });
  return http[method](endpoint.path, async ({ request, params }) => {
    const { latencyMs } = getScenario();
    if (latencyMs > 0) await delay(latencyMs);

    const fault = takeFault(endpoint.id);
    if (fault !== null) {
      return errorResponse(fault, faultCodes[fault] ?? 'server_error', `Injected ${fault} on ${endpoint.id}`, undefined, fault === 500 ? undefined : { 'Retry-After': '1' });
    }

    const db = getMockDb();
    try {
      const session = authorize(endpoint, request, db);
      const parsedParams = parsePart(endpoint.params, params, 'params');
      const parsedQuery = parsePart(endpoint.query, queryObject(new URL(request.url)), 'query');
      const rawBody = endpoint.body ? await readJson(request) : undefined;
      const parsedBody = parsePart(endpoint.body, rawBody, 'body');

      const idempotencyKey = endpoint.method === 'GET' ? null : request.headers.get('idempotency-key');
      const replayKey = idempotencyKey ? `${endpoint.id}|${session?.userId ?? '-'}|${idempotencyKey}` : null;
      const replay = replayKey ? db.idempotency.get(replayKey) : undefined;
      if (replay) return HttpResponse.json(replay.body as never, { status: replay.status, headers: { 'Idempotent-Replayed': 'true' } });

      const ctx: HandlerContext<E> = {
        params: parsedParams as ParamsOut<E>,
        query: parsedQuery as QueryOut<E>,
        body: parsedBody as BodyOut<E>,
        session,
        get user(): SeedAgent {
          const user = session ? db.users.get(session.userId) : undefined;
          if (!user) throw new MockHttpError(401, 'unauthorized', 'No signed-in user');
          return user;
        },
        db,
        request,
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
      return HttpResponse.json(checked.data as never, { status: 200 });
    } catch (error) {
      return toErrorResponse(error, endpoint);
    }
  });
}
