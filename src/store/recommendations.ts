/** Which songs were shown for a conversation or diary entry. */
import type { MaumDB } from './db';
import { guardRead, guardWrite } from './errors';
import { writeOrKeep } from './keptWrites';
import { newId, type RecommendationMode, type RecommendationShown, type RecommendationSource } from './schema';

export interface NewRecommendationInput {
  source: RecommendationSource;
  sourceId: string;
  mode: RecommendationMode;
  songIds: readonly string[];
  id?: string;
  now?: number;
}

export function newRecommendation(input: NewRecommendationInput): RecommendationShown {
  return {
    id: input.id ?? newId(),
    source: input.source,
    sourceId: input.sourceId,
    mode: input.mode,
    songIds: [...input.songIds],
    createdAt: input.now ?? Date.now(),
  };
}

/**
 * Records a shown list. A conversation's list that a full disk refused is kept and written later
 * with its conversation (./keptWrites.ts); a diary entry's is not (an entry that could not be
 * saved says so on its page, and its list would have no entry to belong to).
 */
export function recordRecommendations(db: MaumDB, shown: RecommendationShown): Promise<boolean> {
  if (shown.source === 'conversation') return writeOrKeep(db, { op: 'recordRecommendations', shown });
  return guardWrite('recordRecommendations', () => db.recommendations.put(shown));
}

/** Recommendations shown for one conversation or diary entry, oldest first. */
export function listRecommendations(db: MaumDB, sourceId: string): Promise<RecommendationShown[]> {
  return guardRead('listRecommendations', [], () =>
    db.recommendations.where('sourceId').equals(sourceId).sortBy('createdAt'),
  );
}

/** Song ids shown since `since` (epoch ms), e.g. to avoid repeating recent songs. */
export function recentlyShownSongIds(db: MaumDB, since: number): Promise<Set<string>> {
  return guardRead('recentlyShownSongIds', new Set<string>(), async () => {
    const shown = await db.recommendations.where('createdAt').aboveOrEqual(since).toArray();
    return new Set(shown.flatMap((r) => r.songIds));
  });
}

/**
 * Song ids shown since `since` (epoch ms), once per list they were on (a song shown on three
 * evenings is there three times), leaving out the lists of `exceptSourceId` (the conversation
 * asking, whose own pages are excluded from its next page anyway). The recommender steps a song
 * back a little per showing (src/recommend/recommend.ts `recent`), so one close match does not top
 * every list a person sees.
 */
export function songShowingsSince(db: MaumDB, since: number, exceptSourceId?: string): Promise<string[]> {
  return guardRead('songShowingsSince', [], async () => {
    const shown = await db.recommendations.where('createdAt').aboveOrEqual(since).toArray();
    return shown.filter((r) => r.sourceId !== exceptSourceId).flatMap((r) => r.songIds);
  });
}
