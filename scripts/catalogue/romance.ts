/**
 * Session 41: how much a song's lyric is about romantic love (a crush, a couple, a break-up), as a
 * number in [0, 1] stored in the catalogue (`romance`). Derived data: the lyric is read in memory
 * at build time and only this number is kept.
 *
 * Why a lexicon and not the lyric embedding: `scripts/eval/lyric-topic-probe.ts` (session 40) showed
 * that the model's sentence embeddings do not separate love songs from the rest (they encode the
 * mood, not the topic). Korean love songs, though, name their subject in a small, stable
 * vocabulary: the lover addressed as 그대, 사랑해, 보고 싶어, 이별, 헤어지다, 키스, 설레다, 너의 품 …
 *
 * The score: cue hits, weighted (STRONG 2: words that are (almost) only said of a lover; WEAK 1:
 * words common in love songs but also in songs of comfort or family), per lyric line (at least
 * MIN_LINES, so a short lyric with one "사랑" is not a love song), mapped to [0, 1] with
 * 1 − exp(−density / SCALE). Repeated choruses count each time, like the emotion vector.
 */

/** Cues said (almost) only of a lover. */
export const STRONG_CUES =
  /이별|헤어지|헤어져|헤어진|헤어졌|헤어질|키스|입맞|연인|애인|남자\s?친구|여자\s?친구|사랑해|사랑한다|사랑할게|사랑했|첫눈에|설레|설렘|보고\s?싶|그리워|그리운\s?(?:너|그대|네|니)|고백|짝사랑|데이트|(?:너의|네|그대|니)\s?품|(?:너의|네|그대|니)\s?입술|\bbaby\b|\bkiss|love\s?you|my\s?love|in\s?love|\bdarling\b|\bbabe\b|\bgirlfriend\b|\bboyfriend\b/giu;
/** Cues common in love songs but said in others too. */
export const WEAK_CUES = /그대|사랑|안아|안겨|안고\s?싶|손\s?(?:을\s?)?잡|두근|입술|달콤|우리\s?둘|너와\s?나|너랑\s?나|\blove\b|\bheart\b/giu;

export const MIN_LINES = 12;
/** Density (weighted hits per line) at which the score reaches 1 − 1/e ≈ 0.63. */
export const SCALE = 0.25;

export function romanceCueHits(lyrics: string): { strong: number; weak: number; lines: number } {
  const text = lyrics.normalize('NFC');
  const lines = text.split('\n').filter((l) => l.trim().length > 0).length;
  const strong = text.match(STRONG_CUES)?.length ?? 0;
  // A strong cue ("사랑해") also holds a weak one ("사랑"): count the weak ones outside strong matches.
  const weak = text.replace(STRONG_CUES, ' ').match(WEAK_CUES)?.length ?? 0;
  return { strong, weak, lines };
}

export function romanceScore(lyrics: string): number {
  const { strong, weak, lines } = romanceCueHits(lyrics);
  const density = (2 * strong + weak) / Math.max(MIN_LINES, lines);
  return Math.round((1 - Math.exp(-density / SCALE)) * 1e4) / 1e4;
}

/** Reports (`npm run eval:song-moods`) call a song a love song from this score; the recommender uses the score itself. */
export const LOVE_SONG_MIN = 0.5;
