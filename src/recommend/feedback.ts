/**
 * What the user (and, with sync on, the community) said about songs, as plain data the app's
 * store supplies, and how it moves a song's score:
 *
 *  - similar mode: a song the user marked as not fitting (dislikedSimilar) is never offered
 *    again for a similar mood;
 *  - shift mode: a dislike is a penalty (−DISLIKED_SHIFT_PENALTY), not an exclusion — a song
 *    that did not lift the mood once can still be the right one from another starting mood;
 *  - a song liked in the same mode gets +LIKED_BOOST (small: it lifts a good match over its
 *    neighbours, it does not drag a poor match to the top);
 *  - community (only when sync is on; the Wilson lower bound of the like rate, 0..1, from the
 *    ranking fetched for the mode being asked): COMMUNITY_WEIGHT × (score − COMMUNITY_CENTRE),
 *    i.e. at most ±0.075. Songs the community ranking does not list get 0.
 */
import type { RecommendationMode } from '../sync/protocol';

export type { RecommendationMode };

export const LIKED_BOOST = 0.05;
export const DISLIKED_SHIFT_PENALTY = 0.05;
export const COMMUNITY_WEIGHT = 0.15;
export const COMMUNITY_CENTRE = 0.5;

export interface FeedbackSignals {
  /** Songs whose latest similar-mode feedback is a dislike. */
  dislikedSimilar: ReadonlySet<string>;
  /** Songs whose latest shift-mode feedback is a dislike. */
  dislikedShift: ReadonlySet<string>;
  /** Songs whose latest feedback is a like, with the modes it was liked in. */
  liked: ReadonlyMap<string, readonly RecommendationMode[]>;
  /** Community score (0..1) per song for the mode being asked; absent when sync is off. */
  community?: ReadonlyMap<string, number>;
}

export function emptyFeedback(): FeedbackSignals {
  return { dislikedSimilar: new Set(), dislikedShift: new Set(), liked: new Map() };
}

export interface FeedbackEffect {
  /** Never offer this song in this mode. */
  excluded: boolean;
  /** Added to the score (like boost, shift-dislike penalty and community blend together). */
  boost: number;
  liked: boolean;
  /** The community score used, when there was one. */
  community: number | null;
}

export function feedbackEffect(songId: string, mode: RecommendationMode, fb: FeedbackSignals | undefined): FeedbackEffect {
  if (!fb) return { excluded: false, boost: 0, liked: false, community: null };
  if (mode === 'similar' && fb.dislikedSimilar.has(songId)) return { excluded: true, boost: 0, liked: false, community: null };
  let boost = 0;
  const liked = fb.liked.get(songId)?.includes(mode) ?? false;
  if (liked) boost += LIKED_BOOST;
  if (mode === 'shift' && fb.dislikedShift.has(songId)) boost -= DISLIKED_SHIFT_PENALTY;
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
  for (const r of latest.values()) {
    if (r.liked) liked.set(r.songId, [...(liked.get(r.songId) ?? []), r.mode]);
    else (r.mode === 'similar' ? dislikedSimilar : dislikedShift).add(r.songId);
  }
  return community ? { dislikedSimilar, dislikedShift, liked, community } : { dislikedSimilar, dislikedShift, liked };
}
