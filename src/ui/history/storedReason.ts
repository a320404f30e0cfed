/**
 * The reason line of a song re-read on 기록 (a list chosen when the record was made), in words
 * like the live reasons (src/recommend/reason.ts), never as a percentage (session 39: "그때의
 * 감정과 87% 비슷해요" read as a measurement nobody could check):
 *
 *   "이 일기를 쓸 때 슬픔과 불안이 컸던 마음에 맞춰 골라 둔 곡이에요. 곡에도 슬픔이 담겨 있어요."
 *   "이 대화를 나눌 때 슬픔이 컸던 마음이 조금 가벼워지도록 골라 둔 곡이에요."   (shift list)
 *   "이 대화를 나눌 때 기쁨이 컸던 마음에 차분함을 더하려고 골라 둔 곡이에요."   (shift, joy first)
 *   "이 일기를 쓸 때 담담했던 마음에 맞춰 골라 둔 곡이에요."                      (mostly neutral)
 *
 * The feelings named are the record's top two (each at least SHARED_USER_MIN, neutral left out),
 * as the live reason names what the user feels; the song is named by an emotion only when it is
 * on its chart and the user felt it too (`sharedEmotions`), so the line never contradicts the chips.
 */
import type { EmotionId } from '../../ml/emotions';
import { EMOTIONS } from '../../ml/emotions';
import type { RecommendationMode } from '../../recommend';
import { SHARED_NAME, SHARED_USER_MIN, hasBatchim, sharedEmotions } from '../../recommend/reason';

/** The record's strongest feelings (up to two, largest first), as the live reasons pick them. */
export function recordFeelings(mood: ArrayLike<number>): EmotionId[] {
  return EMOTIONS.map((id, i) => ({ id, x: mood[i] ?? 0 }))
    .sort((a, b) => b.x - a.x)
    .slice(0, 2)
    .filter((c) => c.x >= SHARED_USER_MIN && c.id !== 'neutral')
    .map((c) => c.id);
}

/** "슬픔과 불안이" / "기쁨이": one or two emotions with the right particles. */
function named(ids: readonly EmotionId[], last: '이' | '에'): string {
  const words = ids.map((id) => SHARED_NAME[id]);
  const tail = words[words.length - 1] ?? '';
  const particle = last === '이' ? (hasBatchim(tail) ? '이' : '가') : '';
  const head = words.length > 1 ? `${words[0]!}${hasBatchim(words[0]!) ? '과' : '와'} ` : '';
  return `${head}${tail}${particle}`;
}

/**
 * The line for one stored song: `when` says when it was chosen ("이 일기를 쓸 때"), `mood` is
 * the record's mix (EMOTIONS order), `mode` the list it came from (diary lists are 'similar').
 */
export function storedSongReason(
  when: string,
  mood: ArrayLike<number>,
  songVector: ArrayLike<number>,
  mode: RecommendationMode = 'similar',
): string {
  let total = 0;
  for (let i = 0; i < EMOTIONS.length; i++) total += Math.max(0, mood[i] ?? 0);
  if (!(total > 0)) return `${when} 골라 둔 곡이에요.`;

  const feelings = recordFeelings(mood);
  const heart = feelings.length > 0 ? `${named(feelings, '이')} 컸던 마음` : '담담했던 마음';
  if (mode === 'shift') {
    const aim =
      feelings.length === 0 ? `${heart}에 밝은 기운을 더하려고`
      : feelings[0] === 'joy' ? `${heart}에 차분함을 더하려고`
      : `${heart}이 조금 가벼워지도록`;
    return `${when} ${aim} 골라 둔 곡이에요.`;
  }
  const shared = sharedEmotions(mood, songVector);
  const also = shared.length > 0 ? ` 곡에도 ${named(shared, '이')} 담겨 있어요.` : '';
  return `${when} ${heart}에 맞춰 골라 둔 곡이에요.${also}`;
}
