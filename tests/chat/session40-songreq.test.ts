/**
 * Session 40 (songreq): song requests session 39's rerun still missed (song-requests.ts
 * session40Turn, the 설레는 lift in talks-about-songs.ts, and the pending songs opening once a
 * feeling is told in engine.ts).
 */
import { describe, expect, it } from 'vitest';
import { createChatEngine } from '../../src/chat/engine';
import { songDirection } from '../../src/chat/talks-about-songs';
import {
  asksBotsTaste,
  botTasteLine,
  filterWishLine,
  forSomeoneElseLine,
  genreOrEraWish,
  moreOfNone,
  moreOfNoneLine,
  notThisMood,
  songsForSomeoneElse,
} from '../../src/chat/song-requests';
import type { CatalogueSongName } from '../../src/chat/song-turns';
import { fakeAnalyze, fakeIndex, realModelPresent, talkThrough, useShippedChat } from './helpers';

const SONGS: CatalogueSongName[] = [
  { artist: '아이유', title: '밤편지' },
  { artist: '폴킴', title: '비' },
];
const engine = () => createChatEngine({ analyze: fakeAnalyze, index: fakeIndex(), seed: 3, gaugeThreshold: 60, songNames: () => SONGS });
/** Enough story for the songs to open on a request (the fake gauge fills at 60 letters). */
const STORY = [
  '요즘 회사에서 너무 힘들어요 팀장이 매일 소리를 질러서 출근하기가 무서워요',
  '어제는 회의에서 제 기획안을 다 같이 있는 데서 비웃었어요 집에 와서도 잠을 못 잤어요',
];

describe('detectors', () => {
  it('a genre or an era asked for, not told or turned down', () => {
    for (const t of ['클래식이나 로파이 같은 거', '클래식이나 로파이 같은 거 틀어줘', '재즈 틀어줘', '트로트 있어?', '우울한데 재즈 좀 틀어줘', '힙합 노래 있어요?', '재즈 느낌으로']) expect(genreOrEraWish(t), t).toBe('genre');
    for (const t of ['90년대 노래 없어?', '옛날 노래 틀어줘', '신곡 있어?', '2000년대 발라드 듣고 싶어']) expect(genreOrEraWish(t), t).toBe('era');
    for (const t of ['90년대에 태어났어', '재즈 좋아해', '발라드 말고', '어제 재즈 틀어놨어', '아이유 발라드 있어?', '클래식 들으면 잠이 와', '90년대 노래 들으면 엄마 생각나', '요즘 노래 있잖아 그거 좋더라', '연락 없어?', '락 페스티벌 갔어', '신나는 일이 있었어']) {
      expect(genreOrEraWish(t), t).toBeNull();
    }
    // Said bare, only where songs are being talked about.
    expect(genreOrEraWish('요즘 노래는?', true)).toBe('era');
    expect(genreOrEraWish('트로트는?', true)).toBe('genre');
    expect(genreOrEraWish('요즘 노래는?', false)).toBeNull();
  });

  it('the bot asked to pick by its own taste; not a question about it, nor songs it picked', () => {
    for (const t of ['너가 좋아하는 걸로 골라줘', '네가 좋아하는 노래 추천해줘', '니 취향대로 골라줘', '너 맘대로 틀어줘']) expect(asksBotsTaste(t), t).toBe(true);
    for (const t of ['너는 무슨 노래 좋아해?', '네가 좋아하는 노래 뭐야?', '네가 골라준 노래 좋았어', '너 좋아하는 사람 있어?', '니가 좋아하는 거 추천해줬잖아', '그냥 아무거나 추천해줘']) expect(asksBotsTaste(t), t).toBe(false);
  });

  it('songs for someone else, not a memory or a thing done', () => {
    expect(songsForSomeoneElse('엄마가 좋아할 만한 노래')).toBe('엄마');
    expect(songsForSomeoneElse('친구한테 보내줄 노래 있어?')).toBe('친구');
    expect(songsForSomeoneElse('여친을 위한 노래 추천해줘')).toBe('여친');
    expect(songsForSomeoneElse('아빠가 들으실 만한 노래 있을까요?')).toBe('아빠');
    for (const t of ['엄마가 좋아하던 노래가 생각났어', '친구한테 노래 보내줬어', '엄마가 좋아할 노래를 찾다가 울었어', '친구가 보내준 노래 좋더라', '엄마가 좋아하는 노래는 트로트야', '친구한테 보낼 말이 없어']) {
      expect(songsForSomeoneElse(t), t).toBeNull();
    }
  });

  it('a mood turned down maps to the nearest direction; 거/건 alone only when songs are talked about', () => {
    expect(notThisMood('아니 너무 신나는 건 싫고', true)).toBe('match');
    expect(notThisMood('슬픈 건 말고', true)).toBe('lift');
    expect(notThisMood('슬픈 건 말고 노래 추천해줘', false)).toBe('lift');
    expect(notThisMood('시끄러운 거 빼고', true)).toBe('calm');
    expect(notThisMood('우울한 노래는 싫어', false)).toBe('lift');
    expect(notThisMood('신나는 건 싫고 그냥 쉬고 싶어', false)).toBeNull();
    expect(notThisMood('신나는 일이 있었어', true)).toBeNull();
    expect(notThisMood('슬픈 영화는 싫어', true)).toBeNull();
  });

  it('more songs asked with none shown; "다른 것도" only where songs are talked about', () => {
    expect(moreOfNone('그런 노래 더 있어?', false)).toBe(true);
    expect(moreOfNone('다른 것도 있어?', true)).toBe(true);
    expect(moreOfNone('다른 것도 있어?', false)).toBe(false);
    for (const t of ['그런 사람 더 있어?', '다른 사람도 있어?', '그런 노래 좋아해']) expect(moreOfNone(t, true), t).toBe(false);
  });

  it('설레는 lifts', () => {
    expect(songDirection('설레는 노래', null)).toBe('lift');
    expect(songDirection('설레서 잠이 안 와', null)).toBeNull();
  });
});

describe('the engine (fake model)', () => {
  it('1: a genre before any story is said plainly and the songs wait for one sentence, then open', async () => {
    const rs = await talkThrough(engine(), ['클래식이나 로파이 같은 거 틀어줘', '요즘 좀 우울해서 아무것도 손에 안 잡혀']);
    expect(rs[0]!.reply).toBe(filterWishLine('genre', 'ask'));
    expect(rs[0]!.action).toBe('need_more');
    expect(rs[0]!.state.songsPending).toBe(true);
    expect(rs[1]!.action).toBe('open_recommendations');
  });

  it('1: "트로트 있어?" is no title; "재즈 틀어줘" once enough is told opens by mood; an era with songs shown says so', async () => {
    const rs = await talkThrough(engine(), [...STORY, '재즈 틀어줘', '트로트 있어?', '90년대 노래 없어?']);
    expect(rs[2]!.reply).toBe(filterWishLine('genre', 'open'));
    expect(rs[2]!.action).toBe('open_recommendations');
    expect(rs[3]!.reply).not.toMatch(/'트로트'/u);
    expect(rs[3]!.reply).toBe(filterWishLine('genre', 'shown'));
    expect(rs[4]!.reply).toBe(filterWishLine('era', 'shown'));
  });

  it('2: "설레는 노래" after the songs changes the list to the lifting one', async () => {
    const rs = await talkThrough(engine(), [...STORY, '노래 추천해줘', '설레는 노래', '잔잔한 거로 바꿔줘']);
    expect(rs[2]!.action).toBe('open_recommendations');
    expect(rs[3]!.action).toBe('open_recommendations');
    expect(rs[3]!.state.songDirection).toBe('lift');
    expect(rs[4]!.state.songDirection).toBe('calm');
  });

  it('3: "너가 좋아하는 걸로 골라줘" gets no taste of the bot\'s own, and the songs by mood', async () => {
    const rs = await talkThrough(engine(), [...STORY, '너가 좋아하는 걸로 골라줘']);
    expect(rs[2]!.reply).toBe(botTasteLine('open'));
    expect(rs[2]!.action).toBe('open_recommendations');
    const cold = await talkThrough(engine(), ['너가 좋아하는 걸로 골라줘', '그냥 아무거나 추천해줘']);
    expect(cold[0]!.reply).toBe(botTasteLine('ask'));
    expect(cold[1]!.action).toBe('open_recommendations');
  });

  it('4: songs for mom: her taste is not known, the user\'s own mood is offered', async () => {
    const rs = await talkThrough(engine(), [...STORY, '엄마가 좋아할 만한 노래 있어?']);
    expect(rs[2]!.reply).toBe(forSomeoneElseLine('엄마', 'open'));
    expect(rs[2]!.action).toBe('open_recommendations');
    const cold = await talkThrough(engine(), ['친구한테 보내줄 노래 있어?']);
    expect(cold[0]!.reply).toBe(forSomeoneElseLine('친구', 'ask'));
    expect(cold[0]!.reply).not.toMatch(/보내줄 노래는/u);
  });

  it('5: "아니 너무 신나는 건 싫고", "슬픈 건 말고" acknowledge the not and change the direction', async () => {
    const rs = await talkThrough(engine(), [...STORY, '노래 추천해줘', '아니 너무 신나는 건 싫고', '슬픈 건 말고']);
    expect(rs[3]!.reply).toMatch(/^알겠어요, 너무 신나는 곡보다는/u);
    expect(rs[3]!.state.songDirection).toBe('match');
    // Session 42: the list that way (the similar one, after a sad story) is the one open: more of it.
    expect(rs[3]!.action).toBe('more_recommendations');
    expect(rs[4]!.reply).toMatch(/^알겠어요, 슬픈 곡보다는/u);
    expect(rs[4]!.state.songDirection).toBe('lift');
    const one = await talkThrough(engine(), [...STORY, '슬픈 건 말고 노래 추천해줘']);
    expect(one[2]!.state.songDirection).toBe('lift');
  });

  it('6: "그런 노래 더 있어?" before any song: none yet, then the songs', async () => {
    const rs = await talkThrough(engine(), ['오늘 좀 울적해요 이유는 모르겠어', '그런 노래 더 있어?']);
    expect(rs[1]!.reply).toBe(moreOfNoneLine('open'));
    expect(rs[1]!.action).toBe('open_recommendations');
    const cold = await talkThrough(engine(), ['그런 노래 더 있어?']);
    expect(cold[0]!.reply).toBe(moreOfNoneLine('ask'));
  });

  it('near misses are no song requests', async () => {
    const rs = await talkThrough(engine(), ['엄마가 좋아하던 노래가 생각났어', '90년대에 태어났어', '신나는 일이 있었어']);
    // (The fake classifier reads "신나는" as a song request: actions are checked with the shipped model below.)
    for (const r of rs) expect(r.reply).not.toMatch(/취향은 제가|골라 드리지는 못해요|보여 드린 노래가 없어요|곡보다는/u);
  });
});

describe.skipIf(!realModelPresent())('the tester\'s items (shipped model)', () => {
  const shipped = useShippedChat();
  it('재즈, 트로트, 설레는 노래, 슬픈 건 말고 after a story', async () => {
    const rs = await talkThrough(shipped().engine, [...STORY, '재즈 틀어줘', '트로트 있어?', '설레는 노래', '슬픈 건 말고']);
    expect(rs[2]!.action).toBe('open_recommendations');
    expect(rs[2]!.reply).toBe(filterWishLine('genre', 'open'));
    expect(rs[3]!.reply).not.toMatch(/'트로트'/u);
    expect(rs[4]!.action).toBe('open_recommendations');
    expect(rs[4]!.state.songDirection).toBe('lift');
    expect(rs[5]!.reply).toMatch(/슬픈 곡보다는/u);
  }, 60_000);
  it('너가 좋아하는 걸로, 엄마가 좋아할 만한 노래', async () => {
    const a = await talkThrough(shipped().engine, ['너가 좋아하는 걸로 골라줘']);
    expect(a[0]!.reply).not.toMatch(/마음이 가요/u);
    expect(a[0]!.reply).toBe(botTasteLine('ask'));
    const b = await talkThrough(shipped().engine, ['엄마가 좋아할 만한 노래 추천해줘']);
    expect(b[0]!.reply).toBe(forSomeoneElseLine('엄마', 'ask'));
  }, 60_000);
  it('near misses: a memory of mom\'s song, a birth decade, a glad day open nothing', async () => {
    const rs = await talkThrough(shipped().engine, ['엄마가 좋아하던 노래가 생각났어', '90년대에 태어났어', '오늘 신나는 일이 있었어']);
    for (const r of rs) {
      expect(r.action).toBeUndefined();
      expect(r.reply).not.toMatch(/취향은 제가|골라 드리지는 못해요|보여 드린 노래가 없어요|곡보다는/u);
    }
  }, 60_000);
});
