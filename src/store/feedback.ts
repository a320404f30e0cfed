/** Like/dislike feedback on recommended songs. */
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

export function addFeedback(db: MaumDB, feedback: Feedback): Promise<boolean> {
  return guardWrite('addFeedback', () => db.feedback.put(feedback));
}

export interface ListFeedbackOptions {
  mode?: RecommendationMode;
  songId?: string;
}

/** Feedback, newest first. */
export function listFeedback(db: MaumDB, options: ListFeedbackOptions = {}): Promise<Feedback[]> {
  return guardRead('listFeedback', [], async () => {
    const rows =
      options.songId !== undefined
        ? await db.feedback.where('songId').equals(options.songId).toArray()
        : options.mode !== undefined
          ? await db.feedback.where('mode').equals(options.mode).toArray()
          : await db.feedback.toArray();
    return rows
      .filter((f) => options.mode === undefined || f.mode === options.mode)
      .sort((a, b) => b.createdAt - a.createdAt);
  });
}

/** Songs whose latest feedback (in `mode`, or any mode) is a dislike. */
export function dislikedSongIds(db: MaumDB, mode?: RecommendationMode): Promise<Set<string>> {
  return songsWhoseLatestFeedbackIs(db, false, mode);
}

/** Songs whose latest feedback (in `mode`, or any mode) is a like. */
export function likedSongIds(db: MaumDB, mode?: RecommendationMode): Promise<Set<string>> {
  return songsWhoseLatestFeedbackIs(db, true, mode);
}

async function songsWhoseLatestFeedbackIs(
  db: MaumDB,
  liked: boolean,
  mode: RecommendationMode | undefined,
): Promise<Set<string>> {
  const latestFirst = await listFeedback(db, mode === undefined ? {} : { mode });
  const decided = new Map<string, boolean>();
  for (const f of latestFirst) if (!decided.has(f.songId)) decided.set(f.songId, f.liked);
  return new Set([...decided].filter(([, isLiked]) => isLiked === liked).map(([songId]) => songId));
}
