/**
 * Scoring for both modes. Weights (see src/recommend/README.md for the reasoning):
 *
 *   similar  score = MOOD_WEIGHT · cos(user mix, song mix)
 *                  + LYRIC_WEIGHT · max(0, cos(user words, song lyrics))   [same dominant only]
 *                  + jitter
 *   shift    score = cos(shifted user mix, song mix) + jitter
 *
 * The lyric term is the second original service's method (among songs sharing the user's
 * dominant emotion, rank by how close the lyrics are to what the user wrote): songs with
 * another dominant emotion get lyric 0, so it works as a bonus inside the user's emotion.
 * When there is no usable user embedding (none given, other model, other size) the query
 * falls back to the mood term alone with weight 1, so scores keep the same 0..1 scale.
 *
 * Jitter is uniform in [0, JITTER_MAX), drawn per (seed, song id) from mulberry32, so the
 * same seed gives the same list, a different seed reshuffles near-ties, and a song's jitter
 * does not depend on which other songs are excluded.
 */
import { EMOTIONS, type EmotionId } from '../ml/emotions';
import { argmax, cosine, type Catalogue, type Song } from './catalogue';
import { shiftVector } from './moodShift';
import { hashString, mulberry32 } from '../shared/seeded';

export const MOOD_WEIGHT = 0.75;
export const LYRIC_WEIGHT = 0.25;
export const JITTER_MAX = 0.03;

export interface ScoreParts {
  /** Emotion cosine: with the user's mix (similar) or with the shifted mix (shift). */
  mood: number;
  /** Lyric cosine with the user's words; null when it did not apply to this song. */
  lyric: number | null;
  jitter: number;
  /** Feedback: like boost, shift-dislike penalty, community blend (see feedback.ts). */
  boost: number;
}

export interface Scored {
  song: Song;
  score: number;
  parts: ScoreParts;
}

export { hashString, mulberry32 } from '../shared/seeded';

/** The song's jitter for a seed, in [0, JITTER_MAX). */
export function jitterFor(seed: number, songId: string): number {
  return JITTER_MAX * mulberry32((hashString(songId) ^ Math.imul(seed | 0, 0x9e3779b1)) >>> 0)();
}

export interface SimilarQuery {
  /** The conversation's emotion vector (7, EMOTIONS order). */
  vector: ArrayLike<number>;
  /** Unit embedding of the user's own words, or null. Must come from the catalogue's model. */
  embedding: Float32Array | null;
  seed: number;
}

export function scoreSimilar(catalogue: Catalogue, q: SimilarQuery): Scored[] {
  const dominant: EmotionId = EMOTIONS[argmax(q.vector)]!;
  const useLyric = q.embedding !== null && q.embedding.length === catalogue.embeddingDim;
  return catalogue.songs.map((song) => {
    const mood = cosine(q.vector, song.vector);
    const lyric = useLyric && song.dominant === dominant ? Math.max(0, cosine(q.embedding!, song.embedding)) : null;
    const jitter = jitterFor(q.seed, song.id);
    const base = useLyric ? MOOD_WEIGHT * mood + LYRIC_WEIGHT * (lyric ?? 0) : mood;
    return { song, score: base + jitter, parts: { mood, lyric, jitter, boost: 0 } };
  });
}

export interface ShiftQuery {
  vector: ArrayLike<number>;
  seed: number;
}

export function scoreShift(catalogue: Catalogue, q: ShiftQuery): Scored[] {
  const target = shiftVector(q.vector);
  return catalogue.songs.map((song) => {
    const mood = cosine(target, song.vector);
    const jitter = jitterFor(q.seed, song.id);
    return { song, score: mood + jitter, parts: { mood, lyric: null, jitter, boost: 0 } };
  });
}

/** Best first; ties broken by id so the order never depends on the engine's sort. */
export function byScore(a: Scored, b: Scored): number {
  return b.score - a.score || (a.song.id < b.song.id ? -1 : a.song.id > b.song.id ? 1 : 0);
}
