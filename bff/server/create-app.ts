import { Hono } from 'hono';
import type { Endpoint } from '@/contract/core/endpoint';
import { endpoints } from '@/contract/registry';
import { attachmentRoutes } from '../handlers/attachment-routes';
import { auditRoutes } from '../handlers/audit-routes';
import { contactRoutes } from '../handlers/contact-routes';
import { conversationRoutes } from '../handlers/conversation-routes';
import { conversationTestingRoutes } from '../handlers/conversation-testing-routes';
import { customerRoutes } from '../handlers/customer-routes';
import { inboundRoutes } from '../handlers/inbound-routes';
import { sessionRoutes } from '../handlers/session-routes';
import { softphoneRoutes } from '../handlers/softphone-routes';
import { supervisorRoutes } from '../handlers/supervisor-routes';
import { systemRoutes } from '../handlers/system-routes';
import { testingRoutes } from '../handlers/testing-routes';
import { widgetRoutes } from '../handlers/widget-routes';
import type { BffDeps } from '../services/bff-deps';
import { contractHandler, type ContractRoute } from './contract-route';
import { serveDesktop } from './desktop-files';
import { eventsJsonSchema, openApiDocument } from './openapi-document';
import { securityHeaders } from './security-headers';

/** Every implemented endpoint; a feature with endpoints adds its routes here. */
export const allRoutes: readonly ContractRoute[] = [
  ...sessionRoutes,
  ...auditRoutes,
  ...customerRoutes,
  ...contactRoutes,
  ...conversationRoutes,
  ...attachmentRoutes,
  ...widgetRoutes,
  ...inboundRoutes,
  ...supervisorRoutes,
  ...softphoneRoutes,
  ...systemRoutes,
  ...testingRoutes,
  ...conversationTestingRoutes,
];

/** Pairs each endpoint of the registry with its route; an endpoint without one stops the server at start. */
export function routesForRegistry(routes: readonly ContractRoute[] = allRoutes, registry: readonly Endpoint[] = endpoints): ContractRoute[] {
  const byId = new Map(routes.map((r) => [r.endpoint.id, r]));
  const missing = registry.filter((e) => !byId.has(e.id)).map((e) => e.id);
  if (missing.length) throw new Error(`The BFF implements no route for: ${missing.join(', ')}`);
  return registry.map((e) => byId.get(e.id)!);
}

function isSecure(deps: BffDeps) {
  return (url: string, forwardedProto: string | undefined) => (deps.config.trustProxy ? forwardedProto === 'https' : url.startsWith('https:'));
}

/**
 * The HTTP side of one instance: the contract's routes, its documents, the desktop, and the headers.
 * `contract` swaps the routes and the registry they must cover (tests); an endpoint without a route throws.
 */
export function createApp(deps: BffDeps, version = '0.1.0', contract: { routes?: readonly ContractRoute[]; registry?: readonly Endpoint[] } = {}): Hono {
  const app = new Hono();
  app.use('*', securityHeaders({ sipWsUrl: deps.config.sipWsUrl, secure: isSecure(deps) }));
  for (const entry of routesForRegistry(contract.routes, contract.registry)) {
    app.on(entry.endpoint.method, entry.endpoint.path, contractHandler(entry, deps));
  }
  const openApi = openApiDocument(version);
  const eventSchemas = eventsJsonSchema();
  app.get('/api/openapi.json', (c) => c.json(openApi as object));
  app.get('/api/events.schema.json', (c) => c.json(eventSchemas as object));
  app.all('/api/*', (c) => c.json({ code: 'not_found', message: `No ${c.req.method} ${c.req.path}` }, 404));
  if (deps.config.staticDir) serveDesktop(app, deps.config.staticDir);
  return app;
}
