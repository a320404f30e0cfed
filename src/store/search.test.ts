import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MaumDB } from './db';
import { addMessage, createConversation, newConversation, newMessage } from './conversations';
import { addDiaryEntry, newDiaryEntry } from './diary';
import { findTerms, searchHistory, searchTerms, snippetAround } from './search';
import { oneHot, openTestDb } from './test-utils';

let db: MaumDB;
let conversationId: string;
beforeEach(async () => {
  db = await openTestDb();
  const c = newConversation({ now: new Date(2024, 2, 3, 10).getTime() });
  conversationId = c.id;
  await createConversation(db, c);
  await addMessage(db, newMessage({ conversationId, role: 'user', text: '요즘 회사 일이 너무 많아서 지쳐요', now: new Date(2024, 2, 3, 10, 1).getTime() }));
  await addMessage(db, newMessage({ conversationId, role: 'bot', text: 'Coldplay의 Fix You를 들어 볼래요?', now: new Date(2024, 2, 3, 10, 2).getTime() }));
  await addDiaryEntry(db, newDiaryEntry({ text: '회사에서 칭찬받았다. 기분 좋은 하루!', emotions: oneHot(0), now: new Date(2024, 2, 5, 21).getTime() }));
});
afterEach(() => db.close());

describe('searchHistory', () => {
  it('finds messages and diary entries, newest first, with ids, days and snippets', async () => {
    const hits = await searchHistory(db, '회사');
    expect(hits).toHaveLength(2);
    expect(hits[0]).toMatchObject({ source: 'diary', day: '2024-03-05', snippet: '회사에서 칭찬받았다. 기분 좋은 하루!' });
    expect(hits[1]).toMatchObject({ source: 'conversation', id: conversationId, role: 'user', day: '2024-03-03' });
    expect(hits[1]?.snippet).toContain('회사 일이');
  });

  it('matches NFD (decomposed) input against NFC stored text', async () => {
    const nfd = '지쳐요'.normalize('NFD');
    expect(nfd).not.toBe('지쳐요');
    const hits = await searchHistory(db, nfd);
    expect(hits.map((h) => h.source)).toEqual(['conversation']);
  });

  it('matches NFC input against text that was stored decomposed', async () => {
    await db.messages.put({ id: 'raw', conversationId, role: 'user', text: '눈물이 나'.normalize('NFD'), createdAt: 1 });
    expect((await searchHistory(db, '눈물')).map((h) => 'messageId' in h && h.messageId)).toEqual(['raw']);
  });

  it('is case-insensitive and ignores empty queries', async () => {
    expect(await searchHistory(db, 'FIX YOU')).toHaveLength(1);
    expect(await searchHistory(db, '   ')).toEqual([]);
    expect(await searchHistory(db, '없는말')).toEqual([]);
    expect(await searchHistory(db, '회사', { limit: 1 })).toHaveLength(1);
  });
});

describe('searchHistory: words and spacing (session 41)', () => {
  // A tester's searches found nothing: "못 봄" for "개못봄", "모의 고사" for "모의고사", "영어듣기" for
  // "영어 듣기", "수학 망함" where 수학 and 망함 were in two messages of one chat.
  beforeEach(async () => {
    const c = newConversation({ now: new Date(2024, 3, 1, 20).getTime() });
    await createConversation(db, c);
    const say = (text: string, minute: number) => addMessage(db, newMessage({ conversationId: c.id, role: 'user', text, now: new Date(2024, 3, 1, 20, minute).getTime() }));
    await say('모의고사 망함ㅋㅋ', 1);
    await say('수학 진짜 개못봄 ㅠㅠ', 2);
    await say('영어 듣기는 괜찮았어', 3);
    await addDiaryEntry(db, newDiaryEntry({ text: '수학 학원 다녀옴', emotions: oneHot(6), now: new Date(2024, 3, 2, 21).getTime() }));
  });
  const texts = async (q: string) => (await searchHistory(db, q)).map((h) => h.snippet);

  it('ignores spaces inside and between words', async () => {
    expect(await texts('못 봄')).toEqual(['수학 진짜 개못봄 ㅠㅠ']);
    expect(await texts('모의 고사')).toEqual(['모의고사 망함ㅋㅋ']);
    expect(await texts('영어듣기')).toEqual(['영어 듣기는 괜찮았어']);
  });
  it('a conversation matches when its messages hold every word between them; a diary entry must hold them all', async () => {
    expect(await texts('수학 망함')).toEqual(['수학 진짜 개못봄 ㅠㅠ', '모의고사 망함ㅋㅋ']);
    expect(await texts('수학 학원')).toEqual(['수학 학원 다녀옴']);
    expect(await texts('수학 회사')).toEqual([]);
    expect(await texts('학원 망함')).toEqual([]);
  });
});

describe('findTerms', () => {
  it('maps matches back to the text, across spaces', () => {
    expect(findTerms('영어 듣기는 괜찮았어', ['영어듣기'])).toEqual([{ term: '영어듣기', start: 0, end: 5 }]);
    expect(findTerms('Fix You', searchTerms('FIX  you'))).toEqual([
      { term: 'fix', start: 0, end: 3 },
      { term: 'you', start: 4, end: 7 },
    ]);
  });
});

describe('snippetAround', () => {
  it('cuts context around the match with ellipses', () => {
    const text = '가'.repeat(30) + '목표' + '나'.repeat(30);
    expect(snippetAround(text, '목표', 3)).toBe('…가가가목표나나나…');
    expect(snippetAround('목표', '목표', 3)).toBe('목표');
    expect(snippetAround('abc', 'x', 3)).toBeNull();
  });
});
