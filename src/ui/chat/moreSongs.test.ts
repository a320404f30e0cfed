import { describe, expect, it } from 'vitest';
import { NO_MORE_SONGS, moreSongsAnnouncement } from './moreSongs';

describe('moreSongsAnnouncement (session 41)', () => {
  it('says how many new songs were picked', () => {
    expect(moreSongsAnnouncement(5, false)).toBe('새 노래 5곡을 골랐어요.');
    expect(moreSongsAnnouncement(3, false)).toBe('새 노래 3곡을 골랐어요.');
    expect(moreSongsAnnouncement(1, false)).toBe('새 노래 1곡을 골랐어요.');
  });
  it('says when there is nothing left, never "0곡"', () => {
    expect(moreSongsAnnouncement(0, false)).toBe(NO_MORE_SONGS);
    expect(moreSongsAnnouncement(0, true)).toBe(NO_MORE_SONGS);
    expect(moreSongsAnnouncement(0, false)).not.toContain('0곡');
  });
});
