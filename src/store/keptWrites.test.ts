import type { Table } from 'dexie';
import { IDBObjectStore } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  addMessage,
  createConversation,
  deleteConversation,
  getConversation,
  newConversation,
  newMessage,
  saveMessageAnalysis,
  updateConversation,
} from './conversations';
import { deleteAll } from './backup';
import { MaumDB } from './db';
import { onStorageError, type StorageErrorEvent } from './errors';
import {
  KEPT_WRITES_PARTLY_UNREADABLE,
  KEPT_WRITES_UNREADABLE,
  attachKeptWrites,
  keptWrites,
  keptWritesKey,
  keptWritesState,
  onKeptWritesChange,
  retryKeptWrites,
  type KeptWritesState,
} from './keptWrites';
import { openStore } from './open';
import { recordRecommendations, newRecommendation } from './recommendations';
import { freshFactory, oneHot, openTestDb } from './test-utils';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/** localStorage as the browser has it, with its own quota (characters per value) when given. */
class MemoryStorage implements Storage {
  readonly items = new Map<string, string>();
  constructor(private readonly limit = Infinity) {}
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    if (value.length > this.limit) throw new DOMException('localStorage is full', 'QuotaExceededError');
    this.items.set(key, String(value));
  }
}

/**
 * A full disk: every table's add, put and update rejects with a QuotaExceededError while `full`
 * is true. Deleting a conversation makes room (as it does in a browser).
 */
function diskOf(db: MaumDB) {
  const disk = { full: false };
  // The named tables (db.messages, …) are the ones the store calls; db.tables holds other objects.
  for (const name of db.tables.map((t) => t.name)) {
    const table = (db as unknown as Record<string, Table<unknown, unknown>>)[name]!;
    for (const method of ['add', 'put', 'update', 'bulkPut', 'bulkAdd'] as const) {
      const real = (table[method] as (...args: unknown[]) => Promise<unknown>).bind(table);
      vi.spyOn(table, method).mockImplementation(((...args: unknown[]) =>
        disk.full ? Promise.reject(quota()) : real(...args)) as never);
    }
  }
  const realDelete = db.conversations.delete.bind(db.conversations);
  vi.spyOn(db.conversations, 'delete').mockImplementation(((key: string) => {
    disk.full = false;
    return realDelete(key);
  }) as never);
  return disk;
}

const userSays = (conversationId: string, text: string, now?: number) =>
  newMessage({ conversationId, role: 'user', text, ...(now !== undefined ? { now } : {}) });

let states: KeptWritesState[];
let errors: StorageErrorEvent[];
let unsubscribe: (() => void)[];
beforeEach(() => {
  states = [];
  errors = [];
  unsubscribe = [onKeptWritesChange((s) => states.push(s)), onStorageError((e) => errors.push(e))];
});
afterEach(() => {
  for (const off of unsubscribe) off();
  vi.restoreAllMocks();
});

describe('writes a full disk refused are kept', () => {
  it('keeps them in order and writes them, in order, before the next write once there is room', async () => {
    const db = await openTestDb();
    const storage = new MemoryStorage();
    attachKeptWrites(db, { storage });
    const disk = diskOf(db);
    const c = newConversation({ now: 1_000 });
    expect(await createConversation(db, c)).toBe(true);

    disk.full = true;
    const first = userSays(c.id, '회사 일로 너무 지쳤어요', 2_000);
    const reply = newMessage({ conversationId: c.id, role: 'bot', text: '많이 지치셨군요.', now: 2_001 });
    expect(await addMessage(db, first)).toBe(false);
    expect(await addMessage(db, reply)).toBe(false);
    expect(await saveMessageAnalysis(db, { messageId: first.id, conversationId: c.id, emotions: oneHot(1), label: 'sadness', createdAt: 2_000 })).toBe(false);
    expect(await updateConversation(db, c.id, { sharedChars: 12 })).toBe(false);

    expect(keptWrites(db).map((w) => w.op)).toEqual(['addMessage', 'addMessage', 'saveMessageAnalysis', 'updateConversation']);
    expect(states.map((s) => [s.change, s.pending, s.keptLocally])).toEqual([
      ['kept', 1, 1],
      ['kept', 2, 2],
      ['kept', 3, 3],
      ['kept', 4, 4],
    ]);
    expect(await db.messages.count()).toBe(0);
    expect(JSON.parse(storage.getItem(keptWritesKey(db))!).writes).toHaveLength(4);
    // Only the first refusal is reported as an error; the rest just join the backlog.
    expect(errors.map((e) => e.kind)).toEqual(['quota']);

    disk.full = false;
    const later = userSays(c.id, '그래도 조금 나아졌어요', 3_000);
    expect(await addMessage(db, later)).toBe(true);
    const detail = (await getConversation(db, c.id))!;
    expect(detail.messages.map((m) => m.text)).toEqual(['회사 일로 너무 지쳤어요', '많이 지치셨군요.', '그래도 조금 나아졌어요']);
    expect(detail.messageAnalyses.map((a) => a.messageId)).toEqual([first.id]);
    expect(detail.conversation.sharedChars).toBe(12);
    expect(keptWrites(db)).toEqual([]);
    expect(storage.getItem(keptWritesKey(db))).toBeNull();
    expect(states.at(-1)).toEqual({ pending: 0, keptLocally: 0, change: 'written' });
    db.close();
  });

  it('a later write never overtakes a kept one, even when it alone would fit', async () => {
    const db = await openTestDb();
    attachKeptWrites(db, { storage: new MemoryStorage() });
    const c = newConversation();
    await createConversation(db, c);
    // Only messages are refused: the analysis would fit, but must wait behind the message.
    const add = vi.spyOn(db.messages, 'add').mockRejectedValue(quota());
    const m = userSays(c.id, '잠이 안 와요');
    expect(await addMessage(db, m)).toBe(false);
    expect(await saveMessageAnalysis(db, { messageId: m.id, conversationId: c.id, emotions: oneHot(3), label: 'anxiety', createdAt: m.createdAt })).toBe(false);
    expect(await db.messageAnalyses.count()).toBe(0);
    expect(keptWrites(db).map((w) => w.op)).toEqual(['addMessage', 'saveMessageAnalysis']);
    add.mockRestore();
    expect(await retryKeptWrites(db)).toBe(true);
    expect(await db.messages.count()).toBe(1);
    expect(await db.messageAnalyses.count()).toBe(1);
    db.close();
  });

  it('is retried when asked (focus, visibility) and after a deletion makes room', async () => {
    const db = await openTestDb();
    attachKeptWrites(db, { storage: new MemoryStorage() });
    const disk = diskOf(db);
    const old = newConversation({ now: 1 });
    const now = newConversation({ now: 2 });
    await createConversation(db, old);
    await addMessage(db, userSays(old.id, '지난주 이야기'));
    await createConversation(db, now);

    disk.full = true;
    expect(await addMessage(db, userSays(now.id, '오늘 이야기'))).toBe(false);
    expect(await retryKeptWrites(db)).toBe(false);
    expect(keptWritesState(db).pending).toBe(1);

    // The user deletes an old conversation in 기록: the room lets the kept message in.
    expect(await deleteConversation(db, old.id)).toBe(true);
    expect(keptWritesState(db).pending).toBe(0);
    expect((await getConversation(db, now.id))?.messages.map((m) => m.text)).toEqual(['오늘 이야기']);
    expect(states.at(-1)?.change).toBe('written');
    db.close();
  });

  it('deleting a conversation drops its own kept writes instead of bringing it back', async () => {
    const db = await openTestDb();
    const storage = new MemoryStorage();
    attachKeptWrites(db, { storage });
    const disk = diskOf(db);
    const c = newConversation();
    const other = newConversation();
    await createConversation(db, c);
    await createConversation(db, other);
    disk.full = true;
    await addMessage(db, userSays(c.id, '지울 대화'));
    await addMessage(db, userSays(other.id, '남길 대화'));
    expect(await deleteConversation(db, c.id)).toBe(true);
    expect(await getConversation(db, c.id)).toBeUndefined();
    expect((await getConversation(db, other.id))?.messages.map((m) => m.text)).toEqual(['남길 대화']);
    expect(storage.getItem(keptWritesKey(db))).toBeNull();

    disk.full = true;
    await addMessage(db, userSays(other.id, '모두 지우기 전에'));
    expect(await deleteAll(db)).toBe(true);
    expect(keptWrites(db)).toEqual([]);
    expect(storage.getItem(keptWritesKey(db))).toBeNull();
    db.close();
  });

  it('writes a conversation’s song lists with it, but not a diary entry’s', async () => {
    const db = await openTestDb();
    attachKeptWrites(db, { storage: new MemoryStorage() });
    const disk = diskOf(db);
    disk.full = true;
    await recordRecommendations(db, newRecommendation({ source: 'conversation', sourceId: 'c', mode: 'similar', songIds: ['s1'] }));
    await recordRecommendations(db, newRecommendation({ source: 'diary', sourceId: 'd', mode: 'similar', songIds: ['s2'] }));
    expect(keptWrites(db).map((w) => w.op)).toEqual(['recordRecommendations']);
    disk.full = false;
    expect(await retryKeptWrites(db)).toBe(true);
    expect((await db.recommendations.toArray()).map((r) => r.sourceId)).toEqual(['c']);
    db.close();
  });
});

describe('kept writes across a reload', () => {
  const open = (factory: ReturnType<typeof freshFactory>, storage: Storage | null) =>
    openStore({ name: 'reload', ...factory, keptWrites: storage });

  it('writes the copy in localStorage first thing at start, in order and without duplicates', async () => {
    const factory = freshFactory();
    const storage = new MemoryStorage();
    const first = await open(factory, storage);
    expect(first.status.mode).toBe('persistent');
    const c = newConversation({ now: 10 });
    await createConversation(first.db, c);
    const disk = diskOf(first.db);
    disk.full = true;
    const m1 = userSays(c.id, '첫 번째 이야기', 20);
    const m2 = userSays(c.id, '두 번째 이야기', 30);
    await addMessage(first.db, m1);
    await addMessage(first.db, m2);
    await updateConversation(first.db, c.id, { sharedChars: 14 });
    expect(JSON.parse(storage.getItem('maum.keptWrites:reload')!).writes).toHaveLength(3);
    first.db.close(); // the page is closed: what was in memory is gone

    // The first message had gone in after all (the page closed before localStorage was updated).
    const between = new MaumDB({ name: 'reload', ...factory });
    await between.messages.add(m1);
    between.close();

    errors = [];
    const second = await open(factory, storage);
    expect(errors, 'the message already there is skipped, not refused').toEqual([]);
    const detail = (await getConversation(second.db, c.id))!;
    expect(detail.messages.map((m) => m.text)).toEqual(['첫 번째 이야기', '두 번째 이야기']);
    expect(detail.conversation.sharedChars).toBe(14);
    expect(storage.getItem('maum.keptWrites:reload')).toBeNull();
    expect(states.filter((s) => s.change !== 'kept').map((s) => [s.change, s.pending])).toEqual([
      ['restored', 3],
      ['written', 0],
    ]);

    // Started again: nothing to write, nothing doubled.
    second.db.close();
    const third = await open(factory, storage);
    expect(await third.db.messages.count()).toBe(2);
    third.db.close();
  });

  it('keeps the copy while the disk is still full at start and removes it only once written', async () => {
    const factory = freshFactory();
    const storage = new MemoryStorage();
    const first = await open(factory, storage);
    const c = newConversation();
    await createConversation(first.db, c);
    diskOf(first.db).full = true;
    await addMessage(first.db, userSays(c.id, '아직 저장되지 않은 말'));
    first.db.close();
    const copy = storage.getItem('maum.keptWrites:reload');

    // Still full when the app opens again (every object store refuses adds and puts).
    const add = vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw quota();
    });
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw quota();
    });
    const second = await open(factory, storage);
    expect(second.status.mode).toBe('persistent');
    expect(keptWritesState(second.db)).toMatchObject({ pending: 1, keptLocally: 1 });
    expect(storage.getItem('maum.keptWrites:reload')).toBe(copy);

    add.mockRestore();
    put.mockRestore();
    expect(await retryKeptWrites(second.db)).toBe(true);
    expect((await getConversation(second.db, c.id))?.messages.map((m) => m.text)).toEqual(['아직 저장되지 않은 말']);
    expect(storage.getItem('maum.keptWrites:reload')).toBeNull();
    second.db.close();
  });

  it('leaves the copy alone when the browser offers no IndexedDB this time (memory mode)', async () => {
    const storage = new MemoryStorage();
    storage.setItem('maum.keptWrites:reload', '{"v":1,"writes":[]}');
    const opened = await openStore({ name: 'reload', indexedDB: null, keptWrites: storage });
    expect(opened.status.mode).toBe('memory');
    expect(storage.getItem('maum.keptWrites:reload')).toBe('{"v":1,"writes":[]}');
    opened.db.close();
  });

  it('ignores an unreadable copy with a Korean message, and the app opens as usual', async () => {
    for (const broken of ['{"v":1,"writes":[{"op":"addMess', '"hello"', '{"v":7,"writes":[]}', 'null']) {
      errors = [];
      const storage = new MemoryStorage();
      storage.setItem('maum.keptWrites:reload', broken);
      const opened = await open(freshFactory(), storage);
      expect(opened.status.mode, broken).toBe('persistent');
      expect(errors.map((e) => e.message), broken).toEqual([KEPT_WRITES_UNREADABLE]);
      expect(storage.getItem('maum.keptWrites:reload'), broken).toBeNull();
      const c = newConversation();
      expect(await createConversation(opened.db, c)).toBe(true);
      expect(await addMessage(opened.db, userSays(c.id, '새로 시작'))).toBe(true);
      opened.db.close();
    }
  });

  it('writes the readable part of a partly damaged copy and says the rest was lost', async () => {
    const storage = new MemoryStorage();
    const c = newConversation({ now: 5 });
    const good = userSays(c.id, '읽을 수 있는 말', 6);
    storage.setItem(
      'maum.keptWrites:reload',
      JSON.stringify({
        v: 1,
        writes: [
          { op: 'createConversation', conversation: c },
          { op: 'addMessage', message: { ...good, id: 'x', text: 42 } },
          { op: 'deleteEverything' },
          { op: 'addMessage', message: good },
        ],
      }),
    );
    const opened = await open(freshFactory(), storage);
    expect(errors.map((e) => e.message)).toEqual([KEPT_WRITES_PARTLY_UNREADABLE]);
    expect((await getConversation(opened.db, c.id))?.messages.map((m) => m.text)).toEqual(['읽을 수 있는 말']);
    expect(storage.getItem('maum.keptWrites:reload')).toBeNull();
    opened.db.close();
  });
});

describe('the copy in localStorage', () => {
  it('respects the size cap: the oldest writes that fit are copied, the rest stay in memory', async () => {
    const db = await openTestDb();
    const storage = new MemoryStorage();
    attachKeptWrites(db, { storage, maxChars: 2_000 });
    const c = newConversation();
    await createConversation(db, c);
    diskOf(db).full = true;
    const texts = Array.from({ length: 6 }, (_, i) => `${i + 1}번째: ${'마음이 복잡해요 '.repeat(30)}`);
    for (const text of texts) await addMessage(db, userSays(c.id, text));

    const copy = storage.getItem(keptWritesKey(db))!;
    expect(copy.length).toBeLessThanOrEqual(2_000);
    const stored = JSON.parse(copy).writes as { message: { text: string } }[];
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.length).toBeLessThan(texts.length);
    expect(stored.map((w) => w.message.text)).toEqual(texts.slice(0, stored.length));
    expect(keptWritesState(db)).toMatchObject({ pending: 6, keptLocally: stored.length });
    db.close();
  });

  it('copies fewer writes when localStorage itself is full, and says none survive when none fit', async () => {
    const db = await openTestDb();
    const storage = new MemoryStorage(1_200);
    attachKeptWrites(db, { storage });
    const c = newConversation();
    await createConversation(db, c);
    diskOf(db).full = true;
    for (let i = 0; i < 4; i++) await addMessage(db, userSays(c.id, `${i}: ${'가'.repeat(300)}`));
    const kept = keptWritesState(db);
    expect(kept.pending).toBe(4);
    expect(kept.keptLocally).toBeGreaterThan(0);
    expect(kept.keptLocally).toBeLessThan(4);
    expect(JSON.parse(storage.getItem(keptWritesKey(db))!).writes).toHaveLength(kept.keptLocally);

    const tiny = await openTestDb();
    attachKeptWrites(tiny, { storage: new MemoryStorage(10) });
    diskOf(tiny).full = true;
    expect(await createConversation(tiny, newConversation())).toBe(false);
    expect(keptWritesState(tiny)).toMatchObject({ pending: 1, keptLocally: 0 });
    db.close();
    tiny.close();
  });

  it('without a storage (no localStorage) the writes are still kept in memory', async () => {
    const db = await openTestDb();
    attachKeptWrites(db, { storage: null });
    const disk = diskOf(db);
    const c = newConversation();
    disk.full = true;
    expect(await createConversation(db, c)).toBe(false);
    expect(keptWritesState(db)).toMatchObject({ pending: 1, keptLocally: 0 });
    disk.full = false;
    expect(await retryKeptWrites(db)).toBe(true);
    expect(await db.conversations.count()).toBe(1);
    db.close();
  });
});

describe('not a matter of space', () => {
  it('a write refused for another reason is reported and not kept', async () => {
    const db = await openTestDb();
    attachKeptWrites(db, { storage: new MemoryStorage() });
    vi.spyOn(db.conversations, 'add').mockRejectedValue(new DOMException('bad key', 'DataError'));
    expect(await createConversation(db, newConversation())).toBe(false);
    expect(keptWrites(db)).toEqual([]);
    expect(errors.map((e) => e.kind)).toEqual(['unknown']);
    db.close();
  });
});

describe('a kept write the database refuses for another reason', () => {
  it('is reported and left out, so it cannot hold back the writes after it', async () => {
    const db = await openTestDb();
    attachKeptWrites(db, { storage: new MemoryStorage() });
    const disk = diskOf(db);
    const c = newConversation();
    await createConversation(db, c);
    disk.full = true;
    const m1 = userSays(c.id, '첫 말');
    await addMessage(db, m1);
    await saveMessageAnalysis(db, { messageId: m1.id, conversationId: c.id, emotions: oneHot(1), label: 'sadness', createdAt: 1 });
    disk.full = false;
    // The analysis cannot be stored at all (not a matter of space).
    vi.mocked(db.messageAnalyses.put).mockRejectedValueOnce(new DOMException('bad', 'DataError'));
    errors = [];
    const m2 = userSays(c.id, '둘째 말');
    expect(await addMessage(db, m2)).toBe(true);
    expect(errors.map((e) => [e.kind, e.operation])).toEqual([['unknown', 'kept:saveMessageAnalysis']]);
    expect((await getConversation(db, c.id))?.messages.map((m) => m.text)).toEqual(['첫 말', '둘째 말']);
    expect(keptWrites(db)).toEqual([]);

    // The write that was itself refused says so.
    disk.full = true;
    await addMessage(db, userSays(c.id, '셋째 말'));
    disk.full = false;
    vi.mocked(db.conversations.update).mockRejectedValueOnce(new DOMException('bad', 'DataError'));
    expect(await updateConversation(db, c.id, { sharedChars: 3 })).toBe(false);
    expect(keptWrites(db)).toEqual([]);
    db.close();
  });
});
