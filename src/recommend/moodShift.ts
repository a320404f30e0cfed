/**
 * The mood-shift transform ("기분을 바꿔 줄 노래"), as in the original service:
 *
 *  - when joy is the largest emotion (ties count as joy, like topEmotion), half of joy is
 *    taken and spread over the other six emotions in proportion to their shares (the issue's
 *    transform, kept exactly; a glad user's list leaves anxiety-led songs out instead, see
 *    shiftedAwayFrom);
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
import { EMOTIONS, mixFromArray, type EmotionId, type EmotionMix } from '../ml/emotions';
import { toVector } from './catalogue';

const JOY = EMOTIONS.indexOf('joy');
const NEUTRAL = EMOTIONS.indexOf('neutral');

/**
 * Session 39: testers who were glad (a concert, a new job) got 「답답한 새벽」, 「잠」, 「안개」 near the
 * top of "기분을 바꿔 줄 노래": spreading half of joy over the other emotions in proportion (the
 * issue's transform, unchanged) leaves the target leaning the way the user's own nervousness
 * leans. Gently shifting a glad mood means calmer or deeper, never more nervous, so the glad
 * user's shift list leaves anxiety-led songs out (`shiftedAwayFrom`).
 */
export const JOY_SHIFT_SKIPS: ReadonlySet<EmotionId> = new Set<EmotionId>(['anxiety']);

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

/** A non-joy emotion holding at least this share of the user's mix is one the shift moves away from. */
export const SHIFT_AWAY_SHARE = 0.25;

/**
 * The emotions a mood-shift list must not offer as a song's dominant one (session 37).
 * Testers got 아이유 「이런 엔딩」 (anger 0.44 leading) "to calm anger" and 「답답한 새벽」
 * (anxiety leading) for anxiety: the cosine with the shifted mix (half anger, half joy) ranks
 * such songs high, but a song led by the very feeling the user wants to leave does not shift
 * anything, and the reason line ("화를 가라앉히고 …") was untrue of it.
 *
 * When joy is not the largest emotion, that is the user's largest emotion (neutral included:
 * a 담담한 song does not brighten a flat mood) and every other non-joy emotion holding at least
 * SHIFT_AWAY_SHARE of the mix (a user torn between sorrow and hurt is moved away from both).
 * When joy is largest the shift moves away from joy towards calm or depth, and joy-led songs
 * stay (nothing negative is being left; the reason says what the song adds). Session 39: anxiety-led
 * songs are left out then (JOY_SHIFT_SKIPS): a glad user is not moved towards nervousness.
 */
export function shiftedAwayFrom(input: ArrayLike<number>): Set<EmotionId> {
  const v = toVector(input);
  const out = new Set<EmotionId>();
  const total = v.reduce((a, b) => a + b, 0);
  if (total <= 0) return out;
  if (joyIsLargest(v)) return new Set(JOY_SHIFT_SKIPS);
  let top = -1;
  for (let i = 0; i < v.length; i++) if (i !== JOY && (top < 0 || v[i]! > v[top]!)) top = i;
  out.add(EMOTIONS[top]!);
  for (let i = 0; i < v.length; i++) if (i !== JOY && v[i]! / total >= SHIFT_AWAY_SHARE) out.add(EMOTIONS[i]!);
  return out;
}
