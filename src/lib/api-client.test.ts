import { http, HttpResponse, delay } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod/mini';
import { endpoint } from '@/contract/core/endpoint';
import { api } from './api-client';
import { ApiError, isApiErrorOf } from './api-error';
import { forgetSession, onUnauthorized, rememberSession } from './session-hint';

const getThing = endpoint({
  id: 'test.thing.get',
  summary: 'A test endpoint',
  method: 'GET',
  path: '/api/things/:thingId',
  params: z.object({ thingId: z.string() }),
  query: z.object({ view: z.optional(z.string()) }),
  response: z.object({ id: z.string(), count: z.number() }),
  errors: { count_conflict: { status: 409, details: z.object({ current: z.number() }) } },
});
const putThing = endpoint({
  id: 'test.thing.put',
  summary: 'A test endpoint',
  method: 'PUT',
  path: '/api/things/:thingId',
  params: z.object({ thingId: z.string() }),
  body: z.object({ count: z.number() }),
  response: z.object({ id: z.string(), count: z.number() }),
  errors: { count_conflict: { status: 409, details: z.object({ current: z.number() }) } },
});

const seen: Request[] = [];
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  seen.length = 0;
});
afterAll(() => server.close());
afterEach(() => forgetSession());

describe('api client', () => {
  it('fills path params and query, sends no credentials of its own on a read, and returns the validated body', async () => {
    rememberSession('csrf-1');
    server.use(
      http.get('/api/things/:thingId', ({ request, params }) => {
        seen.push(request);
        return HttpResponse.json({ id: params.thingId, count: 2 });
      }),
    );
    const thing = await api(getThing, { params: { thingId: 'a b' }, query: { view: 'full' } });
    expect(thing).toEqual({ id: 'a b', count: 2 });
    const request = seen[0]!;
    expect(new URL(request.url).pathname).toBe('/api/things/a%20b');
    expect(new URL(request.url).searchParams.get('view')).toBe('full');
    // The session is the browser's cookie; a read needs no CSRF token.
    expect(request.headers.get('authorization')).toBeNull();
    expect(request.headers.get('x-csrf-token')).toBeNull();
    expect(request.credentials).toBe('same-origin');
    expect(request.headers.get('idempotency-key')).toBeNull();
  });

  it('puts an Idempotency-Key and the CSRF token on every write, reusing a key given for a retry', async () => {
    rememberSession('csrf-2');
    server.use(
      http.put('/api/things/:thingId', async ({ request }) => {
        seen.push(request.clone());
        return HttpResponse.json({ id: 'x', count: ((await request.json()) as { count: number }).count });
      }),
    );
    await api(putThing, { params: { thingId: 'x' }, body: { count: 1 } });
    await api(putThing, { params: { thingId: 'x' }, body: { count: 1 } });
    await api(putThing, { params: { thingId: 'x' }, body: { count: 1 }, idempotencyKey: 'retry-1' });
    const keys = seen.map((r) => r.headers.get('idempotency-key'));
    expect(seen.map((r) => r.headers.get('x-csrf-token'))).toEqual(['csrf-2', 'csrf-2', 'csrf-2']);
    expect(keys[0]).toMatch(/.{8,}/);
    expect(keys[1]).not.toBe(keys[0]);
    expect(keys[2]).toBe('retry-1');
  });

  it('turns an error body into a typed ApiError with status and code', async () => {
    server.use(http.get('/api/things/:thingId', () => HttpResponse.json({ code: 'not_found', message: 'no thing' }, { status: 404 })));
    const error = await api(getThing, { params: { thingId: 'x' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 404, code: 'not_found', endpointId: 'test.thing.get', retryable: false });
  });

  it('names a 500 without a body as a retryable server error', async () => {
    server.use(http.get('/api/things/:thingId', () => new HttpResponse('boom', { status: 500 })));
    const error = await api(getThing, { params: { thingId: 'x' } }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 500, code: 'server_error', retryable: true });
  });

  it('reports a response outside the contract naming endpoint and field, and logs it once', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    server.use(http.get('/api/things/:thingId', () => HttpResponse.json({ id: 'x', count: 'two' })));
    const first = await api(getThing, { params: { thingId: 'x' } }).catch((e: unknown) => e);
    await api(getThing, { params: { thingId: 'x' } }).catch(() => undefined);
    expect(first).toMatchObject({ code: 'contract_mismatch', endpointId: 'test.thing.get' });
    expect((first as ApiError).message).toContain('count');
    expect(log).toHaveBeenCalledTimes(1);
    log.mockRestore();
  });

  it('times out with a retryable timeout error', async () => {
    server.use(
      http.get('/api/things/:thingId', async () => {
        await delay(500);
        return HttpResponse.json({ id: 'x', count: 1 });
      }),
    );
    const error = await api(getThing, { params: { thingId: 'x' }, timeoutMs: 50 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 0, code: 'timeout', retryable: true });
  });

  it('tells listeners once per 401 so the shell can re-authenticate', async () => {
    const listener = vi.fn();
    const off = onUnauthorized(listener);
    server.use(http.get('/api/things/:thingId', () => HttpResponse.json({ code: 'unauthorized', message: 'expired' }, { status: 401 })));
    await api(getThing, { params: { thingId: 'x' } }).catch(() => undefined);
    expect(listener).toHaveBeenCalledTimes(1);
    off();
  });

  it('refuses to call a path with a missing parameter', async () => {
    await expect(api(getThing, { params: { thingId: '' } })).rejects.toThrow(/Missing path parameter "thingId"/);
  });
  it('narrows an error to the endpoint’s declared code, with its details typed', async () => {
    server.use(http.put('/api/things/:thingId', () => HttpResponse.json({ code: 'count_conflict', message: 'moved', details: { current: 4 } }, { status: 409 })));
    const error = await api(putThing, { params: { thingId: 'x' }, body: { count: 1 } }).catch((e: unknown) => e);
    expect(isApiErrorOf(error, putThing, 'count_conflict')).toBe(true);
    if (isApiErrorOf(error, putThing, 'count_conflict')) expect(error.details.current + 1).toBe(5);
    expect(isApiErrorOf(error, getThing, 'count_conflict' as never)).toBe(false);
    expect(isApiErrorOf(error, putThing, 'server_error')).toBe(false);
  });

  it('reads Retry-After on a 429 or 503 so callers can wait as asked', async () => {
    server.use(http.get('/api/things/:thingId', () => HttpResponse.json({ code: 'rate_limited', message: 'slow down' }, { status: 429, headers: { 'Retry-After': '3' } })));
    const limited = await api(getThing, { params: { thingId: 'x' } }).catch((e: unknown) => e);
    expect(limited).toMatchObject({ status: 429, code: 'rate_limited', retryAfterMs: 3000 });
    server.use(http.get('/api/things/:thingId', () => HttpResponse.json({ code: 'server_error', message: 'no' }, { status: 500, headers: { 'Retry-After': '3' } })));
    expect(await api(getThing, { params: { thingId: 'x' } }).catch((e: unknown) => e)).toMatchObject({ retryAfterMs: null });
  });
});
