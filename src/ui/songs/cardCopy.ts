/**
 * What a song card says around its buttons, kept true to what the recommender does with a
 * rating (src/recommend/feedback.ts, likedPicks.ts):
 *  - a disliked song is never offered again, in either list, until 기록 › 좋아한 노래's
 *    "다시 추천받기" clears the rating (session 40: it had come back in the other list);
 *  - a liked song is offered again when the mood is like the one it was liked in.
 * A rating that could not be saved is not shown as given: the card says why, next to it.
 */
import type { StorageErrorKind } from '../../store/errors';
import type { RecommendationMode } from '../../recommend';

/** The line under a disliked card (the card is dimmed). */
export function dislikedNote(_mode?: RecommendationMode): string {
  return '이 곡은 이제 추천하지 않을게요. 기록 탭의 좋아한 노래에서 되돌릴 수 있어요.';
}

/** What a card says when a press could not be saved (the button goes back to how it was). */
export function unsavedNote(kind: StorageErrorKind | undefined): string {
  return kind === 'quota'
    ? '저장 공간이 부족해 저장하지 못했어요. 설정 › 내 기록에서 백업을 내보내거나 기기 공간을 비워 주세요.'
    : '이 기기에 저장하지 못했어요. 잠시 뒤 다시 눌러 주세요.';
}

/**
 * Song chips in words, not percentages ("슬픔 51%" → "슬픔 많이"): the share of the song's
 * emotion read from its lyrics, as a person would say it.
 */
export function chipStrength(value: number): string {
  if (value >= 0.4) return '많이';
  if (value >= 0.2) return '조금';
  return '살짝';
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
  return liked ? `좋아요를 저장했어요. ${LIKED_NOTE}` : `별로예요를 저장했어요. ${dislikedNote(mode)}`;
}

/** What a like does (said when it is saved). */
export const LIKED_NOTE = '비슷한 기분일 때 이 곡을 다시 골라 드릴게요.';

/** Offline, the listen link would only fail: the card says this instead. */
export const OFFLINE_LISTEN = '인터넷에 연결되면 들을 수 있어요';

/**
 * Session 41: a song control's accessible name: its visible words, then the song and its singer
 * in brackets ("여기서 재생 (무릎, 아이유)"; with `newWindow`, "YouTube에서 듣기 (무릎, 아이유, 새 창)").
 * The singer tells apart two songs of the same title (the catalogue has several "오늘").
 */
export function songControlName(words: string, song: { title?: string; artist?: string }, newWindow = false): string {
  const extra = [song.title?.trim(), song.artist?.trim(), newWindow ? '새 창' : ''].filter(Boolean).join(', ');
  return extra ? `${words} (${extra})` : words;
}
