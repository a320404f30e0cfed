import { describe, expect, it } from 'vitest';
import { clipAtWord, snippetOf, wordBounds } from './snippet';
import { snippetAround } from './search';

const TEXT = '회사에서 요즘 제일 힘든 게 뭐냐면 가장 걱정되는 건 소문 자체예요. 다들 알까 봐요.';

describe('search snippets cut at word boundaries', () => {
  it('never starts or ends inside a word (the 가장 → "…장" report)', () => {
    const snippet = snippetAround(TEXT, '걱정', 8);
    expect(snippet).toBe('…뭐냐면 가장 걱정되는 건 소문…');
    expect(snippetAround(TEXT, '걱정', 5)).toBe('…가장 걱정되는 건…');
    for (const context of [3, 5, 8, 12, 20, 24]) {
      const s = snippetAround(TEXT, '걱정', context)!;
      const body = s.replace(/^…|…$/g, '');
      expect(TEXT.includes(body), `${context}: ${s}`).toBe(true);
      const start = TEXT.indexOf(body);
      const end = start + body.length;
      expect(start === 0 || TEXT[start - 1] === ' ', `${context}: ${s}`).toBe(true);
      expect(end === TEXT.length || TEXT[end] === ' ', `${context}: ${s}`).toBe(true);
      expect(s).toContain('걱정');
    }
  });

  it('takes a whole short word when there is no space inside the context', () => {
    // 3 characters before 걱정 reach into "가장" only with the space: the word is taken whole.
    expect(snippetAround('그래서 정말로걱정이 많아요', '걱정', 2)).toBe('…정말로걱정이…');
  });

  it('keeps ellipses only where text was left out, and spaces collapsed', () => {
    expect(snippetAround('목표', '목표', 3)).toBe('목표');
    expect(snippetAround('  새   목표  ', '목표', 10)).toBe('새 목표');
    expect(snippetAround('abc', 'x', 3)).toBeNull();
  });

  it('cuts a long run without spaces where it was', () => {
    const text = '가'.repeat(30) + '목표' + '나'.repeat(30);
    expect(snippetAround(text, '목표', 3)).toBe('…가가가목표나나나…');
    expect(wordBounds(text, 27, 35, 30, 32)).toEqual([27, 35]);
  });

  it('snippetOf keeps the match even when the context is zero', () => {
    expect(snippetOf('아주 가장 좋아', 3, 5, 0)).toBe('…가장…');
  });
});

describe('clipAtWord', () => {
  it('clips at the last space before the limit, with an ellipsis', () => {
    expect(clipAtWord('오늘은 하루 종일 비가 와서 마음이 가라앉았어요', 16)).toBe('오늘은 하루 종일 비가…');
    expect(clipAtWord('짧은 글', 16)).toBe('짧은 글');
    expect(clipAtWord('가'.repeat(40), 10)).toBe(`${'가'.repeat(9)}…`);
  });
});
