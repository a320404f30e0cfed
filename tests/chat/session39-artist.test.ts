/**
 * Session 39: "다른 거" once every song of the singer the lists follow is on screen widens the lists
 * to every singer and says so (song-turns.ts artistAllShownLine); the same singer asked for again
 * then gets an offer, not the same list (artistAskedAgainLine).
 */
import { describe, expect, it } from 'vitest';
import { listArtistAfter } from '../../src/recommend/artist';
import { artistAllShownLine, artistAskedAgainLine } from '../../src/chat/song-turns';
import type { TurnResult } from '../../src/chat/types';
import { realModelPresent, talkThrough, useShippedChat } from './helpers';

/** The singer the app's lists follow after each turn, as src/ui/chat/session.ts keeps it. */
function followed(rs: readonly TurnResult[]): (string | null)[] {
  let cur: string | null = null;
  return rs.map((r) => (cur = listArtistAfter(cur, r)));
}

describe('the lines', () => {
  it('say how many songs there were and what happens next', () => {
    expect(artistAllShownLine({ name: '박효신', count: 3 })).toMatch(/박효신 노래 3곡은 이제 다 보여 드렸어요.*다른 가수/u);
    expect(artistAllShownLine({ name: '박효신', count: 3 }, true)).not.toMatch(/3곡/u);
    expect(artistAskedAgainLine({ name: '박효신', count: 3, titles: ['숨', '야생화', '흩어진 나날들'] })).toMatch(/3곡\('숨', '야생화', '흩어진 나날들'\)뿐이에요/u);
  });
});

describe.skipIf(!realModelPresent())('a singer with few songs (shipped model and catalogue)', () => {
  const shipped = useShippedChat();
  const story = ['요즘 너무 우울해', '회사 일이 너무 많아서 지쳤어'];
  it('"다른 거" after all three of 박효신\'s songs: says so and opens every singer', async () => {
    const rs = await talkThrough(shipped().engine, [...story, '박효신 노래 추천해줘', '다른 거']);
    expect(rs[2]!.songArtist).toBe('박효신');
    expect(rs[3]!.reply).toBe(artistAllShownLine({ name: '박효신', count: 3 }));
    expect(rs[3]!.action).toBe('open_recommendations');
    expect(followed(rs).slice(2)).toEqual(['박효신', null]);
  }, 60_000);
  it('the same singer again: an offer, the list left as it is; then "다른 거" widens it', async () => {
    const rs = await talkThrough(shipped().engine, [...story, '박효신 노래 추천해줘', '박효신 노래 더 없어?', '다른 거']);
    expect(rs[3]!.reply).toMatch(/3곡.*뿐이에요/u);
    expect(rs[3]!.action).toBeUndefined();
    expect(rs[4]!.reply).toBe(artistAllShownLine({ name: '박효신', count: 3 }, true));
    expect(followed(rs).slice(2)).toEqual(['박효신', '박효신', null]);
  }, 60_000);
  it('a singer with many songs: "다른 거" loads more of theirs first', async () => {
    const rs = await talkThrough(shipped().engine, [...story, '아이유 노래 추천해줘', '다른 거']);
    expect(rs[3]!.action).toBe('more_recommendations');
    expect(rs[3]!.reply).not.toMatch(/다 보여 드렸어요/u);
    expect(followed(rs).slice(2)).toEqual(['아이유', '아이유']);
  }, 60_000);
});
