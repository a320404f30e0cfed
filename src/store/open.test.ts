import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { STORES_V2 } from './db';
import { createConversation, listConversations, newConversation } from './conversations';
import { MEMORY_MODE_MESSAGE, openStore } from './open';

const currentStores = Object.fromEntries(Object.entries(STORES_V2).filter(([, spec]) => spec !== null));

describe('openStore', () => {
  it('uses IndexedDB when available, and data survives reopening', async () => {
    const indexedDB = new IDBFactory();
    const first = await openStore({ indexedDB, IDBKeyRange });
    expect(first.status).toEqual({ mode: 'persistent' });
    await createConversation(first.db, newConversation({ now: 1 }));
    first.db.close();

    const second = await openStore({ indexedDB, IDBKeyRange });
    expect(await listConversations(second.db)).toHaveLength(1);
    second.db.close();
  });

  it('falls back to memory with a Korean message when indexedDB is undefined', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const { db, status } = await openStore().finally(() => vi.unstubAllGlobals());
    expect(status).toEqual({ mode: 'memory', message: MEMORY_MODE_MESSAGE, reason: 'MissingAPIError' });
    expect(status.message).toBe('이 브라우저에서는 기록을 저장할 수 없어 이번 대화는 창을 닫으면 사라져요.');
    expect(await createConversation(db, newConversation())).toBe(true);
    expect(await listConversations(db)).toHaveLength(1);
    db.close();

    // Each memory store starts empty.
    const other = await openStore({ indexedDB: null });
    expect(other.status.mode).toBe('memory');
    expect(await listConversations(other.db)).toEqual([]);
    other.db.close();
  });

  it('falls back to memory when opening fails (private mode / SecurityError)', async () => {
    const blocked = {
      open() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    } as unknown as globalThis.IDBFactory;
    const { db, status } = await openStore({ indexedDB: blocked, IDBKeyRange });
    expect(status.mode).toBe('memory');
    expect(status.reason).toBe('SecurityError');
    expect(await createConversation(db, newConversation())).toBe(true);
    db.close();
  });

  it('opens a compatible database left by a newer app version as it is', async () => {
    const indexedDB = new IDBFactory();
    const newer = new Dexie('maum-shimpyo', { indexedDB, IDBKeyRange });
    newer.version(5).stores({ ...currentStores, playlists: 'id' });
    await newer.open();
    await newer.table('conversations').add(newConversation({ now: 5 }));
    newer.close();

    const { db, status } = await openStore({ indexedDB, IDBKeyRange });
    expect(status).toEqual({ mode: 'persistent' });
    expect(await listConversations(db)).toHaveLength(1);
    db.close();
  });

  it('falls back to memory when a newer app version left an incompatible database (VersionError)', async () => {
    const indexedDB = new IDBFactory();
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open('maum-shimpyo', 990);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
    const { db, status } = await openStore({ indexedDB, IDBKeyRange });
    expect(status).toMatchObject({ mode: 'memory', reason: 'VersionError' });
    db.close();
  });
});
