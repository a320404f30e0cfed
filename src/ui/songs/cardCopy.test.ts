import { describe, expect, it } from 'vitest';
import { FEEDBACK_WORDS } from '../../chat';
import { DISLIKED_SHIFT_PENALTY, feedbackEffect, feedbackSignalsFrom } from '../../recommend/feedback';
import { OFFLINE_LISTEN, dislikedNote, ratedAnnouncement, toggledRating } from './cardCopy';

describe('song card copy', () => {
  it('the buttons say what is stored: a like or a dislike, the same in both lists', () => {
    for (const mode of ['similar', 'shift'] as const) {
      expect(FEEDBACK_WORDS[mode]).toEqual({ like: '좋아요', dislike: '별로예요' });
    }
  });

  it('the disliked line matches what the recommender does with a dislike', () => {
    const fb = feedbackSignalsFrom([
      { songId: 'a', mode: 'similar', liked: false, createdAt: 1 },
      { songId: 'a', mode: 'shift', liked: false, createdAt: 1 },
    ]);
    // similar: never offered again → "다시 고르지 않을게요"
    expect(feedbackEffect('a', 'similar', fb).excluded).toBe(true);
    expect(dislikedNote('similar')).toContain('다시 고르지 않을게요');
    // shift: only a penalty → "덜 골라 드릴게요", never "다시 고르지 않"
    expect(feedbackEffect('a', 'shift', fb)).toMatchObject({ excluded: false, boost: -DISLIKED_SHIFT_PENALTY });
    expect(dislikedNote('shift')).toContain('덜 골라');
    expect(dislikedNote('shift')).not.toContain('다시 고르지 않');
  });

  it('an unsaved rating promises nothing', () => {
    expect(dislikedNote('similar', false)).not.toContain('않을게요');
    expect(ratedAnnouncement(false, false, 'similar')).toContain('저장하지 못했어요');
    expect(ratedAnnouncement(true, true, 'shift')).toContain('좋아요를 저장했어요');
    expect(ratedAnnouncement(false, true, 'shift')).toContain(dislikedNote('shift'));
  });

  it('plain 해요체 copy, never 당신', () => {
    for (const t of [dislikedNote('similar'), dislikedNote('shift'), dislikedNote('shift', false), OFFLINE_LISTEN]) {
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
