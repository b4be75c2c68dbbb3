// @vitest-environment node
import { compileErrors, validate } from '@readme/openapi-parser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod/mini';
import { endpoint } from '@/contract/core/endpoint';
import { endpoints, events } from '@/contract/registry';
import { DomainError } from '@/domain/domain-error';
import { createInProcessBus } from '../realtime/in-process-bus';
import { route } from '../server/contract-route';
import { allRoutes, createApp, routesForRegistry } from '../server/create-app';
import { HttpError } from '@/contract/core/http-error';
import type { BffDeps } from '../services/bff-deps';
import { testConfig } from './start-test-bff';

/**
 * The app alone, without a server or a store: the documents and these test routes never touch the store
 * (no session cookie is sent, and the test endpoints need none).
 */
function storelessDeps(): BffDeps {
  const unused = new Proxy({}, { get: (_t, name) => { throw new Error(`the store was used (${String(name)})`); } });
  return { config: testConfig(), db: unused as never, bus: createInProcessBus(), hub: unused as never, now: Date.now, buckets: new Map() };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the published contract', () => {
  it('serves an OpenAPI document that validates and lists every endpoint but the test controls', async () => {
    const app = createApp(storelessDeps());
    const response = await app.request('/api/openapi.json');
    expect(response.status).toBe(200);
    const document = (await response.json()) as { openapi: string; paths: Record<string, Record<string, { operationId?: string }>> };
    expect(document.openapi).toMatch(/^3\.1\./);

    const result = await validate(structuredClone(document) as never);
    expect(result.valid, result.valid ? '' : compileErrors(result)).toBe(true);

    const listed = Object.entries(document.paths).flatMap(([path, operations]) => Object.entries(operations).map(([method, op]) => `${method.toUpperCase()} ${path} ${op.operationId}`));
    const expected = endpoints.filter((e) => e.scope !== 'test').map((e) => `${e.method} ${e.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}')} ${e.id}`);
    expect(listed.sort()).toEqual(expected.sort());
    expect(Object.keys(document.paths).filter((p) => p.startsWith('/api/test'))).toEqual([]);
  });

  it('serves the realtime events as JSON Schema: the union names every event type', async () => {
    const response = await createApp(storelessDeps()).request('/api/events.schema.json');
    expect(response.status).toBe(200);
    const document = (await response.json()) as { $defs: Record<string, { anyOf?: unknown[]; oneOf?: unknown[] }> };
    const union = document.$defs.RealtimeEvent!;
    const variants = (union.oneOf ?? union.anyOf ?? []) as { properties?: { type?: { const?: string; enum?: string[] } } }[];
    const types = variants.flatMap((v) => (v.properties?.type?.const ? [v.properties.type.const] : (v.properties?.type?.enum ?? [])));
    expect(types.sort()).toEqual(Object.keys(events).sort());
    expect(Object.keys(document.$defs)).toEqual(expect.arrayContaining(['ServerFrame', 'ClientFrame']));
  });
});

describe('the registry and the routes', () => {
  it('has a route for each endpoint of the registry, and refuses to start when one is missing', () => {
    expect(routesForRegistry().map((r) => r.endpoint.id)).toEqual(endpoints.map((e) => e.id));
    const withoutMe = allRoutes.filter((r) => r.endpoint.id !== 'session.me');
    expect(() => createApp(storelessDeps(), 'test', { routes: withoutMe })).toThrow(/no route for: session\.me/);

    const added = endpoint({ id: 'test.unimplemented', summary: 'Declared, never built', method: 'GET', path: '/api/unimplemented', response: z.object({}) });
    expect(() => createApp(storelessDeps(), 'test', { registry: [...endpoints, added] })).toThrow(/test\.unimplemented/);
  });

  it('turns an answer outside the contract into a 500 naming the endpoint, logged, never passed on', async () => {
    const broken = endpoint({
      id: 'test.broken',
      summary: 'Answers what it should not',
      method: 'GET',
      path: '/api/broken/:how',
      params: z.object({ how: z.enum(['shape', 'undeclared-code', 'undeclared-status', 'throws']) }),
      response: z.object({ ok: z.literal(true) }),
      errors: { declared: { status: 409 } },
      auth: false,
    });
    const brokenRoute = route(broken, ({ params }) => {
      if (params.how === 'undeclared-code') throw new DomainError('made_up', 'A refusal the contract does not know');
      if (params.how === 'undeclared-status') throw new HttpError(418, 'declared', 'The right code with the wrong status');
      if (params.how === 'throws') throw new Error('a bug');
      return { ok: 'yes' } as never;
    });
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const app = createApp(storelessDeps(), 'test', { routes: [brokenRoute], registry: [broken] });

    for (const how of ['shape', 'undeclared-code', 'undeclared-status', 'throws']) {
      errors.mockClear();
      const response = await app.request(`/api/broken/${how}`);
      expect(response.status, how).toBe(500);
      const body = (await response.json()) as { code: string; message: string };
      expect(body, how).toEqual({ code: 'server_error', message: 'test.broken failed' });
      expect(JSON.stringify(body), `${how}: nothing of the bad answer leaks`).not.toMatch(/yes|made_up|a bug/);
      expect(errors, how).toHaveBeenCalled();
      expect(String(errors.mock.calls[0]![0]), how).toContain('test.broken');
    }
    expect((await app.request('/api/broken/shape')).headers.get('content-security-policy')).toContain("script-src 'self'");
  });
});
