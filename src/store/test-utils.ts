/** Test helpers: every call gets its own in-memory IndexedDB, so tests never share state. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { MaumDB, MaumDBv1 } from './db';

export function freshFactory(): { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange } {
  return { indexedDB: new IDBFactory(), IDBKeyRange };
}

export async function openTestDb(factory = freshFactory()): Promise<MaumDB> {
  const db = new MaumDB({ name: 'test', ...factory });
  await db.open();
  return db;
}

export async function openTestDbV1(factory = freshFactory()): Promise<MaumDBv1> {
  const db = new MaumDBv1({ name: 'test', ...factory });
  await db.open();
  return db;
}

/** A 7-number emotion vector with `value` at position `index` and zeros elsewhere. */
export function oneHot(index: number, value = 1): number[] {
  return Array.from({ length: 7 }, (_, i) => (i === index ? value : 0));
}
