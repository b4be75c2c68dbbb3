import type { z } from 'zod/mini';
import type { Endpoint } from './core/endpoint';
import * as audit from './endpoints/audit';
import * as contacts from './endpoints/contacts';
import * as conversations from './endpoints/conversations';
import * as customers from './endpoints/customers';
import * as session from './endpoints/session';
import * as softphone from './endpoints/softphone';
import * as supervisor from './endpoints/supervisor';
import * as system from './endpoints/system';
import * as testing from './endpoints/testing';
import * as widget from './endpoints/widget';
import {
  AgentStateChanged,
  ContactOffered,
  ContactUpdated,
  ConversationOffered,
  ConversationOfferWithdrawn,
  ConversationUpdated,
  MessageCreated,
  MessageUpdated,
  NoticeBroadcast,
  QueueStatsUpdated,
  Typing,
  type RealtimeEventType,
} from './events';

function endpointsOf(module: Record<string, unknown>): Endpoint[] {
  return Object.values(module).filter((v): v is Endpoint => !!v && typeof v === 'object' && 'id' in v && 'method' in v && 'path' in v && 'response' in v);
}

/**
 * Every HTTP endpoint of the contract, by feature. A server registers its routes from this list, the
 * OpenAPI document is generated from it, and the role matrix walks it; a new endpoints file is added here.
 */
export const endpointsByFeature = {
  session: endpointsOf(session),
  audit: endpointsOf(audit),
  customers: endpointsOf(customers),
  contacts: endpointsOf(contacts),
  conversations: endpointsOf(conversations),
  widget: endpointsOf(widget),
  system: endpointsOf(system),
  softphone: endpointsOf(softphone),
  supervisor: endpointsOf(supervisor),
  testing: endpointsOf(testing),
} as const;

export const endpoints: readonly Endpoint[] = Object.values(endpointsByFeature).flat();

/** Every realtime event schema, keyed by its `type`. */
export const events = {
  'agent.state_changed': AgentStateChanged,
  'queue.stats_updated': QueueStatsUpdated,
  'contact.offered': ContactOffered,
  'contact.updated': ContactUpdated,
  'conversation.offered': ConversationOffered,
  'conversation.offer_withdrawn': ConversationOfferWithdrawn,
  'conversation.updated': ConversationUpdated,
  'message.created': MessageCreated,
  'message.updated': MessageUpdated,
  typing: Typing,
  'notice.broadcast': NoticeBroadcast,
} as const satisfies Record<RealtimeEventType, z.ZodMiniType>;

const byId = new Map(endpoints.map((e) => [e.id, e]));

export function findEndpoint(id: string): Endpoint | undefined {
  return byId.get(id);
}
