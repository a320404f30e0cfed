/**
 * The two song lists of one conversation share no song (session 38).
 *
 * Testers saw "하늘바라기 / 정은지" both in "지금 내 감정과 비슷한 노래" and in "기분을 바꿔 줄
 * 노래" for a happy mood: when joy leads, the shifted mix is still joy-heavy, so the two rankings
 * overlap. The rule: the similar list (loaded first) keeps the song; the shift list leaves out
 * every song the similar list shows, and each list's "다른 곡 추천" pages leave out the songs
 * either list has shown (its own earlier pages, and the other list's). The app
 * (src/ui/chat/Recommendations.tsx) and the CLI (scripts/cli/recommend.ts) both use this.
 */
import type { RecommendationMode } from './feedback';

/** The other list. */
export function otherList(mode: RecommendationMode): RecommendationMode {
  return mode === 'similar' ? 'shift' : 'similar';
}

/**
 * The song ids a page of `mode` must not offer: the other list's shown songs always, and from
 * page 1 on this list's own shown songs too (page 0 is a fresh pick of this list).
 */
export function excludeForList(
  mode: RecommendationMode,
  page: number,
  shown: Readonly<Record<RecommendationMode, Iterable<string>>>,
): Set<string> {
  const out = new Set<string>(shown[otherList(mode)]);
  if (page > 0) for (const id of shown[mode]) out.add(id);
  return out;
}
