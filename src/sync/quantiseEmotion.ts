import { EMOTION_STEPS, WIRE_EMOTIONS, type EmotionMixInput } from './protocol.ts';

/**
 * Rounds an emotion mix to proportions in steps of 0.1 that sum to exactly 1
 * (largest-remainder rounding), in wire order. Coarse on purpose: it is all the
 * server ever learns about how someone feels.
 */
export function quantiseEmotion(mix: EmotionMixInput): number[] {
  const values = WIRE_EMOTIONS.map((id) => {
    const value = mix[id];
    return Number.isFinite(value) && value > 0 ? value : 0;
  });
  const total = values.reduce((sum, value) => sum + value, 0);
  if (total === 0) return WIRE_EMOTIONS.map((id) => (id === 'neutral' ? 1 : 0));

  const exact = values.map((value) => (value / total) * EMOTION_STEPS);
  const steps = exact.map(Math.floor);
  let left = EMOTION_STEPS - steps.reduce((sum, step) => sum + step, 0);
  const byRemainder = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (left-- <= 0) break;
    steps[index] = (steps[index] ?? 0) + 1;
  }
  return steps.map((step) => step / EMOTION_STEPS);
}
