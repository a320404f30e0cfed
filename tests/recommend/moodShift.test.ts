import { describe, expect, it } from 'vitest';
import { EMOTIONS, mixFromArray } from '../../src/ml/emotions';
import { joyIsLargest, moodShiftTarget, shiftVector } from '../../src/recommend/moodShift';
import { mulberry32 } from '../../src/recommend/rank';

const J = EMOTIONS.indexOf('joy');
const N = EMOTIONS.indexOf('neutral');
const S = EMOTIONS.indexOf('sadness');
const sum = (v: ArrayLike<number>) => Array.from(v).reduce((a, b) => a + b, 0);

describe('mood-shift transform', () => {
  it('preserves the total for many random vectors (property)', () => {
    const rand = mulberry32(2024);
    for (let trial = 0; trial < 5000; trial++) {
      // Mix of shapes: probability vectors, unnormalised, sparse, joy-heavy.
      const v = EMOTIONS.map(() => (rand() < 0.3 ? 0 : rand() * (trial % 3 === 0 ? 10 : 1)));
      if (trial % 4 === 0) v[J] = rand() * 5;
      const out = shiftVector(v);
      expect(sum(out)).toBeCloseTo(sum(v), 10);
      expect(Array.from(out).every((x) => x >= 0)).toBe(true);
      // A probability vector stays one.
      const p = v.map((x) => x / (sum(v) || 1));
      if (sum(v) > 0) expect(sum(shiftVector(p))).toBeCloseTo(1, 12);
    }
  });

  it('when joy is largest, moves half of joy to the others in proportion to their shares (the issue\'s transform, kept in session 39)', () => {
    const v = [0.5, 0.2, 0.0, 0.1, 0.0, 0.0, 0.2];
    const out = Array.from(shiftVector(v));
    expect(out[J]).toBeCloseTo(0.25, 12);
    // others had 0.5 in total; sadness 0.2 (40 %) gets 0.1, anxiety 20 % gets 0.05, neutral 40 % gets 0.1
    expect(out[S]).toBeCloseTo(0.3, 12);
    expect(out[EMOTIONS.indexOf('anxiety')]).toBeCloseTo(0.15, 12);
    expect(out[N]).toBeCloseTo(0.3, 12);
    expect(out[EMOTIONS.indexOf('anger')]).toBe(0);
  });

  it('otherwise moves half of every non-joy emotion to joy', () => {
    const v = [0.1, 0.6, 0.1, 0.0, 0.1, 0.0, 0.1];
    const out = Array.from(shiftVector(v));
    expect(out[J]).toBeCloseTo(0.1 + 0.45, 12);
    expect(out[S]).toBeCloseTo(0.3, 12);
    expect(out[N]).toBeCloseTo(0.05, 12);
    expect(joyIsLargest(out)).toBe(true); // a sad mix now points at joy songs
  });

  it('treats neutral as a non-joy emotion: half of a neutral mood moves to joy', () => {
    const out = Array.from(shiftVector([0.1, 0.05, 0, 0.05, 0, 0, 0.8]));
    expect(out[N]).toBeCloseTo(0.4, 12);
    expect(out[J]).toBeCloseTo(0.1 + 0.4 + 0.05, 12);
  });

  it('gives the moved half to neutral when the mix is pure joy', () => {
    const out = Array.from(shiftVector([1, 0, 0, 0, 0, 0, 0]));
    expect(out[J]).toBeCloseTo(0.5, 12);
    expect(out[N]).toBeCloseTo(0.5, 12);
    expect(sum(out)).toBeCloseTo(1, 12);
  });

  it('counts a tie with joy as joy-largest', () => {
    expect(joyIsLargest([0.4, 0.4, 0.2, 0, 0, 0, 0])).toBe(true);
    expect(joyIsLargest([0.39, 0.41, 0.2, 0, 0, 0, 0])).toBe(false);
  });

  it('leaves an all-zero vector alone and works on EmotionMix', () => {
    expect(Array.from(shiftVector([0, 0, 0, 0, 0, 0, 0]))).toEqual([0, 0, 0, 0, 0, 0, 0]);
    const mix = moodShiftTarget(mixFromArray([0, 1, 0, 0, 0, 0, 0]));
    expect(mix.joy).toBeCloseTo(0.5, 12);
    expect(mix.sadness).toBeCloseTo(0.5, 12);
  });
});
