import { describe, expect, it } from 'vitest';
import { chooseThreshold, probesToAvoid, type Scored } from '../../scripts/dialogue/tune';
import type { IntentInfo } from '../../src/chat/types';

const intents: IntentInfo[] = [
  { id: 'work', kind: 'retrieval', topic: 'work', emotion: 'sadness', replies: ['a', 'b', 'c'] },
  { id: 'meta_info_request', kind: 'meta', action: 'out_of_scope', topic: 'conversation', emotion: 'neutral', replies: ['a', 'b', 'c'] },
];
const scored = (score: number, predicted: number, expected: number): Scored => ({ correct: predicted === expected, score, second: 0, predicted, expected, text: '' });

describe('threshold tuning with out-of-scope probes', () => {
  const held = Array.from({ length: 100 }, (_, i) => scored(0.5 + i / 200, 0, 0));

  it('keeps every probe that a topic intent would answer below the threshold', () => {
    const choice = chooseThreshold(held, probesToAvoid([scored(0.9, 0, -1)], intents));
    expect(choice.threshold).toBeGreaterThan(0.9);
  });

  it('lets the intent that declines requests answer a probe: that is the right answer', () => {
    expect(probesToAvoid([scored(0.9, 1, -1), scored(0.4, 0, -1)], intents).map((p) => p.predicted)).toEqual([0]);
    const choice = chooseThreshold(held, probesToAvoid([scored(0.9, 1, -1)], intents));
    expect(choice.threshold).toBeLessThanOrEqual(0.5);
  });
});
