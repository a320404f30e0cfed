/**
 * The mood-shift transform ("기분을 바꿔 줄 노래"), as in the original service:
 *
 *  - when joy is the largest emotion (ties count as joy, like topEmotion), half of joy is
 *    taken and spread over the other six emotions in proportion to their shares;
 *  - otherwise half of every non-joy emotion is taken and added to joy.
 *
 * Neutral is treated as one of the non-joy emotions in both branches: a flat, 담담한 mood
 * gives half of itself to joy (a "shift" that left neutral alone would just recommend more
 * neutral songs to someone who is mostly neutral), and when joy is largest neutral receives
 * its proportional share like the others. Edge case: a pure-joy mix (every other emotion 0)
 * has no shares to follow, so the moved half goes to neutral (a calmer song) rather than
 * being spread evenly into sadness, anger, …
 *
 * The transform moves mass between emotions and never creates or destroys it: the total is
 * preserved (a property test checks this), so a probability vector stays one.
 */
import { EMOTIONS, mixFromArray, type EmotionMix } from '../ml/emotions';
import { toVector } from './catalogue';

const JOY = EMOTIONS.indexOf('joy');
const NEUTRAL = EMOTIONS.indexOf('neutral');

/** Which branch of the transform applies to a mix. */
export function joyIsLargest(v: ArrayLike<number>): boolean {
  const joy = v[JOY] ?? 0;
  for (let i = 0; i < v.length; i++) if (i !== JOY && v[i]! > joy) return false;
  return true;
}

/** The transform on a 7-vector in EMOTIONS order (negatives clamped to 0). */
export function shiftVector(input: ArrayLike<number>): Float64Array {
  const v = toVector(input);
  const total = v.reduce((a, b) => a + b, 0);
  if (total <= 0) return v;
  const out = Float64Array.from(v);
  if (joyIsLargest(v)) {
    const moved = v[JOY]! / 2;
    out[JOY] = v[JOY]! - moved;
    const others = total - v[JOY]!;
    if (others > 0) {
      for (let i = 0; i < v.length; i++) if (i !== JOY) out[i] = v[i]! + (moved * v[i]!) / others;
    } else {
      out[NEUTRAL] = v[NEUTRAL]! + moved;
    }
  } else {
    for (let i = 0; i < v.length; i++) {
      if (i === JOY) continue;
      const give = v[i]! / 2;
      out[i] = v[i]! - give;
      out[JOY] = out[JOY]! + give;
    }
  }
  return out;
}

/** The transform on an EmotionMix. */
export function moodShiftTarget(mix: EmotionMix): EmotionMix {
  return mixFromArray(shiftVector(toVector(mix)));
}
