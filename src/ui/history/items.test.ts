import { describe, expect, it } from 'vitest';
import {
  addDiaryEntry,
  addMessage,
  createConversation,
  newConversation,
  newDiaryEntry,
  newMessage,
  saveConversationAnalysis,
} from '../../store';
import { oneHot, openTestDb } from '../../store/test-utils';
import { groupItems, highlight, loadHistory, searchItems } from './items';

describe('highlight', () => {
  it('marks every match, case- and normalisation-insensitively', () => {
    expect(highlight('별빛 산책, 별빛!', '별빛'.normalize('NFD'))).toEqual([
      { text: '별빛', match: true },
      { text: ' 산책, ', match: false },
      { text: '별빛', match: true },
      { text: '!', match: false },
    ]);
    expect(highlight('Hello HELLO', 'hello').filter((p) => p.match)).toHaveLength(2);
    expect(highlight('nothing here', '')).toEqual([{ text: 'nothing here', match: false }]);
  });
  it('marks each word of the query, across the spaces the search ignores', () => {
    expect(highlight('수학 진짜 개못봄', '못 봄 수학')).toEqual([
      { text: '수학', match: true },
      { text: ' 진짜 개', match: false },
      { text: '못', match: true },
      { text: '봄', match: true },
    ]);
    expect(highlight('영어 듣기는 괜찮았어', '영어듣기').filter((p) => p.match).map((p) => p.text)).toEqual(['영어 듣기']);
  });
});

describe('loadHistory / searchItems', () => {
  it('merges conversations and diary entries newest first, skips empty conversations, one search row per record', async () => {
    const db = await openTestDb();
    const day = (d: number, h = 12) => new Date(2026, 10, d, h).getTime();

    const talk = newConversation({ id: 'c1', now: day(20) });
    await createConversation(db, talk);
    await addMessage(db, newMessage({ conversationId: 'c1', role: 'user', text: '회사 일이 많아서 지쳐요', now: day(20) }));
    await addMessage(db, newMessage({ conversationId: 'c1', role: 'user', text: '회사 사람들도 지쳐 보여요', now: day(20, 13) }));
    await saveConversationAnalysis(db, { conversationId: 'c1', mix: oneHot(1), label: 'sadness', turns: 2, updatedAt: day(20, 13) });
    await createConversation(db, newConversation({ id: 'empty', now: day(21) }));
    await addDiaryEntry(db, newDiaryEntry({ id: 'd1', text: '오늘은 회사에서 칭찬을 들었다.\n기분이 좋다.', emotions: oneHot(0), now: day(21) }));

    const items = await loadHistory(db);
    expect(items.map((i) => [i.kind, i.id, i.label])).toEqual([
      ['diary', 'd1', 'joy'],
      ['conversation', 'c1', 'sadness'],
    ]);
    expect(items[0]!.text).toBe('오늘은 회사에서 칭찬을 들었다. 기분이 좋다.');
    expect(groupItems(items).map((g) => g.day)).toEqual(['2026-11-21', '2026-11-20']);

    const hits = await searchItems(db, '회사', items);
    expect(hits.map((h) => [h.kind, h.id, h.matches])).toEqual([
      ['diary', 'd1', 1],
      ['conversation', 'c1', 2],
    ]);
    expect(hits[1]!.at).toBe(day(20));
    expect(await searchItems(db, '없는말', items)).toEqual([]);
  });
});
