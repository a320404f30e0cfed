/**
 * The public recommender, shared by the app and the Node CLI:
 *
 *   recommend(catalogue, { mix, embedding?, modelVersion?, k?, seed, mode, exclude?, feedback? })
 *     → [{ song, score, reason, parts: { mood, lyric, jitter, boost } }]   (best first, ≤ k)
 *
 * Steps: score every song for the mode (rank.ts) → drop excluded songs (already shown in this
 * conversation, for similar mode songs the user disliked, for shift mode songs led by the
 * emotion the shift moves away from — moodShift.ts `shiftedAwayFrom`; disliked songs) → add feedback
 * (feedback.ts) → sort → pick k with no artist twice in a block of five (variety.ts), a liked song
 * that fits the mood sure of a place (likedPicks.ts, session 40) → reason (reason.ts).
 * Session 38: `artist` keeps only that singer's songs (artist.ts; none in the catalogue: no
 * filter), and `texts` (the user's words) move a title that clashes with a death or a fight with
 * one's mother to the end of its page (titles.ts).
 * A page shorter than k means the catalogue has run out of songs not yet shown.
 */
import { EMOTIONS, type EmotionMix } from '../ml/emotions';
import { toVector, type Catalogue, type Song } from './catalogue';
import { feedbackEffect, type FeedbackSignals, type RecommendationMode } from './feedback';
import { shiftedAwayFrom } from './moodShift';
import { byScore, scoreShift, scoreSimilar, type ScoreParts, type Scored } from './rank';
import { moodRanks, reasonFor } from './reason';
import { songIdsByArtist } from './artist';
import { clashTopic, demoteClashes } from './titles';
import { LIKED_FIT_RANK, likedForThisMood, pickWithLiked } from './likedPicks';

export const DEFAULT_K = 5;

export interface RecommendOptions {
  /** The conversation's emotion mix (or a 7-vector in EMOTIONS order). */
  mix: EmotionMix | ArrayLike<number>;
  /** Unit embedding of the user's own words (similar mode only). */
  embedding?: Float32Array | null;
  /** Version of the model that made `embedding`; if it is not the catalogue's, the lyric term is off. */
  modelVersion?: string;
  /** How many songs (default 5). */
  k?: number;
  /** Seed of the jitter: the same seed gives the same list. */
  seed: number;
  mode: RecommendationMode;
  /** Song ids not to offer (e.g. every song already shown in this conversation). */
  exclude?: Iterable<string>;
  feedback?: FeedbackSignals;
  /**
   * A singer asked for in the chat ("아이유 노래 추천해줘"), any spelling the catalogue knows
   * (artist.ts): only that singer's songs, ranked by the mood as usual. A singer the catalogue does
   * not have filters nothing. In shift mode the singer's songs led by the emotion shifted away from
   * stay (the user asked for this singer), ranked below the brighter ones by the shift score.
   */
  artist?: string | null;
  /** The user's own words in this conversation: a title that clashes with their topic is not put first (titles.ts). */
  texts?: readonly string[];
}

export interface Recommendation {
  song: Song;
  score: number;
  reason: string;
  parts: ScoreParts;
}

/** Whether a user embedding can be compared with the catalogue's lyric embeddings. */
export function usableEmbedding(
  catalogue: Catalogue,
  embedding: Float32Array | null | undefined,
  modelVersion?: string,
): Float32Array | null {
  if (!embedding || embedding.length !== catalogue.embeddingDim) return null;
  if (modelVersion !== undefined && modelVersion !== catalogue.modelVersion) return null;
  let norm = 0;
  for (const x of embedding) norm += x * x;
  return norm > 0 && Number.isFinite(norm) ? embedding : null;
}

export function recommend(catalogue: Catalogue, opts: RecommendOptions): Recommendation[] {
  const k = Math.max(0, Math.floor(opts.k ?? DEFAULT_K));
  const vector = toVector(opts.mix);
  // Nothing felt yet (all zeros) reads as neutral, as normalizeMix does.
  if (vector.every((x) => x === 0)) vector[EMOTIONS.indexOf('neutral')] = 1;
  const exclude = new Set(opts.exclude ?? []);
  const scored: Scored[] =
    opts.mode === 'similar'
      ? scoreSimilar(catalogue, { vector, embedding: usableEmbedding(catalogue, opts.embedding, opts.modelVersion), seed: opts.seed })
      : scoreShift(catalogue, { vector, seed: opts.seed });

  const only = opts.artist ? songIdsByArtist(catalogue.songs, opts.artist) : null;
  const byArtist = only !== null && only.size > 0;
  const awayFrom = opts.mode === 'shift' && !byArtist ? shiftedAwayFrom(vector) : new Set<string>();
  const effects = new Map<string, ReturnType<typeof feedbackEffect>>();
  const candidates: Scored[] = [];
  for (const s of scored) {
    if (exclude.has(s.song.id) || awayFrom.has(s.song.dominant) || (byArtist && !only.has(s.song.id))) continue;
    const effect = feedbackEffect(s.song.id, opts.mode, opts.feedback);
    if (effect.excluded) continue;
    effects.set(s.song.id, effect);
    candidates.push({ ...s, score: s.score + effect.boost, parts: { ...s.parts, boost: effect.boost } });
  }
  candidates.sort(byScore);

  const topic = opts.texts ? clashTopic(opts.texts) : null;
  // Session 38: the similar reason says how close the mood is as a rank over the catalogue;
  // session 40: a liked song whose rank fits this list is sure of a place (likedPicks.ts).
  const ranks = moodRanks(scored);
  const picked = pickWithLiked(
    candidates,
    k,
    (s) => effects.get(s.song.id)?.liked === true,
    (s) => (ranks.get(s.song.id) ?? 1) < LIKED_FIT_RANK || likedForThisMood(s.song.id, opts.mode, vector, opts.feedback),
  );
  return demoteClashes(picked, topic).map((s) => {
    const effect = effects.get(s.song.id)!;
    return {
      song: s.song,
      score: s.score,
      parts: s.parts,
      reason: reasonFor({
        mode: opts.mode,
        song: s.song,
        parts: s.parts,
        userVector: vector,
        liked: effect.liked,
        community: effect.community,
        moodRank: opts.mode === 'similar' ? ranks.get(s.song.id) : undefined,
      }),
    };
  });
}
