/**
 * Opens the database: IndexedDB when the browser offers it, otherwise the same schema in memory
 * (fake-indexeddb, loaded only when needed), so the app works either way and says which it got.
 */
import { MaumDB, DEFAULT_DB_NAME } from './db';
import { attachKeptWrites, restoreKeptWrites } from './keptWrites';

export type StoreMode = 'persistent' | 'memory';

export interface StoreStatus {
  mode: StoreMode;
  /** Korean text for the user, present in memory mode. */
  message?: string;
  /** Why persistent storage was not used (an error name), for diagnostics. */
  reason?: string;
}

export interface OpenedStore {
  db: MaumDB;
  status: StoreStatus;
}

export interface OpenStoreOptions {
  name?: string;
  /** IndexedDB to use; `null` forces memory mode. Defaults to the browser's. */
  indexedDB?: IDBFactory | null;
  IDBKeyRange?: typeof IDBKeyRange;
  /**
   * Where writes refused by a full disk are kept across reloads (./keptWrites.ts). Defaults to
   * the browser's localStorage; null keeps them in memory only.
   */
  keptWrites?: Storage | null;
}

export const MEMORY_MODE_MESSAGE = '이 브라우저에서는 기록을 저장할 수 없어 이번 대화는 창을 닫으면 사라져요.';

/**
 * Never rejects for storage reasons: falls back to memory on a missing API or a failed open.
 * In memory mode writes kept in localStorage by an earlier page stay there for a later start
 * that has IndexedDB again.
 */
export async function openStore(options: OpenStoreOptions = {}): Promise<OpenedStore> {
  const name = options.name ?? DEFAULT_DB_NAME;
  const factory = options.indexedDB !== undefined ? options.indexedDB : browserIndexedDB();

  let reason = 'MissingAPIError';
  if (factory) {
    const keyRange = options.IDBKeyRange ?? (globalThis as { IDBKeyRange?: typeof IDBKeyRange }).IDBKeyRange;
    const db = new MaumDB({ name, indexedDB: factory, ...(keyRange ? { IDBKeyRange: keyRange } : {}) });
    try {
      await db.open();
      // Dexie 4 opens a database left by a newer app version as it is; make sure ours fit in it.
      const stores = db.backendDB().objectStoreNames;
      if (db.tables.every((table) => stores.contains(table.name))) {
        // Before anything else reads or writes: what a full disk refused last time goes in first.
        attachKeptWrites(db, options.keptWrites !== undefined ? { storage: options.keptWrites } : {});
        await restoreKeptWrites(db);
        return { db, status: { mode: 'persistent' } };
      }
      reason = 'VersionError';
    } catch (error) {
      // Private mode, SecurityError, InvalidStateError, VersionError, …
      reason = errorName(error);
    }
    db.close();
  }
  return { db: await openInMemory(name), status: { mode: 'memory', message: MEMORY_MODE_MESSAGE, reason } };
}

/** A fresh, empty database that lives only as long as the page. */
export async function openInMemory(name: string = DEFAULT_DB_NAME): Promise<MaumDB> {
  const fake = await import('fake-indexeddb');
  const db = new MaumDB({ name, indexedDB: new fake.IDBFactory(), IDBKeyRange: fake.IDBKeyRange });
  await db.open();
  return db;
}

function browserIndexedDB(): IDBFactory | null {
  try {
    // Reading the global itself throws SecurityError in some sandboxed or cookie-blocked contexts.
    return (globalThis as { indexedDB?: IDBFactory }).indexedDB ?? null;
  } catch {
    return null;
  }
}

function errorName(error: unknown): string {
  if (error && typeof error === 'object') {
    const e = error as { name?: unknown; inner?: { name?: unknown } | null };
    // Dexie wraps the browser's error (OpenFailedError { inner: SecurityError, … }).
    if (e.inner && typeof e.inner.name === 'string') return e.inner.name;
    if (typeof e.name === 'string') return e.name;
  }
  return 'UnknownError';
}
