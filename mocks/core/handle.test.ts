import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod/mini';
import { endpoint } from '@/contract/core/endpoint';
import { DomainError } from '@/domain/domain-error';
import { getMockDb } from './mock-db';
import { clearFaults, failEndpoint, getScenario, respondMalformed, setLatency } from './scenario-state';
import { expireSessions } from './sessions';
import { handle, MockContractViolation } from './handle';
import { HttpError } from '@/contract/core/http-error';
import { asSession, noSession, signIn, useMockServer, type TestSession } from '@/testing/use-mock-server';

function auth(session: TestSession | string | null, extra: Record<string, string> = {}): Record<string, string> {
  if (session === null) return noSession(extra);
  return asSession(typeof session === 'string' ? { id: session, csrf: session } : session, extra);
}

const echo = endpoint({
  id: 'test.echo',
  summary: 'A test endpoint',
  method: 'POST',
  path: '/api/probe/echo/:id',
  params: z.object({ id: z.string().check(z.regex(/^\d+$/)) }),
  query: z.object({ tag: z.optional(z.string()) }),
  body: z.object({ n: z.int() }),
  response: z.object({ id: z.string(), n: z.number(), tag: z.nullable(z.string()), by: z.string() }),
  errors: { state_conflict: { status: 409, details: z.object({ version: z.int() }) }, gone: { status: 410 } },
});

const supervisorsOnly = endpoint({
  id: 'test.supervisors',
  summary: 'A test endpoint',
  method: 'GET',
  path: '/api/probe/supervisors',
  response: z.object({ ok: z.literal(true) }),
  roles: ['supervisor'],
});

const broken = endpoint({ id: 'test.broken', summary: 'A test endpoint', method: 'GET', path: '/api/probe/broken', response: z.object({ count: z.number() }) });

let calls = 0;
const testHandlers = [
  handle(echo, ({ params, query, body, user }) => {
    calls++;
    return { id: params.id, n: body.n, tag: query.tag ?? null, by: user.username };
  }),
  handle(supervisorsOnly, () => ({ ok: true as const })),
  handle(broken, () => ({ count: 'many' }) as unknown as { count: number }),
];

function post(path: string, token: TestSession | string | null, body: unknown, headers: Record<string, string> = {}) {
  return fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...auth(token), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

describe('handle()', () => {
  const server = useMockServer();

  async function setup() {
    calls = 0;
    server.use(...testHandlers);
    return signIn('zhang.wei');
  }

  it('parses params, query and body and passes the signed-in user', async () => {
    const token = await setup();
    const response = await post('/api/probe/echo/42?tag=x', token, { n: 7 });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ id: '42', n: 7, tag: 'x', by: 'zhang.wei' });
  });

  it('answers 400 validation_failed naming the part and field', async () => {
    const token = await setup();
    const badBody = await post('/api/probe/echo/42', token, { n: 'seven' });
    expect(badBody.status).toBe(400);
    const json = (await badBody.json()) as { code: string; message: string; details: { where: string; issues: { path: string }[] } };
    expect(json.code).toBe('validation_failed');
    expect(json.details.where).toBe('body');
    expect(json.details.issues[0]?.path).toBe('n');

    const badParam = await post('/api/probe/echo/abc', token, { n: 1 });
    expect(badParam.status).toBe(400);
    expect(((await badParam.json()) as { details: { where: string } }).details.where).toBe('params');

    const notJson = await post('/api/probe/echo/1', token, '{oops');
    expect(notJson.status).toBe(400);
    expect(calls).toBe(0);
  });

  it('answers 401 without a token, with an unknown one, and after the session expired', async () => {
    const token = await setup();
    for (const t of [null, 'nope']) {
      const response = await post('/api/probe/echo/1', t, { n: 1 });
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ code: 'unauthorized' });
    }
    expect(expireSessions(getMockDb())).toBe(1);
    const expired = await post('/api/probe/echo/1', token, { n: 1 });
    expect(expired.status).toBe(401);
    expect(calls).toBe(0);
  });

  it('answers 403 forbidden to a role the endpoint does not allow', async () => {
    const agentToken = await setup();
    const refused = await fetch('/api/probe/supervisors', { headers: auth(agentToken) });
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ code: 'forbidden' });
    const allowed = await fetch('/api/probe/supervisors', { headers: auth(await signIn('wang.fang')) });
    expect(allowed.status).toBe(200);
  });

  it('fails an endpoint a number of times, then recovers', async () => {
    const token = await setup();
    failEndpoint('test.echo', 500, { times: 2 });
    expect(getScenario().faults['test.echo']).toEqual({ status: 500, remaining: 2 });
    const first = await post('/api/probe/echo/1', token, { n: 1 });
    expect(first.status).toBe(500);
    expect(await first.json()).toMatchObject({ code: 'server_error' });
    expect((await post('/api/probe/echo/1', token, { n: 1 })).status).toBe(500);
    expect((await post('/api/probe/echo/1', token, { n: 1 })).status).toBe(200);
    expect(getScenario().faults).toEqual({});
  });

  it('fails with 429 and 503 until the faults are cleared', async () => {
    const token = await setup();
    failEndpoint('test.echo', 429);
    failEndpoint('session.me', 503);
    const limited = await post('/api/probe/echo/1', token, { n: 1 });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('Retry-After')).toBe('1');
    expect(await limited.json()).toMatchObject({ code: 'rate_limited' });
    expect((await post('/api/probe/echo/1', token, { n: 1 })).status).toBe(429);
    const unavailable = await fetch('/api/session/me', { headers: auth(token) });
    expect(unavailable.status).toBe(503);
    expect(await unavailable.json()).toMatchObject({ code: 'server_error' });
    clearFaults();
    expect((await post('/api/probe/echo/1', token, { n: 1 })).status).toBe(200);
  });

  it('answers once outside the contract after respondMalformed', async () => {
    const token = await setup();
    respondMalformed('test.echo');
    const malformed = await post('/api/probe/echo/1', token, { n: 1 });
    expect(malformed.status).toBe(200);
    expect(echo.response.safeParse(await malformed.json()).success).toBe(false);
    const next = await post('/api/probe/echo/1', token, { n: 1 });
    expect(echo.response.safeParse(await next.json()).success).toBe(true);
  });

  it('adds the scenario latency to every answer', async () => {
    const token = await setup();
    setLatency(150);
    const started = performance.now();
    await post('/api/probe/echo/1', token, { n: 1 });
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('throws in tests when a handler answers outside the contract', async () => {
    await setup();
    const errors: unknown[] = [];
    const onError = ({ error }: { error: unknown }) => errors.push(error);
    server.events.on('unhandledException', onError);
    // MSW logs the thrown error; keep the test output quiet.
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const response = await fetch('/api/probe/broken', { headers: auth(await signIn('zhang.wei')) });
      expect(response.status).toBe(500);
      expect(errors[0]).toBeInstanceOf(MockContractViolation);
      expect(String((errors[0] as Error).message)).toMatch(/test\.broken.*count/);
    } finally {
      server.events.removeListener('unhandledException', onError);
      quiet.mockRestore();
    }
  });

  it('replays the first answer for a repeated Idempotency-Key', async () => {
    const token = await setup();
    const first = await post('/api/probe/echo/1', token, { n: 1 }, { 'Idempotency-Key': 'k1' });
    const again = await post('/api/probe/echo/1', token, { n: 1 }, { 'Idempotency-Key': 'k1' });
    expect(await again.json()).toEqual(await first.json());
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(calls).toBe(1);
  });

  it('turns a thrown HttpError into an ApiErrorBody', async () => {
    const token = await setup();
    server.use(
      handle(echo, () => {
        throw new HttpError(409, 'state_conflict', 'Moved on', { version: 3 });
      }),
    );
    const response = await post('/api/probe/echo/1', token, { n: 1 });
    expect(response.status).toBe(409);
    expect(await response.json()).toEqual({ code: 'state_conflict', message: 'Moved on', details: { version: 3 } });
  });

  it("answers a rule's refusal with the status the contract declares for its code", async () => {
    const token = await setup();
    server.use(
      handle(echo, () => {
        throw new DomainError('gone', 'Not any more');
      }),
    );
    const response = await post('/api/probe/echo/1', token, { n: 1 });
    expect(response.status).toBe(410);
    expect(await response.json()).toEqual({ code: 'gone', message: 'Not any more' });
  });

  it('throws in tests when a handler answers a code or details its contract does not declare', async () => {
    const token = await setup();
    const errors: unknown[] = [];
    const onError = ({ error }: { error: unknown }) => errors.push(error);
    server.events.on('unhandledException', onError);
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      for (const thrown of [new DomainError('teapot', 'no'), new HttpError(418, 'teapot', 'no'), new HttpError(409, 'state_conflict', 'x', { version: 'three' })]) {
        server.use(
          handle(echo, () => {
            throw thrown;
          }),
        );
        expect((await post('/api/probe/echo/1', token, { n: 1 })).status).toBe(500);
      }
      expect(errors).toHaveLength(3);
      for (const error of errors) expect(error).toBeInstanceOf(MockContractViolation);
      expect(String((errors[2] as Error).message)).toMatch(/details/);
    } finally {
      server.events.removeListener('unhandledException', onError);
      quiet.mockRestore();
    }
  });
});
