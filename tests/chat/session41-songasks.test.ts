/**
 * Session 41 (songasks): a song request read for its purpose (song-purpose.ts, the request branch
 * in engine.ts), requests said with 거, 노동요 or 응원가 (asks-for-songs.ts), a use or an occasion no
 * singer or title (talks-about-songs.ts artistNamed, song-requests.ts), and a mood intent counted as
 * a feeling told (engine.ts toldAFeeling).
 */
import { describe, expect, it } from 'vitest';
import { createChatEngine } from '../../src/chat/engine';
import { asksForSongs } from '../../src/chat/asks-for-songs';
import { brightPurpose, purposeDirection, purposeNote, purposeOpenLine, songPurpose, type SongPurpose } from '../../src/chat/song-purpose';
import { artistNamed, songModeFor } from '../../src/chat/talks-about-songs';
import { songRequestTurn, type SongRequestContext } from '../../src/chat/song-requests';
import type { CatalogueSongName } from '../../src/chat/song-turns';
import { mixFromArray } from '../../src/ml/emotions';
import { fakeAnalyze, fakeIndex, realModelPresent, talkThrough, useShippedChat } from './helpers';

const SONGS: CatalogueSongName[] = [
  { artist: '아이유', title: '밤편지' },
  { artist: '폴킴', title: '비' },
];
const engine = () => createChatEngine({ analyze: fakeAnalyze, index: fakeIndex(), seed: 3, gaugeThreshold: 60, songNames: () => SONGS });
/** A glad story (the fake reads 합격/행복 as joy) and an angry one (짜증/화나), long enough for songs. */
const GLAD = ['드디어 자격증 시험에 합격했어요 세 번 만에 붙어서 너무 행복해요', '부모님도 합격 소식에 엄청 행복해하셨어요 오늘은 정말 좋아요'];
const ANGRY = ['오늘 팀장이 또 회의에서 내 보고서를 다 까서 너무 짜증나요', '한 달째 이러니까 진짜 화나요 출근하기 싫어질 만큼 짜증나요'];

describe('songPurpose', () => {
  const cases: Record<SongPurpose, string[]> = {
    celebrate: ['축하 노래 틀어줘', '축하곡 추천해줘', '파티 노래 틀어줘', '합격 기념으로 노래 하나 틀어줘', '자축하게 노래 좀'],
    cheer: ['응원 노래 추천해줘', '응원가 틀어줘', '힘내라는 노래 있어?', '용기를 주는 노래 있을까', '파이팅 되는 노래 추천'],
    workout: ['운동할 때 들을 노래', '헬스할 때 듣는 노래 추천', '러닝할 때 들을 음악 있어?', '뛸 때 들을 노래 좀', '등산하면서 들을 노래'],
    chores: ['노동요 추천 좀', '청소할 때 들을 노래', '집안일 하면서 들을 음악'],
    focus: ['공부할 때 들을 노래 추천해줘', '일할 때 틀어놓을 노래', '집중 잘 되는 노래 있어요?', '코딩할 때 듣기 좋은 곡'],
    sleep: ['잘 때 들을 노래', '자기 전에 들을 노래 추천해 주세요', '잠 안 올 때 듣는 노래', '수면 음악 있어?', '자장가 틀어줘'],
    rain: ['비 오는 날 듣기 좋은 거', '비 올 때 들을 노래', '빗소리랑 어울리는 노래', '장마철에 들을 노래 추천'],
    funny: ['웃긴 노래 없어?', '재밌는 노래 추천해줘', '빵 터지는 노래 있어?', '코믹한 노래 틀어줘'],
  };
  for (const [purpose, texts] of Object.entries(cases)) {
    it(`reads ${purpose}`, () => {
      for (const t of texts) expect(songPurpose(t), t).toBe(purpose);
    });
  }
  it('no purpose in a plain request, a mood, or talk that names no songs', () => {
    for (const t of ['노래 추천해줘', '신나는 노래 틀어줘', '슬픈 노래 있어?', '아이유 노래 틀어줘', '운동하고 왔어', '비 와서 우울해', '공부하기 싫어', '축하받았어', '잠이 안 와', '오늘 너무 웃겼어']) {
      expect(songPurpose(t), t).toBeNull();
    }
  });
  it('a bright purpose lifts; a quiet one stays with a quiet mood and calms a stirred one', () => {
    for (const p of ['celebrate', 'cheer', 'workout', 'chores', 'funny'] as const) {
      expect(brightPurpose(p)).toBe(true);
      expect(purposeDirection(p, 'sadness')).toBe('lift');
      expect(purposeDirection(p, 'joy')).toBe('lift');
    }
    for (const p of ['sleep', 'focus', 'rain'] as const) {
      expect(brightPurpose(p)).toBe(false);
      expect(purposeDirection(p, 'anger')).toBe('calm');
      expect(purposeDirection(p, 'anxiety')).toBe('calm');
      expect(purposeDirection(p, 'sadness')).toBe('match');
      expect(purposeDirection(p, 'neutral')).toBe('match');
    }
    // A glad user's 'match' is the list away from joy (calmer), a sad user's the similar one.
    const glad = mixFromArray([0.8, 0.05, 0, 0, 0, 0, 0.15]);
    const sad = mixFromArray([0.05, 0.7, 0, 0, 0.1, 0, 0.15]);
    expect(songModeFor(purposeDirection('sleep', 'joy'), glad)).toBe('shift');
    expect(songModeFor(purposeDirection('sleep', 'sadness'), sad)).toBe('similar');
    expect(songModeFor(purposeDirection('celebrate', 'joy'), glad)).toBe('similar');
    expect(songModeFor(purposeDirection('workout', 'sadness'), sad)).toBe('shift');
  });
  it('the lines say what cannot be picked once, then what comes first; 축하해요 only after glad news', () => {
    expect(purposeOpenLine('workout', 'shift', { firstTime: true, glad: false })).toMatch(/빠르기는 알 수 없어서.*밝은 노래부터/u);
    expect(purposeOpenLine('sleep', 'shift', { firstTime: false, glad: false })).toBe('좋아요, 마음을 차분하게 가라앉혀 줄 노래부터 보여 드릴게요.');
    expect(purposeOpenLine('celebrate', 'similar', { firstTime: true, glad: true })).toMatch(/^정말 축하해요!/u);
    expect(purposeOpenLine('celebrate', 'similar', { firstTime: true, glad: false })).not.toMatch(/축하해요!/u);
    expect(purposeNote('focus')).toMatch(/가사가 있는 곡/u);
    // After a loss a bright purpose is said softly, never «신나는» or «밝은 노래».
    expect(purposeOpenLine('funny', 'shift', { firstTime: false, glad: false, loss: true })).toBe('좋아요, 마음을 조금은 가볍게 해 줄 노래부터 보여 드릴게요.');
  });
});

describe('requests said by their use', () => {
  it('are song requests', () => {
    for (const t of ['노동요 추천 좀', '응원가 틀어줘', '축하곡 추천해줘', '비 오는 날 듣기 좋은 거', '잘 때 듣는 거 있어?', '비 올 때 들을 만한 거', '자장가 틀어줘']) expect(asksForSongs(t), t).toBe(true);
  });
  it('not talk about songs or words', () => {
    for (const t of ['듣기 좋은 말만 하지 마', '응원가 부르다가 목 쉬었어', '노동요 틀어놓고 청소했어', '노래 불러주던 엄마가 보고 싶어', '자장가 불러주던 할머니 생각나', '엄마가 노래 틀어주셨어']) expect(asksForSongs(t), t).toBe(false);
  });
  it('a use or an occasion is no singer, and no title', () => {
    for (const t of ['파티 노래 틀어줘', '헬스 노래 추천해줘', '수면 노래 틀어줘', '러닝 노래 추천']) expect(artistNamed(t), t).toBeNull();
    expect(artistNamed('아이유 노래로 추천해줘')).toBe('아이유');
    const ctx: SongRequestContext = { storyBefore: [], songs: SONGS, songsShown: false, onScreen: false, askedNoSongs: false, songTalk: true, following: null, asksMore: false, redirect: null, firstView: 10 };
    expect(songRequestTurn('힘내라는 노래 있어?', ctx)).toBeNull();
    // A title the catalogue has is still a title.
    expect(songRequestTurn('비 있어?', ctx)?.id).toBe('songreq:title');
  });
});

describe('the request opens the list its purpose leans to', () => {
  it('축하 노래 after glad news: the glad list, with 축하해요 (not «기분을 바꿔 줄 노래»)', async () => {
    const rs = await talkThrough(engine(), [...GLAD, '축하 노래 틀어줘']);
    const r = rs.at(-1)!;
    expect(r.action).toBe('open_recommendations');
    expect(r.state.songDirection).toBe('lift');
    expect(r.songMode).toBe('similar');
    expect(r.reply).toMatch(/축하하는 노래를 따로 가려 고르지는 못해요.*밝은 노래부터/u);
  });
  it('잘 때 들을 노래 after an angry story: the calming list, said so', async () => {
    const rs = await talkThrough(engine(), [...ANGRY, '잘 때 들을 노래']);
    const r = rs.at(-1)!;
    expect(r.action).toBe('open_recommendations');
    expect(r.songMode).toBe('shift');
    expect(r.reply).toMatch(/잠들기 좋은 곡을 따로.*차분하게 가라앉혀/u);
  });
  it('운동할 때 들을 노래 after an angry story: the bright list, never «식혀 줄»', async () => {
    const rs = await talkThrough(engine(), [...ANGRY, '운동할 때 들을 노래', '웃긴 노래 없어?']);
    expect(rs[2]!.state.songDirection).toBe('lift');
    expect(rs[2]!.songMode).toBe('shift');
    expect(rs[2]!.reply).toMatch(/기운을 북돋아 줄 밝은 노래부터/u);
    expect(rs[2]!.reply).not.toMatch(/식혀|가라앉/u);
    // The honest line once: the second purpose says only what comes first.
    expect(rs[3]!.reply).toMatch(/^좋아요, 기분을 가볍게 풀어 줄 밝은 노래부터/u);
  });
  it('a mood word in the request wins over its use', async () => {
    const rs = await talkThrough(engine(), [...ANGRY, '운동할 때 들을 잔잔한 노래']);
    expect(rs.at(-1)!.state.songDirection).toBe('calm');
    expect(rs.at(-1)!.reply).not.toMatch(/밝은 노래부터/u);
  });
  it('before anything is told: the honest line, then the ask for a sentence; the way is kept', async () => {
    const rs = await talkThrough(engine(), ['운동할 때 들을 노래']);
    expect(rs[0]!.action).toBe('need_more');
    expect(rs[0]!.reply).toMatch(/^노래의 빠르기는 알 수 없어서/u);
    expect(rs[0]!.state.songDirection).toBe('lift');
  });
});

describe.skipIf(!realModelPresent())("the tester's conversations (shipped model)", () => {
  const shipped = useShippedChat();
  it('c23: 축하 노래 틀어줘 after a certificate passed', async () => {
    const rs = await talkThrough(shipped().engine, ['드디어 자격증 합격했어!!', '세 번 만에 붙었어', '부모님이 엄청 좋아하셨어', '나 좀 대단한 듯', '축하 노래 틀어줘']);
    const r = rs.at(-1)!;
    expect(r.action).toBe('open_recommendations');
    expect(r.songMode).toBe('similar');
    expect(r.reply).not.toMatch(/기분을 바꿔/u);
    expect(r.reply).toMatch(/밝은 노래부터/u);
  }, 60_000);
  it('c24: 웃긴 노래 없어? after an embarrassing day: the lifting list', async () => {
    const rs = await talkThrough(shipped().engine, ['오늘 회의에서 대표님 이름 틀리게 불렀어', '다들 웃었는데 나는 얼굴 빨개짐', '아 진짜 쥐구멍에 숨고 싶다', '계속 생각나서 이불킥 중', '웃긴 노래 없어?']);
    const r = rs.at(-1)!;
    expect(r.action).toBe('open_recommendations');
    expect(r.songMode).toBe('shift');
    expect(r.reply).not.toMatch(/쉬게 해 줄/u);
  }, 60_000);
  it('c28: 비 오는 날 듣기 좋은 거 in a song thread is a request, not rainy-day small talk', async () => {
    const rs = await talkThrough(shipped().engine, ['노래 추천해줘', '그냥 아무거나', '요즘 기분이 좀 처져서', '비 오는 날 듣기 좋은 거']);
    const r = rs.at(-1)!;
    expect(r.intent).toMatch(/^meta_recommend_song/u);
    // Session 42: the songs were open on the similar list, the one a quiet purpose keeps: more of it.
    expect(r.action).toBe('more_recommendations');
    expect(r.reply).toMatch(/비 오는 날에 맞는 곡을 따로/u);
  }, 60_000);
  it('c26: 음악이나 추천해봐 after boredom told opens the songs', async () => {
    const rs = await talkThrough(shipped().engine, ['심심해', '그냥 뭐 할 거 없나 해서', '넷플릭스 볼 거 없음', '너는 뭐해?', '음악이나 추천해봐']);
    expect(rs.at(-1)!.action).toBe('open_recommendations');
  }, 60_000);
  it('c40: happy tears over a letter, then a request: the songs open plainly, not «무거운 마음 곁에»', async () => {
    const rs = await talkThrough(shipped().engine, ['오늘 너무 행복한데 왜 눈물이 나지', '엄마가 손편지 써줬어', '이사 간다고', '응 내일 독립해', '좋은 노래 하나만']);
    expect(rs.at(-1)!.action).toBe('open_recommendations');
    expect(rs.at(-1)!.reply).not.toMatch(/무거운|안아 줄|눈물/u);
    // A sad story still opens quietly.
    const sad = await talkThrough(shipped().engine, ['요즘 너무 우울해', '회사에서 자꾸 실수해', '노래 추천해줘']);
    expect(sad.at(-1)!.reply).toMatch(/안아 줄|무거운 마음/u);
  }, 60_000);
  it('노동요, 운동할 때 들을 노래 after a work story: songs, bright', async () => {
    const story = ['오늘 팀장이 또 갈궜어', '회의 때 다 있는 데서 내 보고서 까더라'];
    const a = await talkThrough(shipped().engine, [...story, '노동요 추천 좀']);
    expect(a.at(-1)!.action).toBe('open_recommendations');
    expect(a.at(-1)!.state.songDirection).toBe('lift');
    const b = await talkThrough(shipped().engine, [...story, '운동할 때 들을 노래']);
    expect(b.at(-1)!.reply).not.toMatch(/식혀|가라앉/u);
    expect(b.at(-1)!.state.songDirection).toBe('lift');
  }, 60_000);
});
