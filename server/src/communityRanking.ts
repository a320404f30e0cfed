import type pg from 'pg';
import { WIRE_EMOTIONS, type CommunitySong, type RecommendationMode } from '../../src/sync/protocol.ts';

/**
 * "Felt like you" means cosine similarity of the emotion vectors of at least
 * this much — an angle of about 26°. With tenth-step vectors it keeps the same
 * dominant feeling and its strong companions, while a different main emotion
 * falls outside.
 */
export const MIN_COSINE_SIMILARITY = 0.9;
/** k-anonymity: a song is shown only once this many distinct installs rated it near the asked emotion. */
export const MIN_DISTINCT_INSTALLS = 5;
/** z for a 95 % confidence interval. */
const WILSON_Z = 1.96;

/**
 * Lower bound of the Wilson score interval for a like rate: ranks a song with
 * few ratings below one with as good a rate and more evidence.
 */
export function wilsonLowerBound(likes: number, ratings: number, z = WILSON_Z): number {
  if (ratings <= 0) return 0;
  const p = likes / ratings;
  const z2 = z * z;
  const centre = p + z2 / (2 * ratings);
  const spread = z * Math.sqrt((p * (1 - p) + z2 / (4 * ratings)) / ratings);
  return (centre - spread) / (1 + z2 / ratings);
}

// cos(v, q) >= r  ⇔  v·q >= r·|v|·|q|, tested once per distinct vector, not per event.
const NEAR_SONG_TOTALS = `
  WITH near AS (
    SELECT emotion_code FROM emotion_vectors
    WHERE (${WIRE_EMOTIONS.map((column, i) => `${column} * $${i + 2}::real`).join(' + ')})
          >= $${WIRE_EMOTIONS.length + 2}::real * norm
  ),
  totals AS (
    SELECT song_id, sum(likes)::int AS likes, sum(ratings)::int AS ratings
    FROM song_tallies
    WHERE mode = $1 AND emotion_code IN (SELECT emotion_code FROM near)
    GROUP BY song_id
  ),
  rated_by_enough AS (
    SELECT song_id FROM song_raters
    WHERE mode = $1 AND emotion_code IN (SELECT emotion_code FROM near)
    GROUP BY song_id
    HAVING count(DISTINCT install_id) >= $${WIRE_EMOTIONS.length + 3}
  )
  SELECT song_id, likes, ratings FROM totals JOIN rated_by_enough USING (song_id)`;

export interface CommunityQueryInput {
  emotion: readonly number[];
  mode: RecommendationMode;
  limit: number;
}

export async function rankCommunity(pool: pg.Pool, query: CommunityQueryInput): Promise<CommunitySong[]> {
  const norm = Math.hypot(...query.emotion);
  // Rows hold tenths and the query proportions; the scale cancels in the cosine.
  const result = await pool.query<{ song_id: string; likes: number; ratings: number }>(NEAR_SONG_TOTALS, [
    query.mode,
    ...query.emotion,
    MIN_COSINE_SIMILARITY * norm,
    MIN_DISTINCT_INSTALLS,
  ]);
  return result.rows
    .map((row) => ({
      songId: row.song_id,
      score: roundScore(wilsonLowerBound(row.likes, row.ratings)),
      likes: row.likes,
      ratings: row.ratings,
    }))
    .sort((a, b) => b.score - a.score || b.ratings - a.ratings || a.songId.localeCompare(b.songId))
    .slice(0, query.limit);
}

function roundScore(score: number): number {
  return Math.round(score * 10_000) / 10_000;
}
