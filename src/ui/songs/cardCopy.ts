/**
 * What a song card says around its buttons, kept true to what the recommender does with a
 * rating (src/recommend/feedback.ts):
 *  - similar list: a disliked song is never offered again for a similar mood;
 *  - shift list: a disliked song only gets a small penalty, so it comes up less often;
 *  - a liked song gets a small lift in the list it was liked in.
 */
import type { RecommendationMode } from '../../recommend';

/** The line under a disliked card (the card is dimmed), or '' when the rating was not saved. */
export function dislikedNote(mode: RecommendationMode, saved = true): string {
  if (!saved) return '이 기기에 저장하지 못해서 다음 추천에는 반영되지 않을 수 있어요.';
  return mode === 'similar'
    ? '비슷한 기분일 때 이 곡은 다시 고르지 않을게요.'
    : '기분을 바꿀 노래로는 이 곡을 덜 골라 드릴게요.';
}

/**
 * The rating after a press: `pressed` (true = 좋아요, false = 별로예요) on a song rated
 * `current`. Pressing the button that is already pressed clears the rating (null).
 */
export function toggledRating(current: boolean | undefined, pressed: boolean): boolean | null {
  return current === pressed ? null : pressed;
}

/** What a screen reader hears after a button press (liked null: the rating was cleared). */
export function ratedAnnouncement(liked: boolean | null, saved: boolean, mode: RecommendationMode): string {
  if (!saved) return '의견을 이 기기에 저장하지 못했어요.';
  if (liked === null) return '평가를 지웠어요.';
  return liked ? '좋아요를 저장했어요. 다음 추천에 이 곡이 조금 더 앞에 나와요.' : `별로예요를 저장했어요. ${dislikedNote(mode)}`;
}

/** Offline, the listen link would only fail: the card says this instead. */
export const OFFLINE_LISTEN = '인터넷에 연결되면 들을 수 있어요';
