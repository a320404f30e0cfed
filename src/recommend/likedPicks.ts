/**
 * Session 40: a liked song comes back when the mood fits.
 *
 * Testers liked 유재하 「사랑하기 때문에」 on a grief day; a week later, on another grief day, it was
 * not offered and "전에 좋아한 곡이에요" never appeared: the like was only +LIKED_BOOST (0.05) on that
 * song's score, less than the lyric term moves songs among one emotion's many close matches. So a
 * like now also earns a place: on each page, the best-scoring liked song that fits this list is
 * given one of the k places (LIKED_SLOTS), so the rest of the page still brings songs the user has
 * not rated (and no page holds more than LIKED_MAX liked songs). A liked song fits when it was liked in this list for a mood like today's (same leading
 * emotion, cosine ≥ LIKED_MOOD_MIN: 「사랑하기 때문에」 liked on one grief day, asked on another), or
 * when its own mood is among the catalogue's closest LIKED_FIT_RANK for this list's target (the
 * band whose similar reason reads "분위기가 가까워요", reason.ts MOOD_BAND_CLOSE). The song keeps
 * its score order inside its block of five, and its reason ends with "전에 좋아한 곡이에요".
 * A liked song that does not fit gets only the small boost (feedback.ts).
 */
import { argmax, cosine } from './catalogue';
import type { FeedbackSignals, RecommendationMode } from './feedback';
import { byScore, type Scored } from './rank';
import { MOOD_BAND_CLOSE } from './reason';
import { ARTIST_WINDOW, pickDiverse } from './variety';

/** A fitting liked song is sure of this many places on a page. */
export const LIKED_SLOTS = 1;
/** At most this many liked songs on a page (more only when no unrated song is left). */
export const LIKED_MAX = 2;
/** A liked song fits when fewer than this share of the catalogue matches the list's mood better. */
export const LIKED_FIT_RANK = MOOD_BAND_CLOSE;
/** Today's mix is "like" the one a song was liked in from this cosine (and the same leading emotion). */
export const LIKED_MOOD_MIN = 0.9;

/** Whether the song was liked in `mode` for a mood like `vector` (see LIKED_MOOD_MIN). */
export function likedForThisMood(songId: string, mode: RecommendationMode, vector: ArrayLike<number>, fb: FeedbackSignals | undefined): boolean {
  const lead = argmax(vector);
  return (fb?.likedMoods?.get(songId) ?? []).some(
    (m) => m.mode === mode && m.mood.length === vector.length && argmax(m.mood) === lead && cosine(m.mood, vector) >= LIKED_MOOD_MIN,
  );
}

/**
 * k songs from `ranked` (candidates best first, disliked and excluded songs already left out) with
 * no artist twice in a block of five (variety.ts), up to LIKED_SLOTS liked songs that fit sure of a
 * place (`fits`: see likedForThisMood and LIKED_FIT_RANK), and at most LIKED_MAX liked songs in all
 * (`liked`) while unrated songs are left: a page is mostly songs the user has not rated yet.
 */
export function pickWithLiked(
  ranked: readonly Scored[],
  k: number,
  liked: (s: Scored) => boolean,
  fits: (s: Scored) => boolean,
): Scored[] {
  const reserved = ranked.filter((s) => liked(s) && fits(s)).slice(0, Math.min(LIKED_SLOTS, k));
  let room = LIKED_MAX - reserved.length;
  const keep: Scored[] = [];
  const later: Scored[] = [];
  for (const s of ranked) {
    if (reserved.includes(s)) continue;
    if (!liked(s)) keep.push(s);
    else if (room > 0) {
      room -= 1;
      keep.push(s);
    } else later.push(s);
  }
  if (reserved.length === 0 && later.length === 0) return pickDiverse(ranked, k);
  const picked = pickDiverse([...reserved, ...keep, ...later], k);
  // The reserved songs were put first only to be sure of their place: the first block is shown in
  // score order (a block is a set for the artist rule, so reordering inside it keeps that rule).
  const head = picked.slice(0, ARTIST_WINDOW).sort(byScore);
  return [...head, ...picked.slice(ARTIST_WINDOW)];
}
