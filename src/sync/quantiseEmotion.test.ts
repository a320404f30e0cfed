import { describe, expect, it } from 'vitest';
import { quantiseEmotion } from './quantiseEmotion.ts';

const mix = (values: number[]) => ({
  joy: values[0] ?? 0,
  sadness: values[1] ?? 0,
  anger: values[2] ?? 0,
  anxiety: values[3] ?? 0,
  hurt: values[4] ?? 0,
  embarrassment: values[5] ?? 0,
  neutral: values[6] ?? 0,
});

describe('quantiseEmotion', () => {
  it('rounds to tenths that sum to exactly one, in wire order', () => {
    const cases = [
      [0.04, 0.58, 0.02, 0.21, 0.12, 0.02, 0.01],
      [1 / 7, 1 / 7, 1 / 7, 1 / 7, 1 / 7, 1 / 7, 1 / 7],
      [0.33, 0.33, 0.34, 0, 0, 0, 0],
      [0.05, 0.05, 0.05, 0.05, 0.05, 0.05, 0.7],
    ];
    for (const values of cases) {
      const steps = quantiseEmotion(mix(values)).map((value) => value * 10);
      expect(steps.every((step) => Number.isInteger(Math.round(step)) && Math.abs(step - Math.round(step)) < 1e-9)).toBe(true);
      expect(steps.reduce((sum, step) => sum + step, 0)).toBeCloseTo(10, 9);
    }
    expect(quantiseEmotion(mix([0.04, 0.58, 0.02, 0.21, 0.12, 0.02, 0.01]))).toEqual([0.1, 0.6, 0, 0.2, 0.1, 0, 0]);
  });

  it('normalises unnormalised input', () => {
    expect(quantiseEmotion(mix([2, 0, 0, 0, 0, 0, 2]))).toEqual([0.5, 0, 0, 0, 0, 0, 0.5]);
  });

  it('reads no feeling into missing, negative or broken numbers', () => {
    expect(quantiseEmotion(mix([]))).toEqual([0, 0, 0, 0, 0, 0, 1]);
    expect(quantiseEmotion(mix([Number.NaN, -1, Infinity, 0, 0, 1, 0]))).toEqual([0, 0, 0, 0, 0, 1, 0]);
  });
});
