/**
 * The one place scenario settings live (latency, injected faults, malformed answers), read by `handle()`
 * on every request and shown by the dev panel through `subscribe`.
 */
import type { FaultStatus, ScenarioSnapshot } from '@/contract/endpoints/testing';

export type { FaultStatus, ScenarioSnapshot };

type Listener = (snapshot: ScenarioSnapshot) => void;

const initial: ScenarioSnapshot = { latencyMs: 0, faults: {}, malformed: [] };
let snapshot: ScenarioSnapshot = initial;
const listeners = new Set<Listener>();

function update(next: ScenarioSnapshot): void {
  snapshot = next;
  for (const listener of listeners) listener(snapshot);
}

/** Immutable: a new object after every change, so React's useSyncExternalStore can compare by reference. */
export function getScenario(): ScenarioSnapshot {
  return snapshot;
}

export function subscribeScenario(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function setLatency(ms: number): void {
  if (!Number.isFinite(ms) || ms < 0) throw new Error(`setLatency: ${ms} is not a duration in ms`);
  update({ ...snapshot, latencyMs: Math.round(ms) });
}

export function failEndpoint(endpointId: string, status: FaultStatus, options: { times?: number } = {}): void {
  if (![500, 429, 503].includes(status)) throw new Error(`failEndpoint: status ${status} is not 500, 429 or 503`);
  const remaining = options.times === undefined ? null : Math.max(0, Math.floor(options.times));
  update({ ...snapshot, faults: { ...snapshot.faults, [endpointId]: { status, remaining } } });
}

export function clearFaults(): void {
  update({ ...snapshot, faults: {}, malformed: [] });
}

export function respondMalformed(endpointId: string): void {
  if (snapshot.malformed.includes(endpointId)) return;
  update({ ...snapshot, malformed: [...snapshot.malformed, endpointId] });
}

/** The fault to answer this request with, if any; counts it down. */
export function takeFault(endpointId: string): FaultStatus | null {
  const rule = snapshot.faults[endpointId];
  if (!rule || rule.remaining === 0) return null;
  if (rule.remaining !== null) {
    const faults = { ...snapshot.faults };
    if (rule.remaining <= 1) delete faults[endpointId];
    else faults[endpointId] = { ...rule, remaining: rule.remaining - 1 };
    update({ ...snapshot, faults });
  }
  return rule.status;
}

/** True once per `respondMalformed(endpointId)`. */
export function takeMalformed(endpointId: string): boolean {
  if (!snapshot.malformed.includes(endpointId)) return false;
  update({ ...snapshot, malformed: snapshot.malformed.filter((id) => id !== endpointId) });
  return true;
}

export function resetScenario(): void {
  update(initial);
}
