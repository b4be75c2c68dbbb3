import { z } from 'zod/mini';
import { endpoint } from '../core/endpoint';

/** The server itself: is it up and able to answer (load balancers and start-up scripts ask). */

export const getHealth = endpoint({
  id: 'system.health',
  summary: 'Whether this instance can answer (its store reachable)',
  method: 'GET',
  path: '/api/health',
  response: z.object({ ok: z.literal(true), instance: z.string() }),
  auth: false,
});
