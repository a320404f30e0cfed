/**
 * Session 43 (songmood): song requests when the mood reading and the request disagree. A tired user
 * whose mix reads joy asks for something upbeat and is no longer told the songs are bright already
 * (worn-out-lift.ts); a listening habit or taste told ("예전엔 잔잔한 노래 말고는 안 들었어") is
 * answered as what it is, not as a song request (listening-habit.ts); a clause told in the past
 * before a request is not the way asked (talks-about-songs.ts songDirection).
 */
import { describe, expect, it } from 'vitest';
import { listeningHabit } from '../../src/chat/listening-habit';
import { songDirection, type SongOnScreen } from '../../src/chat/talks-about-songs';
import { toldWornOut } from '../../src/chat/worn-out-lift';
import type { TurnResult } from '../../src/chat/types';
import { realModelPresent, talkThenWithSongs, useShippedChat } from './helpers';

describe('toldWornOut: the user\'s own words say tired, drained or down', () => {
  it('tiredness or a low mood told, also with laughter, and not undone by a song request after it', () => {
    for (const story of [
      ['요즘 너무 피곤해ㅋㅋ', '일 많아서 지친다ㅎㅎ', '노래 추천해줘'],
      ['피곤하다 ㅋㅋ'],
      ['오늘 완전 녹초야', '신나는 거 ㅋㅋ'],
      ['요즘 기운이 하나도 없어'],
      ['그냥 좀 우울하네 ㅎㅎ'],
      ['시험 끝나서 너무 좋아', '근데 좀 피곤하다'],
      ['일이 너무 힘들어 ㅋㅋ'],
    ]) expect(toldWornOut(story), story.join(' / ')).toBe(true);
  });
  it('not gladness told after it, tiredness denied or asked, someone else\'s, or none told', () => {
    for (const story of [
      ['어제는 피곤했어', '오늘은 완전 좋아 ㅋㅋ'],
      ['피곤한데 너무 행복해'],
      ['하나도 안 피곤해'],
      ['안 우울해 그냥 심심해'],
      ['너 피곤해?'],
      ['엄마가 요즘 많이 지쳤어'],
      ['친구가 힘들대'],
      ['오늘 시험 끝났어 ㅋㅋ', '친구들이랑 놀러 갈 거야 완전 좋아'],
      ['우울할 때 듣는 노래 추천해줘'],
      [],
    ]) expect(toldWornOut(story), story.join(' / ')).toBe(false);
  });
});

describe('listeningHabit: a habit or a taste told, not songs asked for', () => {
  it('a past habit, a change since, a taste as a rule', () => {
    const cases: Array<[string, 'past' | 'changed' | 'usual']> = [
      ['예전엔 잔잔한 노래 말고는 안 들었어', 'past'],
      ['학생 때는 신나는 노래만 들었어', 'past'],
      ['예전엔 슬픈 노래 듣는 거 좋아했는데', 'past'],
      ['어릴 때 발라드 달고 살았어', 'past'],
      ['옛날엔 잔잔한 노래 말고 신나는 노래만 들었는데 요즘은 달라', 'changed'],
      ['예전엔 신나는 노래만 들었는데 이젠 잔잔한 게 좋아', 'changed'],
      ['예전엔 힙합만 들었는데 요즘은 발라드만 들어', 'changed'],
      ['우울할 때 원래 슬픈 노래 들어', 'usual'],
      ['난 원래 잔잔한 노래 말고 신나는 노래 좋아해', 'usual'],
      ['원래 조용한 노래는 잘 안 들어', 'usual'],
      ['평소엔 잔잔한 노래 말고 신나는 거 들어', 'usual'],
    ];
    for (const [t, kind] of cases) expect(listeningHabit(t), t).toBe(kind);
  });
  it('not a request, a question, a listening on a day, someone else\'s taste, songs made, or no habit', () => {
    for (const t of [
      '잔잔한 노래 말고 신나는 거 틀어줘',
      '예전엔 잔잔한 노래 들었는데 오늘은 신나는 거 틀어줘',
      '예전에 듣던 노래 추천해줘',
      '원래 신나는 노래 듣고 싶었어',
      '예전엔 어떤 노래 들었어?',
      '어제 잔잔한 노래 들었는데 눈물 났어',
      '예전에 헤어진 사람이 잔잔한 노래 말고 신나는 노래를 좋아했어',
      '엄마는 원래 트로트만 들어',
      '예전엔 노래 만들었어',
      '신나는 노래 좋아해',
      '요즘 노래를 잘 안 들어',
      '나 원래 노래 잘 안 들어',
      '예전엔 일하는 거 좋아했는데',
      '잔잔한 노래 말고',
      '예전엔 회사 일이 너무 힘들었어',
    ]) expect(listeningHabit(t), t).toBeNull();
  });
});

describe('songDirection: a clause told in the past is not the way asked', () => {
  it('the request after "…었는데", "…했지만" says the way', () => {
    expect(songDirection('예전엔 잔잔한 노래 들었는데 오늘은 신나는 거 틀어줘', null)).toBe('lift');
    expect(songDirection('신나는 노래만 들었는데 요즘은 잔잔한 게 좋아 그런 걸로 틀어줘', null)).toBe('calm');
    expect(songDirection('슬펐지만 이제 밝은 노래 듣고 싶어', null)).toBe('lift');
  });
  it('no way after the past clause, or no past clause: read as before', () => {
    expect(songDirection('잔잔한 노래 좋았는데 더 틀어줘', null)).toBe('calm');
    expect(songDirection('신나는 노래 듣고 싶은데 너무 시끄러운 건 싫어', null)).toBe('lift');
    expect(songDirection('잔잔한 거 말고 신나는 거', null)).toBe('lift');
  });
});

const ON_SCREEN: SongOnScreen[] = [
  { id: 's1', title: '오르막길', artist: '정인, 윤종신', mode: 'similar' },
  { id: 's2', title: '날씨 맑음', artist: '타루', mode: 'similar' },
];
/** Tired, told with laughter: the mix reads joy (0.85 with the shipped model), so the glad list opens first. */
const TIRED_READ_GLAD = ['요즘 너무 피곤해ㅋㅋ', '일 많아서 지친다ㅎㅎ', '노래 추천해줘'];
const GLAD = ['오늘 시험 끝났어 ㅋㅋ', '친구들이랑 놀러 갈 거야 완전 좋아', '노래 추천해줘'];
const SAD = ['요즘 좀 우울해', '노래 추천해줘'];
const ALREADY = /이미 밝고 신나는/u;

describe.skipIf(!realModelPresent())('song requests when the mood reading and the request disagree (shipped model)', () => {
  const shipped = useShippedChat();
  const talk = (lines: readonly string[], last?: { text: string; screen: SongOnScreen[] }): Promise<TurnResult[]> => talkThenWithSongs(shipped().engine, lines, last);

  it('1: a tired user read as glad asks for something upbeat: more bright songs, said as lifting, never "already bright"', async () => {
    for (const t of ['힘 나는 노래', '더 신나는 거 없어?', '신나는 노래 틀어줘', '좀 밝은 걸로']) {
      const rs = await talk(TIRED_READ_GLAD, { text: t, screen: ON_SCREEN });
      expect(rs[2]!.action, t).toBe('open_recommendations');
      expect(rs[2]!.emotions.joy, t).toBeGreaterThan(0.5);
      const r = rs.at(-1)!;
      expect(r.action, t).toBe('more_recommendations');
      expect(r.songMode, t).toBe('similar');
      expect(r.reply, t).not.toMatch(ALREADY);
      expect(r.reply, t).toMatch(/지친|기운|힘이/u);
    }
  });
  it('1: asked again, other words; before any song, the bright list opens said as lifting', async () => {
    const rs = await talk([...TIRED_READ_GLAD, '힘 나는 노래', '더 신나는 거 없어?']);
    expect(rs[4]!.action).toBe('more_recommendations');
    expect(rs[4]!.reply).not.toBe(rs[3]!.reply);
    expect(rs[4]!.reply).not.toMatch(ALREADY);
    const before = (await talk(['피곤하다 ㅋㅋ', '노래 추천해줘', '더 신나는 거 없어?'])).at(-1)!;
    expect(before.action).toBe('open_recommendations');
    expect(before.reply).toMatch(/지친 마음에 기운/u);
  });
  it('1: the reverse: a glad user asking for 신나는 거 still gets more of it, said so', async () => {
    for (const t of ['신나는 거 ㅋㅋ', '더 신나는 거 없어?', '힘 나는 노래']) {
      const r = (await talk(GLAD, { text: t, screen: ON_SCREEN })).at(-1)!;
      expect(r.action, t).toBe('more_recommendations');
      expect(r.reply, t).toMatch(ALREADY);
    }
  });
  it('2: a habit or taste told after the songs is said back, and opens no songs', async () => {
    const cases: Array<[string, RegExp]> = [
      ['예전엔 잔잔한 노래 말고는 안 들었어', /예전엔 즐겨 듣던 노래 결/u],
      ['옛날엔 잔잔한 노래 말고 신나는 노래만 들었는데 요즘은 달라', /듣는 노래가 달라졌군요/u],
      ['예전엔 슬픈 노래 듣는 거 좋아했는데', /예전엔 즐겨 듣던 노래 결/u],
      ['원래 조용한 노래는 잘 안 들어', /평소 즐겨 듣는 노래 결/u],
      ['난 원래 잔잔한 노래 말고 신나는 노래 좋아해', /평소 즐겨 듣는 노래 결/u],
    ];
    for (const [t, said] of cases) {
      const r = (await talk(SAD, { text: t, screen: ON_SCREEN })).at(-1)!;
      expect(r.action, t).toBeUndefined();
      expect(r.reply, t).toMatch(said);
      expect(r.state.songDirection, t).toBeUndefined();
    }
  });
  it('2: told twice, the second gets other words', async () => {
    const rs = await talk([...SAD, '예전엔 잔잔한 노래 말고는 안 들었어', '학생 때는 신나는 노래만 들었어']);
    expect(rs[2]!.reply).toMatch(/예전엔 즐겨 듣던 노래 결/u);
    expect(rs[3]!.reply).toMatch(/그 시절에 듣던 노래 이야기/u);
    expect(rs[3]!.action).toBeUndefined();
  });
  it('2: a real request keeps working, the way asked after a past clause included', async () => {
    for (const t of ['잔잔한 노래 말고 신나는 거 틀어줘', '예전엔 잔잔한 노래 들었는데 오늘은 신나는 거 틀어줘']) {
      const r = (await talk(SAD, { text: t, screen: ON_SCREEN })).at(-1)!;
      expect(r.action, t).toBe('open_recommendations');
      expect(r.songMode, t).toBe('shift');
      expect(r.reply, t).not.toMatch(/차분|가라앉/u);
    }
  });
  it('2: near misses keep their own answers', async () => {
    const cried = (await talk(SAD, { text: '어제 잔잔한 노래 들었는데 눈물 났어', screen: ON_SCREEN })).at(-1)!;
    expect(cried.reply).not.toMatch(/노래 결/u);
    const other = (await talk(SAD, { text: '예전에 헤어진 사람이 잔잔한 노래 말고 신나는 노래를 좋아했어', screen: ON_SCREEN })).at(-1)!;
    expect(other.reply).not.toMatch(/노래 결/u);
    expect(other.action).toBeUndefined();
  });
});
