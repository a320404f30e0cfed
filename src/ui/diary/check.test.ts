import { describe, expect, it } from 'vitest';
import { MAX_DIARY_CHARS } from '../../ml/text';
import { checkDiary, diaryLength } from './check';

describe('checkDiary', () => {
  it('refuses empty, blank and punctuation-only entries in Korean', () => {
    for (const text of ['', '   \n\t', '...!?']) {
      const check = checkDiary(text);
      expect(check.ok).toBe(false);
      if (!check.ok) expect(check.message).toContain('비어 있어요');
    }
  });

  it('refuses an entry over the limit and says by how much', () => {
    const check = checkDiary('가'.repeat(MAX_DIARY_CHARS + 3));
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.message).toMatch(/20,000자까지.*3자를 넘었어요/);
  });

  it('accepts the limit exactly, NFC-normalised and trimmed, line breaks kept', () => {
    expect(checkDiary('가'.repeat(MAX_DIARY_CHARS)).ok).toBe(true);
    const nfd = '  오늘은\n좋았다  '.normalize('NFD');
    const check = checkDiary(nfd);
    expect(check).toEqual({ ok: true, text: '오늘은\n좋았다' });
  });

  it('counts decomposed Hangul once per syllable', () => {
    expect(diaryLength('한글'.normalize('NFD'))).toBe(2);
    expect(checkDiary('가'.repeat(MAX_DIARY_CHARS).normalize('NFD')).ok).toBe(true);
  });
});
