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
 * Session 40: `recent` (songs shown to this person before) steps a song back RECENT_PENALTY per showing,
 * within the closest RECENT_KEEP_RANK; the reasons of a page are built together (reason.ts
 * `reasonsForList`), so no sentence repeats on it.
 * Session 41: when `texts` tell of something clearly other than love (a friend, work, school, family),
 * love songs step back in the similar list by ROMANCE_PENALTY × their romance score (romance.ts).
 * A page shorter than k means the catalogue has run out of songs not yet shown.
 */
import { EMOTIONS, type EmotionMix } from '../ml/emotions';
import { sharesArtist, toVector, type Catalogue, type Song } from './catalogue';
import { feedbackEffect, type FeedbackSignals, type RecommendationMode } from './feedback';
import { shiftedAwayFrom } from './moodShift';
import { byScore, MOOD_TIE_RANK, scoreShift, scoreSimilar, type ScoreParts, type Scored } from './rank';
import { moodRanks, reasonsForList } from './reason';
import { songIdsByArtist } from './artist';
import { clashTopic, demoteClashes, titleEchoes, toldFlatDay } from './titles';
import { LIKED_FIT_RANK, likedForThisMood, pickWithLiked } from './likedPicks';
import { romancePenalty, talkTopic } from './romance';
import { gentleFirst, toldHeavyStory } from './heavyStory';

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
  /**
   * Session 40: songs shown to this user before, in other conversations or an earlier round of this
   * one (the store's `recentlyShownSongIds`, less this list's own earlier pages, which `exclude` covers).
   * Each loses RECENT_PENALTY, so a song that tops every list of one mood (「마마」 for anger) gives
   * way to the next close match the next time, without lifting a poor one (see RECENT_PENALTY).
   */
  recent?: Iterable<string>;
}

/**
 * Session 40: 「마마」 was in every angry similar top 5: only 16 songs are anger-led, and its reading
 * (anger 0.77) is the closest to any angry story, so neither the words (MOOD_BAND, MOOD_TIE_*) nor
 * the jitter could move it out. For different people that is no harm (each sees one list); for one
 * person it is the same song every angry evening. A song shown to this user recently loses 0.05 —
 * the size of LIKED_BOOST, several times the gap between neighbours in a list but under the spread
 * of a top 10 — so it gives way to the next songs within 0.05 of score: for a saturated angry mix that is
 * 위안, 내 손을 잡아, 천국과 지옥 사이, Mouse (mood 0.67–0.91), never a song of another emotion (their
 * score has no lyric term and lies ≥ 0.15 below). Figures: `npm run --silent recommend:variety -- --same-mood --history`.
 */
export const RECENT_PENALTY = 0.05;
export const RECENT_KEEP_RANK = MOOD_TIE_RANK;

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
  const recent = new Map<string, number>();
  for (const id of opts.recent ?? []) recent.set(id, (recent.get(id) ?? 0) + 1);
  // Session 41: a talk clearly about something other than love demotes love songs in the similar list.
  const talk = opts.mode === 'similar' && opts.texts ? talkTopic(opts.texts) : null;
  const candidates: Scored[] = [];
  for (const s of scored) {
    if (exclude.has(s.song.id) || awayFrom.has(s.song.dominant) || (byArtist && !only.has(s.song.id))) continue;
    const effect = feedbackEffect(s.song.id, opts.mode, opts.feedback);
    if (effect.excluded) continue;
    effects.set(s.song.id, effect);
    const boost = effect.boost - romancePenalty(s.song.romance, talk);
    candidates.push({ ...s, score: s.score + boost, parts: { ...s.parts, boost } });
  }
  if (recent.size > 0) {
    // Session 40: a song shown before steps back RECENT_PENALTY per showing, but never below the best
    // song outside the catalogue's closest RECENT_KEEP_RANK for this mix: it only makes way for songs
    // as close in mood as itself, never for a poor match.
    const rank = moodRanks(scored);
    const floor = candidates.reduce((m, c) => ((rank.get(c.song.id) ?? 1) >= RECENT_KEEP_RANK ? Math.max(m, c.score) : m), -Infinity);
    for (const [i, c] of candidates.entries()) {
      const times = recent.get(c.song.id) ?? 0;
      if (times === 0) continue;
      const lowered = c.score - RECENT_PENALTY * times;
      const score = c.score > floor ? Math.max(lowered, floor + 1e-3 * (c.score - floor)) : lowered;
      candidates[i] = { ...c, score, parts: { ...c.parts, boost: c.parts.boost + score - c.score } };
    }
  }
  candidates.sort(byScore);
  // Session 41: after a death or a grave illness told, the shift list leads with songs that are not
  // clearly upbeat (heavyStory.ts); the upbeat ones follow, none is removed.
  const heavy = opts.mode === 'shift' && toldHeavyStory(opts.texts ?? []);
  if (heavy) candidates.splice(0, candidates.length, ...gentleFirst(candidates));

  const topic = opts.texts ? clashTopic(opts.texts) : null;
  // Session 38: the similar reason says how close the mood is as a rank over the catalogue;
  // session 40: a liked song whose rank fits this list is sure of a place (likedPicks.ts).
  const allRanks = moodRanks(scored);
  const ranks = opts.mode === 'similar' ? allRanks : null;
  const picked = pickWithLiked(
    candidates,
    k,
    (s) => effects.get(s.song.id)?.liked === true,
    (s) => (allRanks.get(s.song.id) ?? 1) < LIKED_FIT_RANK || likedForThisMood(s.song.id, opts.mode, vector, opts.feedback),
  );
  // Session 41: after a death or a grave illness told, the shift list opens with warm and calm songs (heavyStory.ts).
  const page = demoteClashes(picked, topic);
  // Session 40: the lines of one list are built together, so no sentence repeats on a page (reason.ts).
  const texts = opts.texts ?? [];
  const likedSongs = [...(opts.feedback?.liked.keys() ?? [])].flatMap((id) => catalogue.songs.filter((x) => x.id === id));
  const reasons = reasonsForList(
    page.map((s) => {
      const effect = effects.get(s.song.id)!;
      return {
        song: s.song,
        parts: s.parts,
        liked: effect.liked,
        community: effect.community,
        moodRank: ranks?.get(s.song.id),
        likedArtist: likedSongs.some((x) => x.id !== s.song.id && sharesArtist(x, s.song)),
        titleEcho: titleEchoes(s.song.title, texts),
      };
    }),
    { mode: opts.mode, userVector: vector, flatDay: toldFlatDay(texts), heavy },
  );
  return page.map((s, i) => ({ song: s.song, score: s.score, parts: s.parts, reason: reasons[i]! }));
}
