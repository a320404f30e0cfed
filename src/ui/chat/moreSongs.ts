/**
 * What a screen reader hears after "다른 곡 추천" (session 41: the cards were swapped in silence,
 * only aria-busy changed). One polite line in the song card, set once the new page is in.
 */

/** The note under a list that has no more songs to give (also what is announced then). */
export const NO_MORE_SONGS = '이 감정에 맞는 노래는 모두 보여 드렸어요.';

/** The line after a new page: how many new songs, or that there are none left. */
export function moreSongsAnnouncement(count: number, exhausted: boolean): string {
  if (exhausted || count <= 0) return NO_MORE_SONGS;
  return `새 노래 ${count}곡을 골랐어요.`;
}
