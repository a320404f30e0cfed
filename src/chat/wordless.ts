/**
 * Turns without words ("ㅋㅋㅋ", "ㅠㅠ", "😂😂", "👍") still have a tone, and the reply should
 * meet it: answering "ㅎㅎ" with "말로 꺼내기 어려운 마음일 수도 있겠어요" misreads a laugh. The
 * encoder reads loose jamo fairly well but emoji hardly at all, so the tone comes from the
 * characters themselves. Mixed signals (laughing and crying) count as heavy: it is the safer
 * misreading.
 */
import type { EmotionId } from '../ml/emotions';

export type WordlessTone = 'warm' | 'heavy' | 'angry' | 'plain';

const HEAVY = /[ㅠㅜ😢😭😞😔😟😕🙁☹😣😖😫😩🥺😿💔😓😥😪😰😨😱]/u;
const ANGRY = /[😠😡🤬💢👿]/u;
const WARM = /[ㅋㅎ😀😃😄😁😆😅🤣😂🙂😊😇🥰😍🤩😘😚😙😋😛😜🤪😝🤗👍👏🙌🎉🥳✨💕💖💗💓💞❤🧡💛💚💙💜🤍]/u;

export function wordlessTone(text: string): WordlessTone {
  if (HEAVY.test(text)) return 'heavy';
  if (ANGRY.test(text)) return 'angry';
  if (WARM.test(text)) return 'warm';
  return 'plain';
}

/** Reflections for word-less turns, by tone. */
export const WORDLESS_REFLECTIONS: Record<WordlessTone, readonly string[]> = {
  warm: ['웃음이 나는 일이 있었나 봐요.', '기분 좋은 게 여기까지 느껴져요.', '덩달아 저도 웃음이 나네요.'],
  heavy: ['말로 꺼내기 어려운 마음일 수도 있겠어요.', '천천히 이야기해도 괜찮아요, 여기서 기다릴게요.', '그 마음 그대로 괜찮아요.'],
  angry: ['화가 많이 난 게 느껴져요.', '속이 많이 상했나 봐요.', '그 답답한 마음, 여기서는 그대로 꺼내도 괜찮아요.'],
  plain: ['네, 여기 있어요.', '편하게 이어서 말해 줘요.', '그렇군요, 잘 듣고 있어요.'],
};

/** The emotion whose follow-up questions fit the tone (null: keep the model's reading). */
export const WORDLESS_EMOTION: Record<WordlessTone, EmotionId | null> = {
  warm: 'joy',
  heavy: 'sadness',
  angry: 'anger',
  plain: null,
};
