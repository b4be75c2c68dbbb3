import { z } from 'zod/mini';
import { createDocument } from 'zod-openapi';
import { ApiErrorBody } from '@/contract/core/api-error';
import { declaredErrors } from '@/contract/core/declared-errors';
import type { Endpoint } from '@/contract/core/endpoint';
import { contractCookies, contractHeaders } from '@/contract/core/headers';
import { ClientFrame, RealtimeEvent, REALTIME_PATH, ServerFrame } from '@/contract/events';
import { endpoints } from '@/contract/registry';

const reasons: Record<number, string> = { 400: 'Bad request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not found', 409: 'Conflict', 413: 'Payload too large', 422: 'Unprocessable', 429: 'Too many requests', 500: 'Server error', 503: 'Unavailable' };

function operation(ep: Endpoint) {
  const errors = new Map<number, string[]>();
  for (const [code, statuses] of declaredErrors(ep)) for (const status of statuses) errors.set(status, [...(errors.get(status) ?? []), code]);
  const responses: Record<string, unknown> = {
    '200': { description: 'OK', content: { 'application/json': { schema: ep.response } } },
  };
  for (const [status, codes] of [...errors].sort(([a], [b]) => a - b)) {
    responses[String(status)] = {
      description: `${reasons[status] ?? 'Error'}: ${codes.join(', ')}`,
      content: { 'application/json': { schema: ApiErrorBody } },
      ...(status === 429 || status === 503 ? { headers: { [contractHeaders.retryAfter]: { description: 'Seconds to wait', schema: { type: 'integer' } } } } : {}),
    };
  }
  const headerParams: Record<string, unknown>[] = [];
  if (ep.auth !== false && ep.method !== 'GET') headerParams.push({ name: contractHeaders.csrf, in: 'header', required: true, description: 'The session’s CSRF token (also in the zuoxi_csrf cookie)', schema: { type: 'string' } });
  if (ep.headers?.idempotencyKey) headerParams.push({ name: contractHeaders.idempotencyKey, in: 'header', required: false, description: 'A repeated key is applied once and answers the first result again', schema: { type: 'string' } });
  // The customer's side: the widget's chat token (answered when the chat starts), a carrier's inbound token.
  if (ep.audience === 'widget' && ep.params) headerParams.push({ name: contractHeaders.widgetToken, in: 'header', required: true, description: 'The chat token answered when the chat started', schema: { type: 'string' } });
  if (ep.errors && 'forbidden_inbound' in ep.errors) headerParams.push({ name: contractHeaders.inboundToken, in: 'header', required: true, description: 'The token the server is configured with for carriers and mail gateways', schema: { type: 'string' } });
  if (ep.headers?.ifMatch) headerParams.push({ name: contractHeaders.ifMatch, in: 'header', required: false, description: 'The version last seen; a stale one is a conflict', schema: { type: 'string' } });
  return {
    operationId: ep.id,
    summary: ep.summary,
    tags: [ep.id.split('.')[0]!],
    ...(ep.params || ep.query ? { requestParams: { ...(ep.params ? { path: ep.params } : {}), ...(ep.query ? { query: ep.query } : {}) } } : {}),
    ...(headerParams.length ? { parameters: headerParams } : {}),
    ...(ep.body ? { requestBody: { required: true, content: { 'application/json': { schema: ep.body } } } } : {}),
    ...(ep.auth === false ? { security: [] } : {}),
    ...(ep.roles ? { 'x-roles': [...ep.roles] } : {}),
    responses,
  };
}

/**
 * The HTTP contract as OpenAPI 3.1, generated from the registry (test controls left out), for teams that
 * write their own BFF over their CRM, billing and ticketing.
 */
export function openApiDocument(version: string): unknown {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const ep of endpoints.filter((e) => e.scope !== 'test')) {
    const path = ep.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
    (paths[path] ??= {})[ep.method.toLowerCase()] = operation(ep);
  }
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Zuoxi agent desktop BFF',
      version,
      description: `Sessions are a cookie (${contractCookies.session}, HttpOnly); every write carries ${contractHeaders.csrf}. Realtime events: WebSocket ${REALTIME_PATH}, schemas at /api/events.schema.json.`,
    },
    components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: contractCookies.session } } },
    security: [{ session: [] }],
    paths: paths as never,
  });
}

/** The realtime protocol as JSON Schema: the events, and the frames each way. */
export function eventsJsonSchema(): unknown {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: `Zuoxi realtime (${REALTIME_PATH})`,
    $defs: {
      RealtimeEvent: z.toJSONSchema(RealtimeEvent, { io: 'output' }),
      ServerFrame: z.toJSONSchema(ServerFrame, { io: 'output' }),
      ClientFrame: z.toJSONSchema(ClientFrame, { io: 'input' }),
    },
  };
}
