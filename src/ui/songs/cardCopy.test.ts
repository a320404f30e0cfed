import { describe, expect, it } from 'vitest';
import { FEEDBACK_WORDS } from '../../chat';
import { feedbackEffect, feedbackSignalsFrom } from '../../recommend/feedback';
import { LIKED_NOTE, OFFLINE_LISTEN, chipStrength, dislikedNote, ratedAnnouncement, songControlName, toggledRating, unsavedNote } from './cardCopy';

describe('song card copy', () => {
  it('the buttons say what is stored: a like or a dislike, the same in both lists', () => {
    for (const mode of ['similar', 'shift'] as const) {
      expect(FEEDBACK_WORDS[mode]).toEqual({ like: '좋아요', dislike: '별로예요' });
    }
  });

  it('the disliked line matches what the recommender does: never again, in either list (session 40)', () => {
    for (const mode of ['similar', 'shift'] as const) {
      const fb = feedbackSignalsFrom([{ songId: 'a', mode, liked: false, createdAt: 1 }]);
      expect(feedbackEffect('a', 'similar', fb).excluded).toBe(true);
      expect(feedbackEffect('a', 'shift', fb).excluded).toBe(true);
      expect(dislikedNote(mode)).toBe('이 곡은 이제 추천하지 않을게요. 기록 탭의 좋아한 노래에서 되돌릴 수 있어요.');
      expect(dislikedNote(mode)).not.toContain('덜');
    }
    // A like is offered again for a mood like the one it was liked in.
    const liked = feedbackSignalsFrom([{ songId: 'b', mode: 'shift', liked: true, createdAt: 1 }]);
    expect(feedbackEffect('b', 'similar', liked).liked).toBe(true);
    expect(ratedAnnouncement(true, true, 'similar')).toBe(`좋아요를 저장했어요. ${LIKED_NOTE}`);
  });

  it('a press that was not saved says why, next to the card, and what to do when storage is full', () => {
    expect(unsavedNote('quota')).toContain('저장 공간이 부족해');
    expect(unsavedNote('quota')).toContain('내보내');
    expect(unsavedNote('unknown')).toContain('저장하지 못했어요');
    expect(unsavedNote(undefined)).not.toContain('공간');
    expect(ratedAnnouncement(false, false, 'similar')).toContain('저장하지 못했어요');
    expect(ratedAnnouncement(false, true, 'shift')).toContain(dislikedNote('shift'));
  });

  it('chips say how much in words, never a percentage', () => {
    expect(chipStrength(0.51)).toBe('많이');
    expect(chipStrength(0.33)).toBe('조금');
    expect(chipStrength(0.18)).toBe('살짝');
    for (const v of [0, 0.12, 0.2, 0.4, 1]) expect(chipStrength(v)).not.toMatch(/\d|%/);
  });

  it('plain 해요체 copy, never 당신', () => {
    for (const t of [dislikedNote('similar'), unsavedNote('quota'), unsavedNote('unknown'), LIKED_NOTE, OFFLINE_LISTEN]) {
      expect(t).not.toContain('당신');
      expect(t).toMatch(/요\.?$/);
    }
  });

  it('the buttons are toggles: the pressed one clears, the other one switches', () => {
    expect(toggledRating(undefined, true)).toBe(true);
    expect(toggledRating(true, true)).toBeNull();
    expect(toggledRating(false, false)).toBeNull();
    expect(toggledRating(false, true)).toBe(true);
    expect(toggledRating(true, false)).toBe(false);
    expect(ratedAnnouncement(null, true, 'similar')).toBe('평가를 지웠어요.');
  });
});

describe('songControlName (session 41)', () => {
  it('names the song and singer after the visible words, so five cards give five different names', () => {
    expect(songControlName('여기서 재생', { title: '무릎', artist: '아이유' })).toBe('여기서 재생 (무릎, 아이유)');
    expect(songControlName('플레이어 닫기', { title: '무릎', artist: '아이유' })).toBe('플레이어 닫기 (무릎, 아이유)');
    expect(songControlName('YouTube에서 듣기', { title: '무릎', artist: '아이유' }, true)).toBe('YouTube에서 듣기 (무릎, 아이유, 새 창)');
    const songs = [
      { title: '무릎', artist: '아이유' },
      { title: '오늘', artist: '가수 가' },
      { title: '오늘', artist: '가수 나' },
      { title: 'Track 9', artist: '이소라' },
    ];
    const names = songs.map((x) => songControlName('YouTube에서 듣기', x, true));
    expect(new Set(names).size, 'two songs called 오늘 are told apart').toBe(songs.length);
    for (const n of names) expect(n.startsWith('YouTube에서 듣기 (')).toBe(true);
  });
  it('without a title or singer it is just the words', () => {
    expect(songControlName('여기서 재생', {})).toBe('여기서 재생');
    expect(songControlName('여기서 재생', { title: '  ', artist: '' })).toBe('여기서 재생');
    expect(songControlName('여기서 재생', { title: '무릎' })).toBe('여기서 재생 (무릎)');
    expect(songControlName('YouTube에서 듣기', { title: '' }, true)).toBe('YouTube에서 듣기 (새 창)');
  });
});
