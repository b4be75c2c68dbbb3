import {
  broadcastNotice,
  clearFaults,
  dropSockets,
  expireSessions,
  failEndpoint,
  getScenario,
  offerContact,
  resetBackend,
  respondMalformed,
  setLatency,
  setQueuePolicy,
  surgeQueue,
} from '@/contract/endpoints/testing';
import { handle } from '@mocks/core/handle';
import { mockControls } from '@mocks/mock-controls';

/** The contract's test endpoints: the scenario controls over HTTP, as the BFF offers them in test mode. */
export const testingHandlers = [
  handle(resetBackend, () => {
    mockControls.reset();
    return { ok: true as const };
  }),
  handle(getScenario, () => mockControls.getState()),
  handle(offerContact, ({ body }) => mockControls.injectContact(body)),
  handle(dropSockets, ({ body }) => ({ dropped: mockControls.dropSocket(body.downForMs) })),
  handle(setLatency, ({ body }) => {
    mockControls.setLatency(body.ms);
    return mockControls.getState();
  }),
  handle(failEndpoint, ({ body }) => {
    mockControls.failEndpoint(body.endpointId, body.status, { times: body.times });
    return mockControls.getState();
  }),
  handle(respondMalformed, ({ body }) => {
    mockControls.respondMalformed(body.endpointId);
    return mockControls.getState();
  }),
  handle(clearFaults, () => {
    mockControls.clearFaults();
    return mockControls.getState();
  }),
  handle(expireSessions, ({ body }) => ({ expired: mockControls.expireSession(body.userId) })),
  handle(broadcastNotice, ({ body }) => ({ id: mockControls.broadcastNotice(body.text, body.severity, body.from) })),
  handle(surgeQueue, ({ params, body }) => mockControls.surgeQueue(params.queueId, body.waiting, body.longestWaitSec)),
  handle(setQueuePolicy, ({ params, body }) => mockControls.setQueuePolicy(params.queueId, body.acwSeconds)),
];
