/**
 * Like/dislike ratings of recommended songs: one current rating per song.
 *
 * Rating a song replaces whatever it had before (the newest wins, in whichever list it was
 * rated); clearing removes it. Databases and backups from before session 38 can hold several
 * rows for one song (each tap added one): the v3 upgrade collapses them, and every read
 * collapses too (newest first), so old rows never count twice.
 */
import type { MaumDB } from './db';
import { guardRead, guardWrite } from './errors';
import { newId, toEmotionVector, type Feedback, type RecommendationMode } from './schema';

export interface NewFeedbackInput {
  songId: string;
  mode: RecommendationMode;
  liked: boolean;
  mood: readonly number[];
  sourceId: string;
  id?: string;
  now?: number;
}

export function newFeedback(input: NewFeedbackInput): Feedback {
  return {
    id: input.id ?? newId(),
    songId: input.songId,
    mode: input.mode,
    liked: input.liked,
    mood: toEmotionVector([...input.mood]),
    sourceId: input.sourceId,
    createdAt: input.now ?? Date.now(),
  };
}

/** Saves `feedback` as the song's current rating; any earlier rating of the song is removed. */
export function addFeedback(db: MaumDB, feedback: Feedback): Promise<boolean> {
  return guardWrite('addFeedback', () =>
    db.transaction('rw', db.feedback, async () => {
      await db.feedback.where('songId').equals(feedback.songId).delete();
      await db.feedback.put(feedback);
    }),
  );
}

/** Removes the song's rating (tapping a pressed 좋아요 / 별로예요 again). */
export function clearFeedback(db: MaumDB, songId: string): Promise<boolean> {
  return guardWrite('clearFeedback', () => db.feedback.where('songId').equals(songId).delete());
}

/** One row per song: the newest (ties: the later one in `rows`). Newest first. */
export function latestPerSong<T extends { songId: string; createdAt: number }>(rows: Iterable<T>): T[] {
  const latest = new Map<string, T>();
  for (const r of rows) {
    const seen = latest.get(r.songId);
    if (!seen || r.createdAt >= seen.createdAt) latest.set(r.songId, r);
  }
  return [...latest.values()].sort((a, b) => b.createdAt - a.createdAt);
}

export interface ListFeedbackOptions {
  mode?: RecommendationMode;
  songId?: string;
  liked?: boolean;
}

/** Current ratings (one per song), newest first, optionally only those in a mode or of one kind. */
export function listFeedback(db: MaumDB, options: ListFeedbackOptions = {}): Promise<Feedback[]> {
  return guardRead('listFeedback', [], async () => {
    const rows =
      options.songId !== undefined
        ? await db.feedback.where('songId').equals(options.songId).toArray()
        : await db.feedback.toArray();
    return latestPerSong(rows).filter(
      (f) =>
        (options.mode === undefined || f.mode === options.mode) &&
        (options.liked === undefined || f.liked === options.liked),
    );
  });
}

/** Songs whose current rating (given in `mode`, or in any mode) is a dislike. */
export async function dislikedSongIds(db: MaumDB, mode?: RecommendationMode): Promise<Set<string>> {
  return new Set((await listFeedback(db, { mode, liked: false })).map((f) => f.songId));
}

/** Songs whose current rating (given in `mode`, or in any mode) is a like. */
export async function likedSongIds(db: MaumDB, mode?: RecommendationMode): Promise<Set<string>> {
  return new Set((await listFeedback(db, { mode, liked: true })).map((f) => f.songId));
}
