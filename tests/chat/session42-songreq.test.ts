/**
 * Session 42 (songreq): song requests said in the chat after the songs are shown, which had changed
 * nothing or done the opposite. A way asked for whose list is open already brings more of it
 * (engine.ts listAlreadyOpen, song-requests.ts sameListMoreLine); a way turned down ("잔잔한 거 말고
 * 신나는 거") is read past its "not" (talks-about-songs.ts songDirection, turnsDownAWay); a dislike
 * with a wish for others ("이거 별로임 ㅋㅋ 다른 노래") brings other songs (song-turns.ts
 * dislikesAndAsksOthers).
 */
import { describe, expect, it } from 'vitest';
import { declinedKind, songDirection, talksAboutSongs, turnsDownAWay, type SongOnScreen } from '../../src/chat/talks-about-songs';
import { dislikesAndAsksOthers } from '../../src/chat/song-turns';
import { sameListMoreLine } from '../../src/chat/song-requests';
import type { TurnResult } from '../../src/chat/types';
import { realModelPresent, talkThenWithSongs, useShippedChat } from './helpers';

describe('songDirection reads past a way turned down', () => {
  it('"X 말고 Y", "X는 싫고 Y": the way asked for', () => {
    const cases: Array<[string, 'lift' | 'match' | 'calm']> = [
      ['잔잔한 거 말고 신나는 거', 'lift'],
      ['잔잔한거말고 신나는거', 'lift'],
      ['차분한 건 싫고 신나는 걸로', 'lift'],
      ['조용한 노래 말고 밝은 거', 'lift'],
      ['잔잔한 게 아니라 신나는 거', 'lift'],
      ['신나는 거 말고 잔잔한 거', 'calm'],
      ['신나는 건 싫고 차분한 걸로', 'calm'],
      ['밝은 거 아니고 슬픈 거', 'match'],
      ['잔잔한 노래 좋아 시끄러운 건 싫어', 'calm'],
    ];
    for (const [t, way] of cases) expect(songDirection(t, null), t).toBe(way);
  });
  it('"X 말고", "X는 싫어", "X 빼고" alone: the way nearest the one turned down', () => {
    const cases: Array<[string, 'lift' | 'match' | 'calm']> = [
      ['잔잔한 거 말고', 'lift'],
      ['차분한 노래는 싫어', 'lift'],
      ['조용한 건 별로', 'lift'],
      ['슬픈 노래 빼고', 'lift'],
      ['슬픈 노래 듣기 싫어', 'lift'],
      ['우울한 거 그만', 'lift'],
      ['너무 신나는 건 싫어', 'match'],
      ['신나는 노래 말고', 'match'],
      ['신나는 기분은 아니고', 'match'],
      ['시끄러운 거 빼고', 'calm'],
    ];
    for (const [t, way] of cases) expect(songDirection(t, null), t).toBe(way);
  });
  it('requests with no "not" keep their way; "말고도" is no "not"', () => {
    expect(songDirection('신나는 거 ㅋㅋ', null)).toBe('lift');
    expect(songDirection('잔잔한 노래 추천해줘', null)).toBe('calm');
    expect(songDirection('덜 슬픈 걸로', null)).toBe('calm');
    expect(songDirection('화 좀 식히고 싶어', null)).toBe('calm');
    expect(songDirection('노래 말고 그냥 얘기', null)).toBeNull();
    expect(songDirection('신나는 노래 말고도 슬픈 노래도', null)).toBe('match');
  });
  it('turnsDownAWay: a bare "not this way", never a story', () => {
    for (const t of ['잔잔한 거 말고', '잔잔한 건 싫어요', '시끄러운 건 ㄴㄴ', '아니 슬픈 노래는 싫어', '너무 신나는 건 별로', '차분한 노래 말고요']) expect(turnsDownAWay(t), t).toBe(true);
    for (const t of ['잔잔한 분위기 싫어서 회사 옮겼어', '조용한 사람은 싫어', '노래 말고 그냥 얘기 들어줘', '이거 말고 다른 거', '신나는 거 ㅋㅋ']) expect(turnsDownAWay(t), t).toBe(false);
  });
  it('a way turned down is no kind the songs cannot be chosen by, nor songs declined', () => {
    expect(declinedKind('조용한 노래 말고 밝은 거')).toBeNull();
    expect(declinedKind('신나는 노래 말고')).toBeNull();
    expect(declinedKind('이별 노래 말고요')).toBe('이별');
    expect(talksAboutSongs('예전에 헤어진 사람이 잔잔한 노래 말고 신나는 노래를 좋아했어')).not.toBe('declined');
    expect(talksAboutSongs('노래 말고 그냥 얘기 들어줘')).toBe('declined');
  });
});

describe('dislikesAndAsksOthers', () => {
  it('a dislike of the songs shown with a wish for others', () => {
    for (const t of ['이거 별로임 ㅋㅋ 다른 노래', '노잼 딴 거 ㄱㄱ', '다른 노래 틀어줘 이건 별로', '취향 아님 다른 걸로', '별로야 다른 거 없어?', '이건 좀 아닌 듯 다른 곡 추천해줘', '다 별로네 다른 걸로 바꿔줘', '두번째 노래 별로 다른 거 줘']) {
      expect(dislikesAndAsksOthers(t), t).toBe(true);
    }
  });
  it('not other people or things, other songs turned down, or a request with no dislike', () => {
    for (const t of ['친구가 추천해준 다른 노래는 별로였어', '다른 사람들은 별로 신경 안 써', '딴 거 할 기분 별로 아니야', '회사가 별로라 다른 곳 알아보는 중', '다른 노래 들을 기분 아니야 다 싫어', '다른 노래는 별로야', '이 노래 좋다 다른 것도 있어?', '다른 거']) {
      expect(dislikesAndAsksOthers(t), t).toBe(false);
    }
  });
});

describe('sameListMoreLine', () => {
  it('says the songs on screen are that way already, and that more of them come; other words when asked again', () => {
    expect(sameListMoreLine('lift', 'similar')).toMatch(/^지금 보이는 곡들이 이미 밝고 신나는 노래들이에요\..*아직 보여 드리지 않은 곡/u);
    expect(sameListMoreLine('lift', 'shift')).toMatch(/기분을 밝게 바꿔 줄 노래들/u);
    expect(sameListMoreLine('calm', 'shift')).toMatch(/차분하게 가라앉혀 줄 노래들/u);
    expect(sameListMoreLine('match', 'similar')).toMatch(/지금 마음과 닮은 노래들/u);
    expect(sameListMoreLine('lift', 'similar', true)).not.toBe(sameListMoreLine('lift', 'similar'));
  });
});

/** A glad story then a request (joy leads: the glad list is the similar one); a sad one likewise. */
const GLAD = ['오늘 시험 끝났어 ㅋㅋ', '친구들이랑 놀러 갈 거야 완전 좋아', '노래 추천해줘'];
const SAD = ['요즘 회사 때문에 너무 우울해', '매일 야근하고 혼자 울어', '노래 추천해줘'];
const ON_SCREEN: SongOnScreen[] = [
  { id: 's1', title: '밤편지', artist: '아이유', mode: 'similar' },
  { id: 's2', title: 'Love wins all', artist: '아이유', mode: 'similar' },
  { id: 's3', title: '봄날', artist: '방탄소년단', mode: 'similar' },
];

describe.skipIf(!realModelPresent())("the tester's requests after the songs (shipped model)", () => {
  const shipped = useShippedChat();
  const talk = (lines: readonly string[], last?: { text: string; screen: SongOnScreen[] }): Promise<TurnResult[]> => talkThenWithSongs(shipped().engine, lines, last);

  it('a: upbeat songs asked while the glad list is open bring more of it, said so', async () => {
    for (const t of ['신나는 거 ㅋㅋ', '신나는 노래 틀어줘', '밝은 거 없어?', '신나는 걸로 ㄱㄱ']) {
      const rs = await talk([...GLAD, t]);
      expect(rs[2]!.action, t).toBe('open_recommendations');
      const r = rs.at(-1)!;
      expect(r.action, t).toBe('more_recommendations');
      expect(r.songMode, t).toBe('similar');
      expect(r.reply, t).toMatch(/이미 밝고 신나는 노래들/u);
    }
  });
  it('a: asked twice, other words and more again; the list the reply names is the one the app opens', async () => {
    const rs = await talk([...GLAD, '신나는 거 ㅋㅋ', '잔잔한 거 말고 신나는 거']);
    expect(rs.at(-1)!.action).toBe('more_recommendations');
    expect(rs.at(-1)!.reply).toMatch(/^이번에도 밝고 신나는 노래들 가운데/u);
    expect(rs.at(-1)!.reply).not.toMatch(/그대로 틀어 둘게요|차분/u);
  });
  it('a: the other list on screen (the user switched tabs) is changed, not added to', async () => {
    const rs = await talk(GLAD, { text: '신나는 거', screen: ON_SCREEN.map((s) => ({ ...s, mode: 'shift' as const })) });
    const r = rs.at(-1)!;
    expect(r.action).toBe('open_recommendations');
    expect(r.songMode).toBe('similar');
    expect(r.reply).toMatch(/신나고 밝은 노래부터/u);
  });
  it('a: after a sad story the lifting list opens, then more of it when asked again', async () => {
    const rs = await talk([...SAD, '신나는 거', '신나는 거 틀어줘']);
    expect(rs[3]!.action).toBe('open_recommendations');
    expect(rs[3]!.songMode).toBe('shift');
    expect(rs[4]!.action).toBe('more_recommendations');
    expect(rs[4]!.songMode).toBe('shift');
    expect(rs[4]!.reply).toMatch(/이미 기분을 밝게 바꿔 줄 노래들/u);
  });
  it('b: "X 말고 Y" and "X 말고" open the way asked, not the one turned down', async () => {
    for (const t of ['잔잔한 거 말고 신나는 거', '차분한 건 싫고 신나는 걸로', '조용한 노래 말고 밝은 거', '잔잔한 거 말고']) {
      const r = (await talk([...SAD, t])).at(-1)!;
      expect(r.action, t).toBe('open_recommendations');
      expect(r.songMode, t).toBe('shift');
      expect(r.reply, t).not.toMatch(/차분|가라앉|빼고 고르지는 못해요|알아듣지 못했어요/u);
    }
    const calm = (await talk([...GLAD, '신나는 거 말고 잔잔한 거'])).at(-1)!;
    expect(calm.songMode).toBe('shift');
    expect(calm.reply).toMatch(/차분/u);
  });
  it('c: a dislike with a wish for others brings other songs', async () => {
    for (const t of ['이거 별로임 ㅋㅋ 다른 노래', '노잼 딴 거 ㄱㄱ', '별로야 다른 거 없어?', '이건 좀 아닌 듯 다른 곡 추천해줘']) {
      const r = (await talk([...GLAD, t])).at(-1)!;
      expect(r.action, t).toBe('more_recommendations');
      expect(r.reply, t).not.toMatch(/머릿속|재생/u);
      expect(r.songRating, t).toBeUndefined();
    }
  });
  it('c: a song named on screen gets its dislike pressed too; "이거" names none', async () => {
    const named = (await talk(SAD, { text: '두번째 노래 별로 다른 거 줘', screen: ON_SCREEN })).at(-1)!;
    expect(named.action).toBe('more_recommendations');
    expect(named.songRating).toEqual({ songId: 's2', mode: 'similar', liked: false });
    expect(named.reply).toMatch(/^'Love wins all'\(아이유\)에 '별로예요'를 눌러 뒀어요\./u);
    const unclear = (await talk(SAD, { text: '이거 별로임 ㅋㅋ 다른 노래', screen: ON_SCREEN })).at(-1)!;
    expect(unclear.action).toBe('more_recommendations');
    expect(unclear.songRating).toBeUndefined();
  });
  it('near misses after the songs: other people, a song remembered, a memory with 말고 change no list', async () => {
    for (const t of ['다른 사람들은 별로 신경 안 써', '친구가 추천해준 다른 노래는 별로였어', '그 노래 들으면 옛날 생각나', '예전에 헤어진 사람이 잔잔한 노래 말고 신나는 노래를 좋아했어']) {
      const r = (await talk([...SAD, t])).at(-1)!;
      expect(r.action, t).toBeUndefined();
      expect(r.reply, t).not.toMatch(/노래는 잠시 접어 둘게요|골라 볼게요/u);
    }
  });
});
