import { IDBObjectStore } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MaumDB } from './db';
import { exportAll, importAll } from './backup';
import { addMessage, createConversation, getConversation, listConversations, newConversation, newMessage } from './conversations';
import {
  classifyStorageError,
  isQuotaError,
  onStorageError,
  READ_ERROR_MESSAGE,
  STORAGE_MESSAGES,
  type StorageErrorEvent,
} from './errors';
import { addFeedback, newFeedback } from './feedback';
import { oneHot, openTestDb } from './test-utils';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

let db: MaumDB;
let events: StorageErrorEvent[];
let unsubscribe: () => void;
beforeEach(async () => {
  db = await openTestDb();
  events = [];
  unsubscribe = onStorageError((e) => events.push(e));
});
afterEach(() => {
  unsubscribe();
  vi.restoreAllMocks();
  db.close();
});

describe('storage error guard', () => {
  it('turns a quota error from a table write into false plus one Korean error event', async () => {
    vi.spyOn(db.feedback, 'put').mockRejectedValue(quota());
    const ok = await addFeedback(db, newFeedback({ songId: 's', mode: 'similar', liked: true, mood: oneHot(0), sourceId: 'c' }));
    expect(ok).toBe(false);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ kind: 'quota', access: 'write', operation: 'addFeedback' });
    expect(events[0]?.message).toBe('저장 공간이 부족해 기록을 저장하지 못했어요. 대화는 계속할 수 있어요.');
  });

  it('catches a quota error raised by IndexedDB inside a Dexie transaction, and recovers afterwards', async () => {
    const c = newConversation();
    await createConversation(db, c);
    const add = vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw quota();
    });
    expect(await addMessage(db, newMessage({ conversationId: c.id, role: 'user', text: '저장 안 됨' }))).toBe(false);
    expect(events.map((e) => e.kind)).toEqual(['quota']);
    expect(isQuotaError(events[0]?.error)).toBe(true);

    const before = (await exportAll(db))!;
    const result = await importAll(db, {
      ...before,
      tables: { ...before.tables, diary: [{ id: 'd', createdAt: 1, text: 't', emotions: oneHot(0), label: 'joy', songIds: [] }] },
    });
    expect(result).toEqual({ ok: false, message: STORAGE_MESSAGES.quota });

    add.mockRestore();
    // The refused message was kept (./keptWrites.ts) and goes in first, before the next one.
    expect(await addMessage(db, newMessage({ conversationId: c.id, role: 'user', text: '이제 저장됨' }))).toBe(true);
    expect((await getConversation(db, c.id))?.messages.map((m) => m.text)).toEqual(['저장 안 됨', '이제 저장됨']);
    expect(await db.diary.count()).toBe(0);
  });

  it('reports failed reads and returns the fallback', async () => {
    vi.spyOn(db.conversations, 'orderBy').mockImplementation(() => {
      throw new DOMException('gone', 'InvalidStateError');
    });
    expect(await listConversations(db)).toEqual([]);
    expect(events[0]).toMatchObject({ kind: 'unavailable', access: 'read', message: READ_ERROR_MESSAGE });
  });

  it('recognises wrapped quota errors and classifies others', () => {
    expect(isQuotaError(quota())).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(true);
    expect(isQuotaError({ name: 'BulkError', failures: [{ name: 'ConstraintError' }, quota()] })).toBe(true);
    expect(isQuotaError({ name: 'BulkError', failures: { 3: { name: 'NS_ERROR_DOM_QUOTA_REACHED' } } })).toBe(true);
    expect(isQuotaError(new Error('x', { cause: quota() }))).toBe(true);
    expect(isQuotaError(new Error('quota?'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
    expect(classifyStorageError({ name: 'DatabaseClosedError' })).toBe('unavailable');
    expect(classifyStorageError(new TypeError('bug'))).toBe('unknown');
  });

  it('keeps notifying other listeners when one throws, and stops after unsubscribe', async () => {
    const off = onStorageError(() => {
      throw new Error('broken listener');
    });
    vi.spyOn(db.feedback, 'put').mockRejectedValue(quota());
    const write = () => addFeedback(db, newFeedback({ songId: 's', mode: 'shift', liked: false, mood: [], sourceId: 'c' }));
    expect(await write()).toBe(false);
    off();
    unsubscribe();
    expect(await write()).toBe(false);
    expect(events).toHaveLength(1);
  });
});
