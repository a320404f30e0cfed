/**
 * Which song tab a chat turn asks the app to show. A turn that opens songs with the list its request
 * asked for ("신나는 거" → the glad list) shows that tab even when the list asked is the same as the
 * turn before: the user may have switched tabs since, and «신나고 밝은 노래부터 보여 드릴게요» over the
 * other tab's songs says what does not happen (session 42). A turn that brings more songs ("또 추천해
 * 줘", or the way asked whose list is open already) adds to the tab on screen, so it asks for none.
 */
import type { TurnResult } from '../../chat';
import type { RecommendationMode } from '../../recommend';

export function tabAskedBy(turn: Pick<TurnResult, 'action' | 'songMode' | 'suppressRecommendations'>): RecommendationMode | null {
  if (turn.suppressRecommendations || turn.action !== 'open_recommendations') return null;
  return turn.songMode ?? null;
}
