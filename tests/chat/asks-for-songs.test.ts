/**
 * Requests for songs are answered as such however they are worded (src/chat/asks-for-songs.ts).
 */
import { describe, expect, it } from 'vitest';
import { asksForSongs } from '../../src/chat/asks-for-songs';
import { createChatEngine } from '../../src/chat/engine';
import { loadCorpus } from '../../scripts/dialogue/corpus';
import { fakeAnalyze, fakeIndex } from './helpers';

// Session 30: a helper's phrasings that half the time got small talk instead of songs.
const REQUESTS = [
  '노래 추천해줘 오늘 기분에 맞는걸로',
  'ㅋㅋㅋ 그럼 나한테 노래 하나 추천해줘봐',
  '데이트할때 들을만한 노래 없어?',
  '여행갈때 들을 노래 추천해주세요',
  '혹시 잔잔한 노래 추천해주실수 있나요?',
  '운동할때 듣기 좋은 노래 있나요',
  '이럴때 어울리는 음악 있을까요?',
  '신나는 노래 추천 ㄱㄱ',
  '노래나 틀어줘',
  '플리 추천해줘',
  '브금 추천좀',
  '이제 추천해줘',
  // A request at the end outweighs the talk about songs before it (session 32).
  '아이유 노래 들으면서 울고 싶어 아이유 노래로 추천해줘',
];
const NOT_REQUESTS = [
  '노래방 가고 싶다',
  '어제 그 노래 들었는데 눈물 났어',
  '노래 부르는 게 취미예요',
  '이 노래 가사가 너무 슬퍼',
  '너는 무슨 노래 좋아해?',
  '아까 추천해준 노래 좋더라',
  '맛집 추천해줘',
  '음악 틀어 놓고 설거지하는 중',
  '노래 골라줘서 땡큐!',
  // Session 32: songs declined or not wanted, and someone else's request told.
  '노래 추천 그런 거 말고 그냥 얘기 좀 들어줘',
  '노래 듣고 싶은 기분도 아니야',
  '잠 오는 노래 틀어놔도 소용이 없어요',
  '친구가 나한테 노래 추천해달래서 했는데',
  '슬픈 노래만 들으면 더 우울해지나요?',
];

describe('asks for songs', () => {
  it('finds requests for songs in many wordings, NFD included, and not talk about songs', () => {
    for (const t of [...REQUESTS, REQUESTS[0]!.normalize('NFD')]) expect(asksForSongs(t), t).toBe(true);
    for (const t of NOT_REQUESTS) expect(asksForSongs(t), t).toBe(false);
  });

  it('takes no example of an intent other than the song requests in the corpus', () => {
    const taken = loadCorpus()
      .intents.filter((it) => it.action !== 'recommend_song')
      .flatMap((it) => [...it.examples, ...it.heldout].filter(asksForSongs).map((e) => `${it.id}: ${e}`));
    expect(taken).toEqual([]);
  });

  it('answers a request the classifier is unsure of as a song request: songs when the gauge is full, a question for more before', async () => {
    const e = createChatEngine({ analyze: fakeAnalyze, index: fakeIndex({ threshold: 2 }), seed: 1, gaugeThreshold: 20 });
    const early = await e.reply(e.newConversation(), '브금 추천좀');
    expect(early.action).toBe('need_more');
    expect(early.reply).not.toMatch(/\d+%/u);
    let s = early.state;
    for (const t of ['오늘 친구랑 맛있는 거 먹고 와서 기분이 정말 좋아', '오랜만에 많이 웃었어']) s = (await e.reply(s, t)).state;
    const full = await e.reply(s, '데이트할때 들을만한 노래 없어?');
    expect(full.action).toBe('open_recommendations');
  });
});
