/**
 * The conversation's emotion mix: a weighted mean of the user's turns' emotion probabilities,
 *
 *   weight_i = sqrt(max(1, chars_i)) · DECAY^(n − 1 − i),   DECAY = 0.85,
 *
 * where chars_i is the turn's meaningful length (letters and digits) and n the number of turns:
 * a turn four times as long counts twice as much, and each later turn shrinks an earlier one's
 * weight by 15 %. Every turn counts, safety turns included.
 */
import { EMOTIONS, mixFromArray, normalizeMix, type EmotionMix } from '../ml/emotions';

export const MIX_DECAY = 0.85;

export interface MixTurn {
  emotions: ArrayLike<number>;
  chars: number;
}

export function turnWeight(chars: number, age: number): number {
  return Math.sqrt(Math.max(1, chars)) * MIX_DECAY ** age;
}

export function conversationMix(turns: readonly MixTurn[]): EmotionMix {
  const acc = new Array<number>(EMOTIONS.length).fill(0);
  const n = turns.length;
  turns.forEach((t, i) => {
    const w = turnWeight(t.chars, n - 1 - i);
    for (let k = 0; k < EMOTIONS.length; k++) acc[k]! += w * (t.emotions[k] ?? 0);
  });
  return normalizeMix(mixFromArray(acc));
}

/** How full the listening gauge is: shared characters over the threshold, capped at 1. */
export function gaugeLevel(sharedChars: number, threshold: number): number {
  if (!(threshold > 0)) return 1;
  return Math.min(1, Math.max(0, sharedChars / threshold));
}
