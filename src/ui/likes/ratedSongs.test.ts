import { describe, expect, it } from 'vitest';
import { UNKNOWN_SONG, ratedOn, ratedSongs, ratedWhen } from './ratedSongs';

const SONGS: Record<string, { title: string; artist: string; link: string }> = {
  a: { title: '밤편지', artist: '아이유', link: 'https://www.youtube.com/watch?v=a' },
  b: { title: '봄날', artist: '방탄소년단', link: 'https://www.youtube.com/watch?v=b' },
};

describe('ratedSongs', () => {
  it('splits liked and disliked songs, newest first, with title and artist', () => {
    const { liked, disliked } = ratedSongs(
      [
        { songId: 'a', liked: true, createdAt: 1 },
        { songId: 'b', liked: false, createdAt: 2 },
        { songId: 'gone', liked: true, createdAt: 3 },
      ],
      (id) => SONGS[id],
    );
    expect(liked.map((s) => [s.songId, s.title, s.artist])).toEqual([
      ['gone', UNKNOWN_SONG, ''],
      ['a', '밤편지', '아이유'],
    ]);
    expect(liked[1]?.link).toBe(SONGS.a?.link);
    expect(liked[0]?.link).toBe('');
    expect(disliked).toEqual([{ songId: 'b', title: '봄날', artist: '방탄소년단', link: SONGS.b?.link, ratedAt: 2 }]);
  });
});

describe('ratedWhen', () => {
  const now = new Date(2026, 10, 24, 10, 0).getTime();
  it('says 오늘 / 어제, then the date', () => {
    // 00:05 belongs to the evening before, as in 기록's list (the day starts at 04:00).
    expect(ratedWhen(new Date(2026, 10, 24, 0, 5).getTime(), now)).toBe('어제');
    expect(ratedWhen(new Date(2026, 10, 24, 4, 0).getTime(), now)).toBe('오늘');
    expect(ratedWhen(new Date(2026, 10, 23, 23, 59).getTime(), now)).toBe('어제');
    expect(ratedWhen(new Date(2026, 10, 3, 12).getTime(), now)).toBe('11월 3일 (화)');
    expect(ratedWhen(new Date(2025, 11, 31, 12).getTime(), now)).toBe('2025년 12월 31일 (수)');
  });
});

describe('ratedOn', () => {
  it('says which button and when as one phrase, apart from the song (a song called "오늘")', () => {
    expect(ratedOn(true, '오늘')).toBe('좋아요 누른 날: 오늘');
    expect(ratedOn(false, '11월 3일 (화)')).toBe('별로예요 누른 날: 11월 3일 (화)');
    expect(ratedOn(true, '어제')).not.toMatch(/^어제 좋아요/);
  });
});
