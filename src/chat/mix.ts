/**
 * The conversation's emotion mix: a weighted mean of the user's turns' emotion probabilities,
 *
 *   weight_i = sqrt(max(1, chars_i)) · DECAY^(n − 1 − i),   DECAY = 0.85,
 *
 * where chars_i is the turn's meaningful length (letters and digits) and n the number of counted
 * turns: a turn four times as long counts twice as much, and each later turn shrinks an earlier
 * one's weight by 15 %. Safety turns count.
 *
 * Short talk about the conversation itself is not counted, in the mix or in the gauge: a turn the
 * bot answered as a meta intent (greeting, thanks, goodbye, a question about the bot, a complaint,
 * a song request) of at most META_UNCOUNTED_MAX_CHARS letters. "안녕하세요" or "노래 추천해 줄
 * 수 있어요?" says nothing about the user's day, yet it was read as neutral and filled the gauge.
 * A longer meta turn usually carries more ("친구랑 다툰 뒤라 아직 심장이 벌렁거려서 진정시킬
 * 음악이 필요해"), so it counts. 20 letters: 99 % of the dialogue corpus's meta utterances are
 * that short or shorter.
 */
import { EMOTIONS, mixFromArray, normalizeMix, type EmotionId, type EmotionMix } from '../ml/emotions';

export const MIX_DECAY = 0.85;
export const META_UNCOUNTED_MAX_CHARS = 20;

export interface MixTurn {
  emotions: ArrayLike<number>;
  chars: number;
  /** How the bot answered it; 'meta' turns may be left out (see countsTowardMood). */
  kind?: string;
}

/** Whether a user turn tells something about the user: see the module comment. */
export function countsTowardMood(turn: { kind?: string; chars: number }): boolean {
  return turn.kind !== 'meta' || turn.chars > META_UNCOUNTED_MAX_CHARS;
}

export function turnWeight(chars: number, age: number): number {
  return Math.sqrt(Math.max(1, chars)) * MIX_DECAY ** age;
}

/** How many turns the mix rests on ("이야기 N개"): the counted ones, or all when none counts. */
export function countedTurns(turns: readonly { kind?: string; chars: number }[]): number {
  return turns.filter(countsTowardMood).length || turns.length;
}

export function conversationMix(allTurns: readonly MixTurn[]): EmotionMix {
  const acc = new Array<number>(EMOTIONS.length).fill(0);
  const counted = allTurns.filter(countsTowardMood);
  // A conversation of greetings only still gets a mix (theirs), rather than none.
  const turns = counted.length ? counted : allTurns;
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

/** How much of a reread turn's reading the rule's feeling takes (see rereadEmotions). */
export const REREAD_WEIGHT = 0.7;

const valenceOf = (e: EmotionId): number => (e === 'neutral' ? 0 : e === 'joy' ? 1 : -1);

/**
 * The least share of the opposite valence for a reading whose top is not opposite (a neutral top)
 * to count as leaning the other way: "11시 넘어서 퇴근함" read neutral 0.41 and joy 0.38 (퇴근 is
 * a glad word), and the night of overtime it tells led the chart with 기쁨 (session 41).
 */
export const REREAD_OPPOSED_MIN = 0.3;

/**
 * A turn's reading for the mix once a rule has read the turn the other way round from the model:
 * "아 진짜 너무 좋다^^ 최고의 하루야" after a group project fell apart is answered as the sting it is
 * (sarcasm.ts), yet the model's joy went into the mix, and the chart of that conversation led with
 * 기쁨 (session 38's known weak spot). When the rule's feeling and the model's reading are of
 * opposite valence (joy against a hurting feeling), the rule's feeling takes REREAD_WEIGHT of the
 * turn's reading; otherwise the model's reading stands, since a rule that only sets a reply's tone
 * (neutral) or agrees in valence has nothing to correct. Opposite means the model's top feeling,
 * or (session 41) a share of at least REREAD_OPPOSED_MIN of the opposite valence that outweighs the
 * rule's own side. Session 41 also lets a hurting rule correct the model's embarrassment: the
 * taxonomy the model learned files guilt and humiliation there (guilt.ts), and "알바하는데 손님한테
 * 욕먹었어", answered as the anger it is, had led the chart with 당황.
 */
export function rereadEmotions(model: readonly number[], ruleMood: EmotionId | undefined): number[] {
  if (ruleMood === undefined || ruleMood === 'neutral') return [...model];
  const top = EMOTIONS[model.reduce((best, p, i) => (p > (model[best] ?? 0) ? i : best), 0)]!;
  const rule = valenceOf(ruleMood);
  const share = (v: number) => model.reduce((s, p, i) => s + (valenceOf(EMOTIONS[i]!) === v ? p : 0), 0);
  const opposed = valenceOf(top) * rule < 0 || (share(-rule) >= REREAD_OPPOSED_MIN && share(-rule) > share(rule));
  const shamed = top === 'embarrassment' && rule < 0 && ruleMood !== 'embarrassment';
  if (!opposed && !shamed) return [...model];
  return model.map((p, i) => (1 - REREAD_WEIGHT) * p + (EMOTIONS[i] === ruleMood ? REREAD_WEIGHT : 0));
}
