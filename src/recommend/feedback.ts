/**
 * What the user (and, with sync on, the community) said about songs, as plain data the app's
 * store supplies, and how it moves a song's score:
 *
 *  - a disliked song (별로예요, in either list) is never offered again, in either list, until the
 *    rating is cleared (다시 추천받기). Session 40: a song disliked for a similar mood came back a
 *    week later in "기분을 바꿔 줄 노래" (a shift-mode dislike had only been a −0.05 penalty, and a
 *    similar-mode one said nothing about the shift list); users read 별로예요 as "never again";
 *  - a liked song (좋아요, in either list) gets +LIKED_BOOST (small: it lifts a good match over its
 *    neighbours, it does not drag a poor match to the top), and a liked song whose mood fits is
 *    given a place on the page (likedPicks.ts), with the reason "전에 좋아한 곡이에요";
 *  - community (only when sync is on; the Wilson lower bound of the like rate, 0..1, from the
 *    ranking fetched for the mode being asked): COMMUNITY_WEIGHT × (score − COMMUNITY_CENTRE),
 *    i.e. at most ±0.075. Songs the community ranking does not list get 0.
 */
import type { RecommendationMode } from '../sync/protocol';

export type { RecommendationMode };

export const LIKED_BOOST = 0.05;
export const COMMUNITY_WEIGHT = 0.15;
export const COMMUNITY_CENTRE = 0.5;

export interface FeedbackSignals {
  /** Songs whose latest similar-mode feedback is a dislike. */
  dislikedSimilar: ReadonlySet<string>;
  /** Songs whose latest shift-mode feedback is a dislike. */
  dislikedShift: ReadonlySet<string>;
  /** Songs whose latest feedback is a like, with the modes it was liked in. */
  liked: ReadonlyMap<string, readonly RecommendationMode[]>;
  /** Per liked song, the list and the mood (7 numbers, EMOTIONS order) it was liked in, when stored. */
  likedMoods?: ReadonlyMap<string, readonly LikedMood[]>;
  /** Community score (0..1) per song for the mode being asked; absent when sync is off. */
  community?: ReadonlyMap<string, number>;
}

export interface LikedMood {
  mode: RecommendationMode;
  mood: readonly number[];
}

export function emptyFeedback(): FeedbackSignals {
  return { dislikedSimilar: new Set(), dislikedShift: new Set(), liked: new Map() };
}

export interface FeedbackEffect {
  /** Never offer this song (it is disliked). */
  excluded: boolean;
  /** Added to the score (like boost and community blend together). */
  boost: number;
  liked: boolean;
  /** The community score used, when there was one. */
  community: number | null;
}

/** Disliked in either list (the store keeps one current rating per song). */
export function isDisliked(songId: string, fb: FeedbackSignals): boolean {
  return fb.dislikedSimilar.has(songId) || fb.dislikedShift.has(songId);
}

/** Liked in either list, and not disliked since. */
export function isLiked(songId: string, fb: FeedbackSignals): boolean {
  return (fb.liked.get(songId)?.length ?? 0) > 0 && !isDisliked(songId, fb);
}

export function feedbackEffect(songId: string, _mode: RecommendationMode, fb: FeedbackSignals | undefined): FeedbackEffect {
  if (!fb) return { excluded: false, boost: 0, liked: false, community: null };
  if (isDisliked(songId, fb)) return { excluded: true, boost: 0, liked: false, community: null };
  let boost = 0;
  const liked = isLiked(songId, fb);
  if (liked) boost += LIKED_BOOST;
  const raw = fb.community?.get(songId);
  const community = typeof raw === 'number' && Number.isFinite(raw) ? Math.min(1, Math.max(0, raw)) : null;
  if (community !== null) boost += COMMUNITY_WEIGHT * (community - COMMUNITY_CENTRE);
  return { excluded: false, boost, liked, community };
}

/** The fields of a stored feedback row this module needs (src/store's Feedback has them). */
export interface FeedbackRow {
  songId: string;
  mode: RecommendationMode;
  liked: boolean;
  createdAt: number;
  /** The user's mix when they rated it (src/store keeps it). */
  mood?: readonly number[];
}

/**
 * FeedbackSignals from feedback rows in any order: per song and mode the latest rating
 * decides (a like after a dislike undoes it, and the other way round).
 */
export function feedbackSignalsFrom(rows: Iterable<FeedbackRow>, community?: ReadonlyMap<string, number>): FeedbackSignals {
  const latest = new Map<string, FeedbackRow>();
  for (const r of rows) {
    const key = `${r.mode}\u0000${r.songId}`;
    const seen = latest.get(key);
    if (!seen || r.createdAt >= seen.createdAt) latest.set(key, r);
  }
  const dislikedSimilar = new Set<string>();
  const dislikedShift = new Set<string>();
  const liked = new Map<string, RecommendationMode[]>();
  const likedMoods = new Map<string, LikedMood[]>();
  for (const r of latest.values()) {
    if (r.liked) {
      liked.set(r.songId, [...(liked.get(r.songId) ?? []), r.mode]);
      if (r.mood && r.mood.length > 0) likedMoods.set(r.songId, [...(likedMoods.get(r.songId) ?? []), { mode: r.mode, mood: [...r.mood] }]);
    } else (r.mode === 'similar' ? dislikedSimilar : dislikedShift).add(r.songId);
  }
  const out: FeedbackSignals = { dislikedSimilar, dislikedShift, liked, likedMoods };
  return community ? { ...out, community } : out;
}
