import { endpoints, findEndpoint } from '@/contract/registry';
import { DomainError } from '@/domain/domain-error';
import { dropAllSockets } from '@mocks/core/realtime-server';
import {
  clearFaults,
  failEndpoint,
  getScenario,
  respondMalformed,
  setLatency,
  subscribeScenario,
  type FaultStatus,
  type ScenarioSnapshot,
} from '@mocks/core/scenario-state';

function known(endpointId: string): void {
  if (!findEndpoint(endpointId)) throw new DomainError('not_found', `No endpoint ${endpointId}`);
}

/** Network and faults: latency, failing or malformed answers, a dropped socket. */
export const scenarioControls = {
  setLatency,
  failEndpoint(endpointId: string, status: FaultStatus, options: { times?: number } = {}): void {
    known(endpointId);
    failEndpoint(endpointId, status, options);
  },
  clearFaults,
  respondMalformed(endpointId: string): void {
    known(endpointId);
    respondMalformed(endpointId);
  },
  /** Drops every socket; with `downForMs` the server refuses reconnects that long, so the banner shows. */
  dropSocket(downForMs?: number): number {
    return dropAllSockets({ downForMs });
  },
  /** The contract's endpoints (id, method, path), for picking one to fail; test controls left out. */
  listEndpoints(): { id: string; method: string; path: string }[] {
    return endpoints
      .filter((e) => e.scope !== 'test')
      .map(({ id, method, path }) => ({ id, method, path }))
      .sort((a, b) => a.id.localeCompare(b.id));
  },
  getState(): ScenarioSnapshot {
    return getScenario();
  },
  subscribe(listener: (snapshot: ScenarioSnapshot) => void): () => void {
    return subscribeScenario(listener);
  },
};
