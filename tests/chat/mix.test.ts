import { describe, expect, it } from 'vitest';
import { EMOTIONS } from '../../src/ml/emotions';
import { conversationMix, countedTurns, countsTowardMood, gaugeLevel, META_UNCOUNTED_MAX_CHARS, MIX_DECAY, turnWeight } from '../../src/chat/mix';

const one = (e: (typeof EMOTIONS)[number]) => EMOTIONS.map((x) => (x === e ? 1 : 0));

describe('conversation mix', () => {
  it('documents its weighting: sqrt(length) × 0.85^(turns since)', () => {
    expect(MIX_DECAY).toBe(0.85);
    expect(turnWeight(100, 0)).toBeCloseTo(10, 9);
    expect(turnWeight(100, 2)).toBeCloseTo(10 * 0.85 ** 2, 9);
    expect(turnWeight(0, 0)).toBe(1);
  });

  it('favours more recent turns at equal length', () => {
    const mix = conversationMix([
      { emotions: one('sadness'), chars: 20 },
      { emotions: one('joy'), chars: 20 },
    ]);
    expect(mix.joy).toBeGreaterThan(mix.sadness);
    expect(mix.joy / mix.sadness).toBeCloseTo(1 / 0.85, 6);
  });

  it('favours longer turns at equal recency', () => {
    const mix = conversationMix([
      { emotions: one('anger'), chars: 80 },
      { emotions: one('joy'), chars: 5 },
    ]);
    expect(mix.anger).toBeGreaterThan(mix.joy);
  });

  it('leaves short talk about the conversation itself (meta turns) out, long ones in', () => {
    expect(META_UNCOUNTED_MAX_CHARS).toBe(20);
    expect(countsTowardMood({ kind: 'meta', chars: 5 })).toBe(false);
    expect(countsTowardMood({ kind: 'meta', chars: 21 })).toBe(true);
    expect(countsTowardMood({ kind: 'retrieval', chars: 5 })).toBe(true);
    expect(countsTowardMood({ kind: 'safety', chars: 3 })).toBe(true);
    const withGreeting = conversationMix([
      { emotions: one('neutral'), chars: 5, kind: 'meta' },
      { emotions: one('sadness'), chars: 30, kind: 'retrieval' },
      { emotions: one('neutral'), chars: 9, kind: 'meta' },
    ]);
    expect(withGreeting.sadness).toBe(1);
    const longMeta = conversationMix([
      { emotions: one('sadness'), chars: 30, kind: 'retrieval' },
      { emotions: one('anxiety'), chars: 30, kind: 'meta' },
    ]);
    expect(longMeta.anxiety).toBeGreaterThan(0.4);
  });

  it('falls back to every turn when only meta turns were said', () => {
    const mix = conversationMix([{ emotions: one('joy'), chars: 5, kind: 'meta' }]);
    expect(mix.joy).toBe(1);
  });

  it('counts the turns the mix rests on ("이야기 N개")', () => {
    const greeting = { kind: 'meta', chars: 5 };
    const story = { kind: 'retrieval', chars: 40 };
    expect(countedTurns([greeting, story, story])).toBe(2);
    expect(countedTurns([greeting])).toBe(1);
    expect(countedTurns([])).toBe(0);
  });

  it('is a distribution, neutral when there is nothing yet', () => {
    expect(conversationMix([]).neutral).toBe(1);
    const mix = conversationMix([{ emotions: [0.2, 0.2, 0.1, 0.1, 0.1, 0.1, 0.2], chars: 10 }]);
    expect(EMOTIONS.reduce((s, e) => s + mix[e], 0)).toBeCloseTo(1, 9);
  });

  it('fills the gauge linearly up to the threshold', () => {
    expect(gaugeLevel(0, 100)).toBe(0);
    expect(gaugeLevel(60, 100)).toBeCloseTo(0.6, 9);
    expect(gaugeLevel(140, 100)).toBe(1);
    expect(gaugeLevel(10, 20)).toBe(0.5);
  });
});
