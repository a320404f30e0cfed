import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MaumDB } from './db';
import {
  addMessage,
  createConversation,
  deleteConversation,
  getConversation,
  groupByDay,
  listConversations,
  newConversation,
  newMessage,
  saveConversationAnalysis,
  saveMessageAnalysis,
  updateConversation,
} from './conversations';
import { newRecommendation, recordRecommendations } from './recommendations';
import { addFeedback, listFeedback, newFeedback } from './feedback';
import { titleFrom } from './schema';
import { oneHot, openTestDb } from './test-utils';

let db: MaumDB;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

const t0 = new Date(2024, 4, 10, 9, 0).getTime();

describe('conversations', () => {
  it('round-trips a conversation with messages, analyses and recommendations', async () => {
    const c = newConversation({ now: t0 });
    expect(await createConversation(db, c)).toBe(true);
    const m1 = newMessage({ conversationId: c.id, role: 'user', text: '오늘 너무 힘들었어', now: t0 + 1 });
    const m2 = newMessage({
      conversationId: c.id,
      role: 'bot',
      text: '많이 지쳤겠어요.',
      kind: 'retrieval',
      intent: 'comfort',
      score: 0.8,
      now: t0 + 2,
    });
    expect(await addMessage(db, m1)).toBe(true);
    expect(await addMessage(db, m2)).toBe(true);
    expect(
      await saveMessageAnalysis(db, {
        messageId: m1.id,
        conversationId: c.id,
        emotions: oneHot(1),
        label: 'sadness',
        createdAt: t0 + 3,
      }),
    ).toBe(true);
    const mix = [0.1, 0.6, 0, 0.1, 0.1, 0, 0.1];
    expect(
      await saveConversationAnalysis(db, { conversationId: c.id, mix, label: 'sadness', turns: 1, updatedAt: t0 + 4 }),
    ).toBe(true);
    const rec = newRecommendation({ source: 'conversation', sourceId: c.id, mode: 'similar', songIds: ['s1', 's2'], now: t0 + 5 });
    expect(await recordRecommendations(db, rec)).toBe(true);
    expect(await updateConversation(db, c.id, { sharedChars: 9, safety: 'suicide' })).toBe(true);

    const detail = await getConversation(db, c.id);
    expect(detail?.conversation).toMatchObject({
      id: c.id,
      title: '오늘 너무 힘들었어',
      mix,
      sharedChars: 9,
      safety: 'suicide',
      startedAt: t0,
      updatedAt: t0 + 4,
    });
    expect(detail?.messages).toEqual([m1, m2]);
    expect(detail?.messageAnalyses).toHaveLength(1);
    expect(detail?.analysis?.mix).toEqual(mix);
    expect(detail?.recommendations).toEqual([rec]);
    expect(await getConversation(db, 'nope')).toBeUndefined();
  });

  it('keeps messages in order even when they share a timestamp, and recreates a missing conversation', async () => {
    const conversationId = 'c-missing';
    const texts = ['하나', '둘', '셋'];
    for (const text of texts) await addMessage(db, newMessage({ conversationId, role: 'user', text, now: t0 }));
    const detail = await getConversation(db, conversationId);
    expect(detail?.messages.map((m) => m.text)).toEqual(texts);
    expect(detail?.messages.map((m) => m.createdAt)).toEqual([t0, t0 + 1, t0 + 2]);
    expect(detail?.conversation.title).toBe('하나');
  });

  it('lists newest first with record days (00:30 is the night before), pages, and groups by day', async () => {
    const day1 = new Date(2024, 4, 1, 23, 30).getTime();
    const day2a = new Date(2024, 4, 2, 0, 30).getTime();
    const day2b = new Date(2024, 4, 2, 20, 0).getTime();
    for (const now of [day2a, day1, day2b]) await createConversation(db, newConversation({ now }));
    const list = await listConversations(db);
    expect(list.map((c) => c.startedAt)).toEqual([day2b, day2a, day1]);
    expect(list.map((c) => c.day)).toEqual(['2024-05-02', '2024-05-01', '2024-05-01']);
    expect(groupByDay(list).map((g) => [g.day, g.items.length])).toEqual([
      ['2024-05-02', 1],
      ['2024-05-01', 2],
    ]);
    expect((await listConversations(db, { limit: 1 })).map((c) => c.startedAt)).toEqual([day2b]);
    expect((await listConversations(db, { before: day2b, limit: 5 })).map((c) => c.startedAt)).toEqual([day2a, day1]);
  });

  it('delete cascades to messages, analyses and recommendations but leaves other conversations and feedback', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 2; i++) {
      const c = newConversation({ now: t0 + i });
      ids.push(c.id);
      await createConversation(db, c);
      const m = newMessage({ conversationId: c.id, role: 'user', text: `메시지 ${i}`, now: t0 + 10 + i });
      await addMessage(db, m);
      await saveMessageAnalysis(db, { messageId: m.id, conversationId: c.id, emotions: oneHot(0), label: 'joy', createdAt: t0 });
      await saveConversationAnalysis(db, { conversationId: c.id, mix: oneHot(0), label: 'joy', turns: 1, updatedAt: t0 });
      await recordRecommendations(db, newRecommendation({ source: 'conversation', sourceId: c.id, mode: 'shift', songIds: ['x'] }));
      await addFeedback(db, newFeedback({ songId: 'x', mode: 'shift', liked: true, mood: oneHot(0), sourceId: c.id }));
    }
    const [gone, kept] = ids as [string, string];
    expect(await deleteConversation(db, gone)).toBe(true);

    expect(await getConversation(db, gone)).toBeUndefined();
    expect(await db.messages.count()).toBe(1);
    expect(await db.messageAnalyses.count()).toBe(1);
    expect(await db.conversationAnalyses.count()).toBe(1);
    expect((await db.recommendations.toArray()).map((r) => r.sourceId)).toEqual([kept]);
    expect((await getConversation(db, kept))?.messages).toHaveLength(1);
    // Both conversations rated the same song: one current rating per song, and it stays.
    expect(await listFeedback(db)).toHaveLength(1);
    expect(await db.feedback.count()).toBe(1);
  });
});

describe('titleFrom', () => {
  it('normalises, collapses whitespace and caps at 40 characters', () => {
    expect(titleFrom('  안녕\n  하세요 ')).toBe('안녕 하세요');
    const long = '가'.repeat(60);
    const title = titleFrom(long);
    expect(Array.from(title)).toHaveLength(40);
    expect(title.endsWith('…')).toBe(true);
    expect(titleFrom('가'.repeat(40))).toBe('가'.repeat(40));
  });
});
