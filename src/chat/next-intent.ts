/**
 * Session 41 (fallback): when a guard rules out the best intent, the next one that fits answers.
 *
 * The engine's guards (intent-guards.ts, retrieval-fit.ts, the valence and story checks in
 * engine.ts) hold back an intent whose replies would presume what the turn does not say: good
 * news for "서류 또 떨어졌다" (job_document_passed at 0.96), a grandparent's death for "할머니가
 * 요양원에 들어가셨어". Until session 41 a held-back intent left the turn to a stock reflection and
 * question ("마음이 정말 무겁게 느껴졌겠어요. 그 이야기 조금 더 들려줄 수 있어요?") even when the
 * runner-up was the right intent.
 *
 * An intent ruled out is known not to be meant, so the others' probabilities are read given that:
 * each divided by the probability left once the ruled-out ones are taken away. A runner-up is
 * taken only when that conditional probability clears the same tuned threshold and lead as a first
 * choice must, and the same guards pass it; otherwise the turn keeps its stock reply, as before.
 * A runner-up of the other valence than the intent ruled out ("서류 광탈함": joy out, sadness in)
 * needs the turn's own words for its mood too: a guard on the emotion model's reading alone held
 * back "기분 째짐" (째지다 read as hurt), and its runner-up was feeling down.
 */

import type { EmotionId } from '../ml/emotions';
import { namesFeeling } from './feeling-words';
import { toldMisfortune } from './misfortune';
import type { IntentScore } from './retrieval';

/** At most this many intents ruled out in a row before the turn is left to the stock reply. */
export const MAX_RULED_OUT = 3;

export interface Confidence {
  threshold: number;
  margin: number;
}

/**
 * The ranking once the first intent (ruled out by the caller) and any runner-ups `ruledOut` also
 * rejects are taken away, probabilities renormalised over what is left; null when the best of what
 * is left is not confident by `confidence` or every try was ruled out.
 */
export async function nextFittingIntent(
  ranked: readonly IntentScore[],
  ruledOut: (candidate: IntentScore, rest: IntentScore[]) => Promise<boolean> | boolean,
  confidence: Confidence,
): Promise<IntentScore[] | null> {
  let gone = ranked[0]?.score ?? 0;
  for (let k = 1; k < ranked.length && k <= MAX_RULED_OUT; k++) {
    const left = 1 - gone;
    if (left <= 1e-6) return null;
    const rest = ranked.slice(k).map((r) => ({ ...r, score: r.score / left }));
    const [best, second] = rest;
    if (!best || best.score < confidence.threshold || best.score - (second?.score ?? 0) < confidence.margin) return null;
    if (!(await ruledOut(best, rest))) return rest;
    gone += ranked[k]!.score;
  }
  return null;
}

/** Joy against the five hurting emotions; neutral is of neither. */
const valence = (e: EmotionId): number => (e === 'neutral' ? 0 : e === 'joy' ? 1 : -1);

const HURTING: readonly EmotionId[] = ['sadness', 'anger', 'anxiety', 'hurt', 'embarrassment'];

/** A setback told in words toldMisfortune leaves out: "광탈", "떨어짐", "또 불합격". */
const SETBACK = /광탈|떨어(?:졌|짐|져|지|진)|낙방|불합격|탈락|망했|망함|망쳤|실패/u;

/**
 * Whether the turn's words back a runner-up of the other valence than the intent ruled out: a
 * misfortune, a setback or a hurting feeling named for a hurting one, joy named for a glad one.
 */
export function wordsBackTheFlip(ruledOut: EmotionId, candidate: EmotionId, text: string): boolean {
  if (valence(ruledOut) * valence(candidate) >= 0) return true;
  const t = text.normalize('NFC');
  if (valence(candidate) > 0) return namesFeeling(t, candidate);
  return toldMisfortune(t) || SETBACK.test(t) || HURTING.some((e) => namesFeeling(t, e));
}
