import { keyValueStore, type KeyValueStore } from '../lib/idb';

const STORES = ['drafts', 'outbox'] as const;

/**
 * Where this agent's drafts and outbox live: one IndexedDB database per agent, so another agent signing in
 * on the same browser never sees (or sends) them.
 */
export function agentStore<T>(agentId: string, store: (typeof STORES)[number]): KeyValueStore<T> {
  return keyValueStore<T>(`zuoxi-conversations-${agentId}`, store, STORES);
}
