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
 * words common in love songs but also in songs of comfort or family, and a "you" addressed: 너를, 니가,
 * 너와, 당신 …), less COMFORT 2 for words of comfort to a listener (괜찮아, 수고했어, 힘내 …: those songs
 * speak to a "you" as well), per lyric line (at least MIN_LINES, so a short lyric with one "사랑" is no
 * love song), mapped to [0, 1] with 1 − exp(−density / SCALE). Repeated choruses count each time, like
 * the emotion vector.
 *
 * Measured against the session-41 hand labels (data/eval/song-moods.json; `npm run eval:song-moods`, and
 * per labeller `npm run eval:song-aggregation -- --lyrics FILE.csv`), developed on labeller a's half and
 * checked on b's: the first lexicon (STRONG and WEAK without the "you" and comfort cues) had AUC
 * 0.755 / 0.744 (a / b), recall 38 % / 37 % from LOVE_SONG_MIN; the "you" cues (among the words most
 * over-represented in a's love songs) gave 0.869 / 0.919, recall 75 % / 84 %; the comfort counter-cue
 * 0.879 / 0.940, songs called love songs that are not 10 → 8 / 9 → 4. Three choices made on the labels
 * of 224 songs, so these figures are optimistic.
 */

/** Cues said (almost) only of a lover. */
export const STRONG_CUES =
  /이별|헤어지|헤어져|헤어진|헤어졌|헤어질|키스|입맞|연인|애인|남자\s?친구|여자\s?친구|사랑해|사랑한다|사랑할게|사랑했|첫눈에|설레|설렘|보고\s?싶|그리워|그리운\s?(?:너|그대|네|니)|고백|짝사랑|데이트|(?:너의|네|그대|니)\s?품|(?:너의|네|그대|니)\s?입술|\bbaby\b|\bkiss|love\s?you|my\s?love|in\s?love|\bdarling\b|\bbabe\b|\bgirlfriend\b|\bboyfriend\b/giu;
/** Cues common in love songs but said in others too. */
export const WEAK_CUES = /그대|사랑|안아|안겨|안고\s?싶|손\s?(?:을\s?)?잡|두근|입술|달콤|우리\s?둘|너와\s?나|너랑\s?나|\blove\b|\bheart\b/giu;
/** "You" addressed: 너 and its forms as a word of their own, and 당신 (love songs speak to one person; weight 1). */
export const YOU_CUES = /(?<![가-힣])(?:너|니|네|널|넌|너의|너를|너와|너랑|너에게|니가|네가|너만|너도|너는|너가)(?![가-힣])|당신/gu;
/** Comfort to a listener: songs that speak to a "you" without being love songs (weight −2). */
export const COMFORT_CUES =
  /괜찮아|괜찮을\s?거|잘했어|잘했다|잘해냈|잘하고\s?있|수고했|고생했|애썼|힘내|울어도\s?(?:돼|괜찮)|쉬어도|쉬어\s?가|걱정\s?말아|걱정하지\s?마|지나갈\s?거|토닥|다\s?잘\s?될|괜찮다고|아프지\s?말/gu;

export const MIN_LINES = 12;
/** Density (weighted hits per line) at which the score reaches 1 − 1/e ≈ 0.63. */
export const SCALE = 0.25;

/** The cue sets (session 41 measured the first lexicon without `you` and `comfort`: scripts/eval/song-aggregation.ts). */
export interface RomanceCues {
  you: boolean;
  comfort: boolean;
}
const ALL_CUES: RomanceCues = { you: true, comfort: true };

export function romanceCueHits(lyrics: string, cues: RomanceCues = ALL_CUES): { strong: number; weak: number; comfort: number; lines: number } {
  const text = lyrics.normalize('NFC');
  const lines = text.split('\n').filter((l) => l.trim().length > 0).length;
  const strong = text.match(STRONG_CUES)?.length ?? 0;
  // A strong cue ("사랑해", "너의 품") also holds a weak one ("사랑", "너의"): count the weak ones outside strong matches.
  const rest = text.replace(STRONG_CUES, ' ');
  const weak = (rest.match(WEAK_CUES)?.length ?? 0) + (cues.you ? (rest.match(YOU_CUES)?.length ?? 0) : 0);
  const comfort = cues.comfort ? (text.match(COMFORT_CUES)?.length ?? 0) : 0;
  return { strong, weak, comfort, lines };
}

export function romanceScore(lyrics: string, cues: RomanceCues = ALL_CUES): number {
  const { strong, weak, comfort, lines } = romanceCueHits(lyrics, cues);
  const density = Math.max(0, 2 * strong + weak - 2 * comfort) / Math.max(MIN_LINES, lines);
  return Math.round((1 - Math.exp(-density / SCALE)) * 1e4) / 1e4;
}

/** Reports (`npm run eval:song-moods`) call a song a love song from this score; the recommender uses the score itself. */
export const LOVE_SONG_MIN = 0.5;
