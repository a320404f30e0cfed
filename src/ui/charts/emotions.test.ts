import { describe, expect, it } from 'vitest';
import { LEGEND_REST, emotionShares, legendRows, topEmotionSentence, withCopula } from './emotions';

describe('emotion shares', () => {
  it('normalises and rounds to whole percentages that add up to 100', () => {
    const shares = emotionShares([1, 1, 1, 0, 0, 0, 0]);
    expect(shares.map((s) => s.percent).reduce((a, b) => a + b, 0)).toBe(100);
    expect(shares.slice(0, 3).map((s) => s.percent).sort()).toEqual([33, 33, 34]);
    expect(shares.map((s) => s.label)).toEqual(['기쁨', '슬픔', '분노', '불안', '상처', '당황', '중립']);
  });

  it('reads an all-zero mix as neutral', () => {
    const shares = emotionShares({ joy: 0, sadness: 0, anger: 0, anxiety: 0, hurt: 0, embarrassment: 0, neutral: 0 });
    expect(shares.find((s) => s.id === 'neutral')?.percent).toBe(100);
  });

  it('says the top emotion with the right particle', () => {
    expect(withCopula('슬픔')).toBe('슬픔이에요');
    expect(withCopula('분노')).toBe('분노예요');
    expect(topEmotionSentence(emotionShares([0.1, 0.6, 0.1, 0.1, 0.05, 0.05, 0]))).toBe(
      '지금 가장 크게 느껴지는 감정은 슬픔이에요 (60%).',
    );
  });
});

describe('legend rows', () => {
  it('leaves out emotions under 1 %, strongest first, and says some were left out', () => {
    const { rows, rest } = legendRows(emotionShares([0.001, 0.68, 0.001, 0.2, 0.116, 0.001, 0.001]));
    expect(rows.map((r) => `${r.label} ${r.percent}%`)).toEqual(['슬픔 68%', '불안 20%', '상처 12%']);
    expect(rest).toBe(true);
    expect(LEGEND_REST).toBe('그 밖의 감정은 거의 없었어요');
  });
  it('keeps a 1 % emotion and every row when none is under 1 %', () => {
    const { rows, rest } = legendRows(emotionShares([0.01, 0.39, 0.1, 0.2, 0.1, 0.1, 0.1]));
    expect(rows).toHaveLength(7);
    expect(rows[6]?.percent).toBe(1);
    expect(rest).toBe(false);
  });
  it('an all-neutral reading is one row', () => {
    const { rows, rest } = legendRows(emotionShares([0, 0, 0, 0, 0, 0, 0]));
    expect(rows.map((r) => r.id)).toEqual(['neutral']);
    expect(rest).toBe(true);
  });
});
