/**
 * Scoring for both modes. Weights (see src/recommend/README.md for the reasoning):
 *
 *   similar  score = MOOD_WEIGHT · min(cos(user mix, song mix) + MOOD_BAND, best)   [same dominant; else the cosine;
 *                                  best − MOOD_TIE_KEEP · (best − cos) in the catalogue's closest MOOD_TIE_RANK]
 *                  + LYRIC_WEIGHT · max(0, cos(user words, song lyrics))   [same dominant only]
 *                  + jitter
 *   shift    score = cos(shifted user mix, song mix) + jitter   [jitter < SHIFT_JITTER_MAX]
 *            (songs led by the emotion the user is moved away from are left out, see
 *            moodShift.ts `shiftedAwayFrom`; recommend.ts applies it)
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

/**
 * Session 37: 0.75/0.25 → 0.5/0.5. With 0.25 the lyric term spread (cosines ≈ 0.2–0.5, so
 * ≈ 0.08) was smaller than the mood spread among songs of the user's emotion, so the few
 * songs with the most extreme emotion vector topped every story of that emotion (eight
 * different sad stories: 10 distinct songs in their top 5s). At 0.5 the user's own words
 * choose among songs of a similar emotion profile (18 distinct; see
 * `npm run --silent recommend:variety`), and the term still applies to same-emotion songs only.
 */
export const MOOD_WEIGHT = 0.5;
export const LYRIC_WEIGHT = 0.5;
export const JITTER_MAX = 0.03;
/**
 * Session 38: the mood tolerance band. Among songs led by the user's emotion, a mood cosine within
 * MOOD_BAND of the best one counts as the best (`min(mood + MOOD_BAND, best)`), so inside that band
 * the user's words (the lyric term) choose, and outside it the mood order is unchanged. Boss anger
 * and mom anger (both anger ≈ 1.0) had shared their top 5: the 16 anger-led songs' cosines spread
 * 0.57–0.99 and the three most saturated led every angry story. Mood still comes first: a song
 * more than MOOD_BAND below the best can only gain MOOD_BAND, and songs of another emotion are
 * untouched. Figures: `npm run --silent recommend:variety -- --same-mood` (README).
 */
export const MOOD_BAND = 0.1;
/**
 * Session 39: the closest MOOD_TIE_RANK of the catalogue for this mix count as one mood. Every
 * angry story still opened with the same three songs (김필선 「마마」 0.99, 선명 「위안」 0.91, 아이유
 * 「내 손을 잡아」 0.87 against pure anger): only 16 songs are anger-led, so below those three the
 * cosines drop fast (0.81, 0.80, 0.71, 0.69, 0.67 …) and MOOD_BAND (a cosine width, tuned on the
 * 90 sad songs, whose best eleven all lie above 0.95) could not let the words reach them. A rank,
 * unlike a cosine, means the same for a dense and a sparse emotion: the closest 5 % of the 224
 * songs (≈ 11) is the band whose reason reads "분위기가 아주 가까워요" (reason.ts MOOD_BAND_CLOSEST).
 * Inside it a song led by the user's emotion keeps only MOOD_TIE_KEEP of its gap to the best mood
 * (`best − MOOD_TIE_KEEP · (best − cos)`, or the MOOD_BAND value when that is higher), so the user's
 * words (the lyric term) can reorder it. At 0.25 the widest gap there (anger: 0.99 → 0.67, 0.32)
 * counts 0.08, i.e. 0.04 of score, about half the spread of the lyric term among one emotion's
 * songs (cosines ≈ 0.28–0.46, × 0.5): a song at the bottom of the band leads only when the words
 * clearly favour it, and the top keeps a good mood match. Over the six angry same-mood stories:
 * distinct songs in the top 3s 3 → 6, first places 3 → 4, mean mood of the top 3s 0.925 → 0.900
 * (a full tie, 0, gave 8 songs at 0.808; 0.5 gave 4 at 0.912). For a sad mix the band lies inside
 * MOOD_BAND already (nothing changes); for anger or anxiety it reaches the next five or six songs
 * of that emotion. Outside it MOOD_BAND applies as before. Figures:
 * `npm run --silent recommend:variety -- --same-mood` (README, session 39).
 */
export const MOOD_TIE_RANK = 0.05;
export const MOOD_TIE_KEEP = 0.25;
/**
 * Session 37: mood-shift jitter. The shifted target of a saturated mix (the model gives most
 * sad stories sadness ≈ 1.0) is the same for every story, and its top 20 cosines lie within
 * ≈ 0.07 (0.995 → 0.926 for pure sadness), all close matches of the half-joy target; with
 * 0.03 the same two or three songs led every sad story's shift list. Twice the similar-mode
 * jitter lets the seed (from the user's text) rotate songs inside that band.
 */
export const SHIFT_JITTER_MAX = 0.06;

export interface ScoreParts {
  /** Emotion cosine: with the user's mix (similar) or with the shifted mix (shift). */
  mood: number;
  /** Lyric cosine with the user's words; null when it did not apply to this song. */
  lyric: number | null;
  jitter: number;
  /**
   * Feedback (like boost, community blend: feedback.ts), and what recommend.ts adds: a recent showing's
   * step back (session 40) and the love-song demotion for a talk about something else (session 41, romance.ts).
   */
  boost: number;
}

export interface Scored {
  song: Song;
  score: number;
  parts: ScoreParts;
}

export { hashString, mulberry32 } from '../shared/seeded';

/** The song's jitter for a seed, in [0, max) (JITTER_MAX unless given). */
export function jitterFor(seed: number, songId: string, max: number = JITTER_MAX): number {
  return max * mulberry32((hashString(songId) ^ Math.imul(seed | 0, 0x9e3779b1)) >>> 0)();
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
  const moods = catalogue.songs.map((song) => cosine(q.vector, song.vector));
  // The best mood among the user's emotion's songs (session 38, MOOD_BAND).
  const best = catalogue.songs.reduce((m, song, i) => (song.dominant === dominant ? Math.max(m, moods[i]!) : m), -Infinity);
  // The mood from which a song is in the catalogue's closest MOOD_TIE_RANK (session 39): fewer than
  // MOOD_TIE_RANK · n songs are strictly closer, as in reason.ts `moodRanks`.
  const sorted = [...moods].sort((a, b) => b - a);
  const tieFrom = sorted.length > 0 ? sorted[Math.max(0, Math.ceil(MOOD_TIE_RANK * sorted.length) - 1)]! : Infinity;
  return catalogue.songs.map((song, i) => {
    const mood = moods[i]!;
    const lyric = useLyric && song.dominant === dominant ? Math.max(0, cosine(q.embedding!, song.embedding)) : null;
    const jitter = jitterFor(q.seed, song.id);
    const inBand = Math.min(mood + MOOD_BAND, Math.max(best, mood));
    const banded = lyric === null ? mood : mood >= tieFrom ? Math.max(inBand, best - MOOD_TIE_KEEP * (best - mood)) : inBand;
    const base = useLyric ? MOOD_WEIGHT * banded + LYRIC_WEIGHT * (lyric ?? 0) : mood;
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
    const jitter = jitterFor(q.seed, song.id, SHIFT_JITTER_MAX);
    return { song, score: mood + jitter, parts: { mood, lyric: null, jitter, boost: 0 } };
  });
}

/** Best first; ties broken by id so the order never depends on the engine's sort. */
export function byScore(a: Scored, b: Scored): number {
  return b.score - a.score || (a.song.id < b.song.id ? -1 : a.song.id > b.song.id ? 1 : 0);
}
