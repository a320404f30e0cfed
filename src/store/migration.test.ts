import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { MaumDB, STORES_V1, STORES_V2 } from './db';
import type { V1Conversation, V1Feedback } from './schema';
import { getConversation, listConversations } from './conversations';
import { dislikedSongIds, listFeedback } from './feedback';
import { getSetting } from './settings';
import { addFeedback, newFeedback } from './feedback';
import { freshFactory, oneHot, openTestDbV1 } from './test-utils';

describe('schema v1 → v2 migration', () => {
  it('upgrades a database written by the previous version with nothing lost', async () => {
    const factory = freshFactory();
    const v1 = await openTestDbV1(factory);
    expect(v1.verno).toBe(1);

    const conversation: V1Conversation = { id: 'c1', startedAt: 100, updatedAt: 300, title: '시험 때문에 불안해', mix: oneHot(3) };
    const bare: V1Conversation = { id: 'c2', startedAt: 400, updatedAt: 400, title: '', mix: oneHot(0, 0) };
    await v1.conversations.bulkAdd([conversation, bare]);
    await v1.messages.bulkAdd([
      { id: 'm1', conversationId: 'c1', role: 'user', text: '시험 때문에 불안해', createdAt: 110 },
      { id: 'm2', conversationId: 'c1', role: 'bot', text: '많이 긴장되죠', createdAt: 120, kind: 'retrieval', intent: 'anxiety', score: 0.7 },
      { id: 'm3', conversationId: 'c1', role: 'user', text: '응', createdAt: 130 },
    ]);
    await v1.analyses.add({ messageId: 'm1', conversationId: 'c1', emotions: oneHot(3, 0.8), label: 'anxiety', createdAt: 111 });
    const feedback: V1Feedback[] = [
      {
        id: 'f1',
        songId: 'song-1',
        mode: 'shift',
        liked: false,
        mood: { joy: 0.1, sadness: 0.2, anger: 0, anxiety: 0.6, hurt: 0.05, embarrassment: 0, neutral: 0.05 },
        sourceId: 'c1',
        createdAt: 200,
      },
      // A partial mood object from an old bug: missing emotions become 0.
      { id: 'f2', songId: 'song-2', mode: 'similar', liked: true, mood: { joy: 1 } as V1Feedback['mood'], sourceId: 'c1', createdAt: 210 },
    ];
    await v1.feedback.bulkAdd(feedback);
    await v1.settings.put({ key: 'gaugeThreshold', value: 120 });
    v1.close();

    const db = new MaumDB({ name: 'test', ...factory });
    await db.open();
    try {
      expect(db.verno).toBe(4);
      expect(db.tables.map((t) => t.name).sort()).toEqual(
        [
          'communityCache',
          'conversationAnalyses',
          'conversations',
          'diary',
          'feedback',
          'messageAnalyses',
          'messages',
          'recommendations',
          'settings',
          'syncQueue',
        ].sort(),
      );

      expect([...db.backendDB().objectStoreNames]).not.toContain('analyses');

      const detail = await getConversation(db, 'c1');
      expect(detail?.conversation).toEqual({ ...conversation, sharedChars: '시험 때문에 불안해'.length + 1, safety: null });
      expect(detail?.messages.map((m) => m.id)).toEqual(['m1', 'm2', 'm3']);
      expect(detail?.messages[1]).toMatchObject({ kind: 'retrieval', intent: 'anxiety', score: 0.7 });
      expect(detail?.messageAnalyses).toEqual([
        { messageId: 'm1', conversationId: 'c1', emotions: oneHot(3, 0.8), label: 'anxiety', createdAt: 111 },
      ]);
      expect(detail?.analysis).toEqual({ conversationId: 'c1', mix: oneHot(3), label: 'anxiety', turns: 2, updatedAt: 300 });
      expect((await getConversation(db, 'c2'))?.analysis).toBeUndefined();
      expect((await listConversations(db)).map((c) => c.id)).toEqual(['c2', 'c1']);

      const moods = Object.fromEntries((await listFeedback(db)).map((f) => [f.id, f.mood]));
      expect(moods).toEqual({ f1: [0.1, 0.2, 0, 0.6, 0.05, 0, 0.05], f2: [1, 0, 0, 0, 0, 0, 0] });
      expect([...(await dislikedSongIds(db, 'shift'))]).toEqual(['song-1']);
      expect(await getSetting(db, 'gaugeThreshold')).toBe(120);
    } finally {
      db.close();
    }

    // Reopening the upgraded database is a no-op.
    const again = new MaumDB({ name: 'test', ...factory });
    await again.open();
    expect(await again.feedback.count()).toBe(2);
    expect(await again.messageAnalyses.count()).toBe(1);
    again.close();
  });
});

describe('schema v2 → v3 migration', () => {
  it('keeps one rating per song, the newest, from a database where each tap added a row', async () => {
    const factory = freshFactory();
    const v2 = new Dexie('test', factory);
    v2.version(1).stores(STORES_V1);
    v2.version(2).stores(STORES_V2);
    await v2.open();
    const rows = [
      newFeedback({ songId: 'a', mode: 'similar', liked: true, mood: oneHot(0), sourceId: 'c', now: 1, id: 'a1' }),
      newFeedback({ songId: 'a', mode: 'similar', liked: true, mood: oneHot(0), sourceId: 'c', now: 2, id: 'a2' }),
      newFeedback({ songId: 'a', mode: 'similar', liked: true, mood: oneHot(0), sourceId: 'c', now: 3, id: 'a3' }),
      newFeedback({ songId: 'b', mode: 'shift', liked: false, mood: oneHot(1), sourceId: 'c', now: 4, id: 'b1' }),
      newFeedback({ songId: 'b', mode: 'shift', liked: true, mood: oneHot(1), sourceId: 'c', now: 5, id: 'b2' }),
      newFeedback({ songId: 'c', mode: 'shift', liked: false, mood: oneHot(1), sourceId: 'c', now: 6, id: 'c1' }),
    ];
    await v2.table('feedback').bulkAdd(rows);
    v2.close();

    const db = new MaumDB({ name: 'test', ...factory });
    await db.open();
    try {
      expect(db.verno).toBe(4);
      expect((await db.feedback.toArray()).map((f) => f.id).sort()).toEqual(['a3', 'b2', 'c1']);
      expect([...(await dislikedSongIds(db))]).toEqual(['c']);
      // From now on a second like replaces the first.
      await addFeedback(db, newFeedback({ songId: 'a', mode: 'similar', liked: true, mood: oneHot(0), sourceId: 'c', now: 7 }));
      expect(await db.feedback.where('songId').equals('a').count()).toBe(1);
    } finally {
      db.close();
    }
  });
});

describe('schema v3 → v4 migration', () => {
  it('marks the events an older app left queued as possibly sent, so taking them back retracts them', async () => {
    const factory = freshFactory();
    const v3 = new Dexie('test', factory);
    v3.version(1).stores(STORES_V1);
    v3.version(2).stores(STORES_V2);
    v3.version(3).stores(STORES_V2);
    await v3.open();
    const event = { installId: 'i', mode: 'similar', liked: true, emotion: oneHot(1), day: '2026-11-01' };
    await v3.table('syncQueue').bulkAdd([
      { ...event, eventId: 'queued', songId: 'a' },
      { eventId: 'sent', songId: 'b', state: 'sent' },
      { eventId: 'retract', songId: 'c', state: 'retract' },
    ]);
    v3.close();

    const db = new MaumDB({ name: 'test', ...factory });
    await db.open();
    try {
      expect(db.verno).toBe(4);
      const rows = new Map((await db.syncQueue.toArray()).map((row) => [row.eventId, row]));
      expect(rows.get('queued')).toEqual({ ...event, eventId: 'queued', songId: 'a', attempted: true });
      expect(rows.get('sent')).toEqual({ eventId: 'sent', songId: 'b', state: 'sent' });
      expect(rows.get('retract')).toEqual({ eventId: 'retract', songId: 'c', state: 'retract' });
    } finally {
      db.close();
    }
  });
});
