import { describe, expect, it } from 'vitest';
import { countRepeats } from './long-talks-eval';

describe('countRepeats', () => {
  it('counts a question kind from its third time, the same kind in a row, third openings and verbatim repeats', () => {
    const feel = '그 일을 떠올리면 지금은 어떤 마음이 들어요?';
    const c = countRepeats([
      `이야기해 줘서 고마워요. ${feel}`,
      `이야기해 줘서 고마워요. ${feel}`,
      '이야기해 줘서 고마워요. 지금은 어떤 마음이 더 크게 남아 있어요?',
      '오늘은 여기까지 해도 괜찮아요.',
      '오늘은 여기까지 해도 괜찮아요.',
    ]);
    expect(c.replies).toBe(5);
    expect(c.thirdKind).toBe(1);
    expect(c.sameKindInARow).toBe(2);
    expect(c.thirdOpening).toBe(1);
    expect(c.verbatim).toBe(2);
  });

  it('counts nothing in a conversation that never repeats', () => {
    expect(countRepeats(['그랬군요. 언제부터 그랬어요?', '곁에 누가 있었어요?', '마음이 좀 놓였어요.'])).toMatchObject({
      thirdKind: 0,
      sameKindInARow: 0,
      thirdOpening: 0,
      verbatim: 0,
    });
  });
});
