/**
 * The small emotion chip under the user's own message. A wrong verdict under someone's words
 * ("지쳤어요" → 중립, "ㅋㅋㅋ" → 분노) hurts more than no chip, so a chip is shown only when the
 * model is sure: the top emotion has at least CHIP_MIN_TOP of the probability and leads the
 * runner-up by CHIP_MIN_MARGIN. Never for 중립, for turns without words (only ㅋ/ㅠ, emoji,
 * marks), or for song requests and other talk about the chat itself (a 'meta' reply) or a
 * safety turn.
 */
import { EMOTIONS, type EmotionId } from '../../ml/emotions';

export const CHIP_MIN_TOP = 0.55;
export const CHIP_MIN_MARGIN = 0.2;

/** Reply kinds after which the user's message gets no chip. */
const NO_CHIP_REPLIES = new Set(['meta', 'safety']);

/** A Hangul syllable or a Latin letter: the message has words (not only ㅋㅋ, ㅠㅠ, emoji or marks). */
const HAS_WORDS = /[\uAC00-\uD7A3A-Za-z]/u;

export interface ChipInput {
  /** The message's seven emotion probabilities, in EMOTIONS order. */
  emotions: readonly number[];
  /** The user's text. */
  text: string;
  /** The kind of the bot's reply to it (unknown while it is being answered). */
  replyKind?: string | undefined;
}

export function emotionChip({ emotions, text, replyKind }: ChipInput): EmotionId | null {
  if (replyKind && NO_CHIP_REPLIES.has(replyKind)) return null;
  if (!HAS_WORDS.test(text)) return null;
  let top = -1;
  let second = -1;
  let best = -1;
  for (let i = 0; i < EMOTIONS.length; i++) {
    const p = emotions[i] ?? 0;
    if (!Number.isFinite(p)) return null;
    if (p > top) {
      second = top;
      top = p;
      best = i;
    } else if (p > second) second = p;
  }
  const id = EMOTIONS[best];
  if (!id || id === 'neutral') return null;
  if (top < CHIP_MIN_TOP || top - Math.max(second, 0) < CHIP_MIN_MARGIN) return null;
  return id;
}
