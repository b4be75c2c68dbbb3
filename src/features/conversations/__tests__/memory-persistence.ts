import type { KeyValueStore } from '../lib/idb';

/**
 * What IndexedDB holds, kept across a simulated reload: tests mock `stores/persistence` with this and reset
 * the zustand stores to "reload" the page (jsdom has no IndexedDB).
 */
export const persisted = new Map<string, Map<string, unknown>>();

export function memoryAgentStore<T>(agentId: string, store: string): KeyValueStore<T> {
  const key = `${agentId}/${store}`;
  const map = () => {
    let m = persisted.get(key);
    if (!m) persisted.set(key, (m = new Map()));
    return m as Map<string, T>;
  };
  return {
    get: async (k) => structuredClone(map().get(k)),
    getAll: async () => [...map()].map(([k, value]) => ({ key: k, value: structuredClone(value) })),
    put: async (k, value) => void map().set(k, structuredClone(value)),
    delete: async (k) => void map().delete(k),
  };
}
