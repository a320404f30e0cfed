import type { CommunityRanking } from './protocol.ts';

/**
 * Adds `weight × community score` to each local candidate's score. The
 * community score is a Wilson lower bound in [0, 1], so unrated songs and songs
 * people disliked get no boost, and a few enthusiastic ratings count less than
 * many. Only songs already in `scores` are kept: the local recommender decides
 * what is a candidate, the community only reorders.
 */
export function blendCommunity(
  scores: ReadonlyMap<string, number>,
  community: CommunityRanking,
  weight: number,
): Map<string, number> {
  if (!Number.isFinite(weight) || weight < 0) throw new RangeError(`weight must be a finite number ≥ 0, got ${weight}`);
  const communityScores = new Map(community.songs.map((song) => [song.songId, song.score]));
  const blended = new Map<string, number>();
  for (const [songId, score] of scores) {
    blended.set(songId, score + weight * (communityScores.get(songId) ?? 0));
  }
  return blended;
}
