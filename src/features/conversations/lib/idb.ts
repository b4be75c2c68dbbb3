/**
 * A tiny promise wrapper over IndexedDB: one database, named object stores keyed by a string. Enough for
 * drafts and the outbox; no library (idb-keyval and friends weigh more than this whole feature needs).
 * Where IndexedDB is missing or refuses (a private window, storage disabled), it keeps the values in
 * memory for the page's life: the desktop still works, only a reload forgets.
 */
export interface KeyValueStore<T> {
  get(key: string): Promise<T | undefined>;
  getAll(): Promise<{ key: string; value: T }[]>;
  put(key: string, value: T): Promise<void>;
  delete(key: string): Promise<void>;
}

const opened = new Map<string, Promise<IDBDatabase | null>>();

function request<R>(req: IDBRequest<R>): Promise<R> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function openDatabase(name: string, stores: readonly string[]): Promise<IDBDatabase | null> {
  let db = opened.get(name);
  if (!db) {
    db = new Promise<IDBDatabase | null>((resolve) => {
      const factory = globalThis.indexedDB;
      if (!factory) return resolve(null);
      let req: IDBOpenDBRequest;
      try {
        req = factory.open(name, 1);
      } catch {
        return resolve(null);
      }
      req.onupgradeneeded = () => {
        for (const store of stores) if (!req.result.objectStoreNames.contains(store)) req.result.createObjectStore(store);
      };
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => resolve(null);
      req.onblocked = () => resolve(null);
    });
    opened.set(name, db);
  }
  return db;
}

/** One object store of database `dbName` (every store of the database is named up front: `stores`). */
export function keyValueStore<T>(dbName: string, storeName: string, stores: readonly string[]): KeyValueStore<T> {
  const memory = new Map<string, T>();
  const withStore = async <R>(mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest<R>): Promise<R | undefined> => {
    const db = await openDatabase(dbName, stores);
    if (!db) return undefined;
    const tx = db.transaction(storeName, mode);
    const result = await request(run(tx.objectStore(storeName)));
    if (mode === 'readwrite') {
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
        tx.onabort = () => reject(tx.error);
      });
    }
    return result;
  };
  const db = () => openDatabase(dbName, stores);

  return {
    async get(key) {
      if (!(await db())) return memory.get(key);
      return (await withStore<T>('readonly', (s) => s.get(key) as IDBRequest<T>)) ?? undefined;
    },
    async getAll() {
      if (!(await db())) return [...memory].map(([key, value]) => ({ key, value }));
      const d = await db();
      const tx = d!.transaction(storeName, 'readonly');
      const store = tx.objectStore(storeName);
      const [keys, values] = await Promise.all([request(store.getAllKeys()), request(store.getAll() as IDBRequest<T[]>)]);
      return keys.map((key, i) => ({ key: String(key), value: values[i] as T }));
    },
    async put(key, value) {
      if (!(await db())) {
        memory.set(key, value);
        return;
      }
      await withStore('readwrite', (s) => s.put(value, key));
    },
    async delete(key) {
      if (!(await db())) {
        memory.delete(key);
        return;
      }
      await withStore('readwrite', (s) => s.delete(key));
    },
  };
}
