/**
 * The character features' recipe (src/ml/char-features.ts); the golden file checks that Python
 * and TypeScript agree, this checks what the recipe reads.
 */
import { describe, expect, it } from 'vitest';
import { CHAR_BUCKETS, charFeatures, negatedWords, sketchFeatures } from '../../src/ml/char-features';

function bucket(gram: string): number {
  let h = 0x811c9dc5;
  for (let u = 0; u < gram.length; u++) h = Math.imul(h ^ gram.charCodeAt(u), 0x01000193);
  return (h >>> 0) % CHAR_BUCKETS;
}
const has = (features: Array<[number, number]>, b: number) => features.some(([id]) => id === b);

describe('character features', () => {
  // "이번 학기 학점 너무 안 좋아요" read joy 0.93: within-word n-grams never see "안 좋" (session 21).
  it('reads the trigram across a word boundary for the emotion head only', () => {
    const across = bucket('3:안 좋');
    expect(has(charFeatures('학점이 너무 안 좋아요'), across)).toBe(true);
    expect(has(charFeatures('안 너무 좋아요'), across)).toBe(false);
    expect(has(sketchFeatures('학점이 너무 안 좋아요'), across)).toBe(false);
    // By code point: an emoji at a boundary is one letter.
    expect(has(charFeatures('좋아 😀 최고'), bucket('3:아 😀'))).toBe(true);
    // Loose whitespace and NFD read the same.
    expect(charFeatures('너무   안 좋아'.normalize('NFD'))).toEqual(charFeatures('너무 안 좋아'));
  });

  // "요즘 기분이 별로 안 좋아" read joy 0.65: 좋아's n-grams are joy cues however they are negated (session 23).
  it('gives the words a negation governs n-grams of their own, in the emotion head only', () => {
    expect(negatedWords(['기분이', '별로', '안', '좋아'])).toEqual([false, false, false, true]);
    expect(negatedWords(['행복하지', '않아'])).toEqual([true, false]);
    expect(negatedWords(['즐겁지도', '못했어'])).toEqual([true, false]);
    expect(negatedWords(['안녕', '안심', '안'])).toEqual([false, false, false]);
    expect(negatedWords(['같이', '않아'])).toEqual([false, false]);
    // 안 written onto a word of feeling, as chat often has it; 안심 and 안전 are words of their own.
    expect(negatedWords(['기분이', '안좋아요'])).toEqual([false, true]);
    expect(negatedWords(['안괜찮아', '안심이', '안전해'])).toEqual([true, false, false]);
    // Rules 3 (session 24): "기분안좋아" read joy 0.73, "하나도안 좋아" joy 0.98.
    expect(negatedWords(['기분안좋아', '진짜안행복해'])).toEqual([true, true]);
    expect(negatedWords(['하나도안', '좋아'])).toEqual([false, true]);
    expect(negatedWords(['기분이안', '좋아'])).toEqual([false, true]);
    // 동안, 불안, 미안, 편안 and 제안 are words of their own, not a negation written onto them.
    expect(negatedWords(['방학', '동안', '좋았어'])).toEqual([false, false, false]);
    expect(negatedWords(['불안', '미안', '편안', '제안', '좋아'])).toEqual([false, false, false, false, false]);
    const negated = charFeatures('기분이 안 좋아');
    expect(has(negated, bucket('2!:좋아'))).toBe(true);
    expect(has(negated, bucket('2:좋아'))).toBe(false);
    expect(has(charFeatures('기분이 좋아'), bucket('2:좋아'))).toBe(true);
    // The similarity sketch reads the plain n-grams either way.
    expect(has(sketchFeatures('기분이 안 좋아'), bucket('2!:좋아'))).toBe(false);
    expect(has(sketchFeatures('기분이 안 좋아'), bucket('2:좋아'))).toBe(true);
  });
});
