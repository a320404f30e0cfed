/**
 * One short Korean line per recommendation, built from the numbers that ranked it and worded so
 * that it never contradicts the card's chart (the song's top emotions as chips, SongList.tsx):
 *
 *   similar, clear shared mood:   "슬픔이 묻어나는 곡으로, 지금 마음과 분위기가 아주 가까워요."
 *                                 "슬픔이 묻어나는 곡이에요." (no band)
 *   similar, nothing shared:      "지금 마음과 분위기가 가까운 곡이에요." / "지금 마음과 결이 조금 닮은 곡이에요."
 *   + lyrics close:               "… 가사도 지금 이야기와 많이 닮아 있어요." (lyric cosine ≥ LYRIC_QUOTE_MIN)
 *   shift, reading not clear:     "슬픔을 덜고 기분을 바꿔 볼 곡이에요." / "담담한 마음에 변화를 줄 곡이에요."
 *                                 "지금 기분에 다른 결을 더해 볼 곡이에요." (joy largest)
 *   shift (joy not largest):      "슬픔을 덜고 밝은 기운을 더해 줄 곡이에요."      (joy-led, bright)
 *                                 "슬픔을 덜고 따뜻하게 다독여 줄 곡이에요." (joy with sorrow/hurt)
 *                                 "슬픔을 덜고 차분하게 숨을 고르게 해 줄 곡이에요." (joy with neutral)
 *                                 (화를 가라앉히고 / 불안을 덜고 / 상처를 어루만지고 / 당황한 마음을 추스르고)
 *   shift, song not joy-led:      "지금과는 결이 다른 곡으로, 기쁨도 38% 담겨 있어요."
 *   shift (mostly neutral):       "담담한 마음에 밝은 기운을 더해 줄 곡이에요." (/ 따뜻한 온기를 / 차분함을)
 *   shift (joy largest):          "마음을 차분하게 가라앉혀 줄 곡이에요." (neutral-led)
 *                                 "밝은 기운 속에 잔잔한 여운이 남는 곡이에요." (joy-led song)
 *                                 "잔잔한 여운이 남는 곡이에요." / "조마조마한 마음이 담긴 곡이에요." (other lead)
 *                                 "기쁨 곁의 긴장도 함께 알아주는 곡이에요." (anxiety-led, user anxious too)
 * followed, when they applied, by "전에 좋아한 곡이에요." and
 * "비슷한 마음이었던 다른 분들도 좋아했어요."
 *
 * Session 37 (testers' report): a glowing first-date user read "(분노 16%)", a mortified
 * student "분노가 서린 곡으로", and every similar song claimed "가사도 내 이야기와 36% 닮아
 * 있어요" however ordinary the match. So: no share of a negative emotion is ever shown as a
 * number; a song is named by an emotion only when the user feels it too; the lyric match is
 * mentioned only when it is in the top tenth of the catalogue's distribution (LYRIC_QUOTE_MIN).
 *
 * Session 38 (testers' report, /tmp/s38/hunt/mood): "지금 감정과 99% 비슷" on a card whose chart
 * read 43/33/13, and "22% 비슷한 분위기". A cosine of two mixes is near 1 whenever they point the
 * same way, so as a percentage it overclaims (and undersells at the other end); a person reads
 * "99% 비슷" as "nearly the same song as my mood". So the similar line now names the emotions the
 * song and the user share (both on the chart), and says how close the mood is only as a band of
 * the song's rank over the whole catalogue for this mix (`moodRanks`, MOOD_BAND_*); no mood or
 * lyric percentage is shown. The shift line says what the song does from its own vector
 * (brighter, warmer, calmer): 「무릎」 (joy 48, sadness 33) is "따뜻하게 다독여 줄", not "기쁨
 * 쪽으로 (기쁨 48%)", and an anxiety-led song is never "두근거리는 마음" (a heart-flutter).
 *
 * Session 39 (testers: 「비」 and 「feel like shit」 "밝은 기운이 담긴", 「내 손을 잡아」 and 「Blueming」
 * "분노가 서린"): whatever names or describes the song's own mood (MOOD_PHRASE, the shift effects,
 * BRIGHT_WITH, DEPTH_PHRASE) needs a clear reading of the song (`clearMood`); a blend is never named.
 * Otherwise the line says the fit (similar) or the list's purpose (shift). 「무릎」 is no clear reading.
 */
import { EMOTION_KO, EMOTIONS, type EmotionId } from '../ml/emotions';
import { argmax, type Song } from './catalogue';
import type { RecommendationMode } from './feedback';
import { joyIsLargest } from './moodShift';
import type { ScoreParts, Scored } from './rank';

/**
 * The lyric match is mentioned only from this cosine up: the 90th percentile of
 * cos(user words, song lyrics) over every pair of 24 varied stories × the 224 songs
 * (`npm run --silent recommend:variety -- --lyric-stats`: p50 0.31, p75 0.37, p90 0.42,
 * p95 0.45). Below it "가사도 … 닮아 있어요" would present an ordinary match as a resemblance.
 */
export const LYRIC_QUOTE_MIN = 0.42;

/**
 * Mood bands (session 38), over the song's rank among the whole catalogue for this mix
 * (`moodRanks`: the share of songs whose mood cosine is higher). Calibrated on the catalogue, not
 * on the cosine: among the 224 songs the best tenth of a sad or angry mix all have cosines above
 * 0.9, so a cosine says little, while a rank says "closer than most". Top 5% (≈ the best 11
 * songs) reads "아주 가까워요", top 15% (≈ 34) "가까워요"; below that no closeness is claimed.
 */
export const MOOD_BAND_CLOSEST = 0.05;
export const MOOD_BAND_CLOSE = 0.15;

/** A song emotion is "on the chart" (a chip on the card, SongList.tsx) from this share, in its top 3. */
export const CHART_MIN = 0.12;
/** A user emotion is named as shared only from this share, among the user's top 2. */
export const SHARED_USER_MIN = 0.2;

/** How a song's one shared emotion is described ("… 곡"). */
const MOOD_PHRASE: Record<EmotionId, string> = {
  joy: '밝은 기운이 담긴',
  sadness: '슬픔이 묻어나는',
  anger: '분노가 서린',
  anxiety: '불안이 스며 있는',
  hurt: '상처가 배어 있는',
  embarrassment: '당혹감이 담긴',
  neutral: '담담한',
};

/** What a mood-shift song eases, for each non-joy emotion but neutral. */
const EASE_PHRASE: Record<Exclude<EmotionId, 'joy' | 'neutral'>, string> = {
  sadness: '슬픔을 덜고',
  anger: '화를 가라앉히고',
  anxiety: '불안을 덜고',
  hurt: '상처를 어루만지고',
  embarrassment: '당황한 마음을 추스르고',
};

/**
 * A joy-led song for a user whose joy is largest, by the song's strongest other emotion: the
 * shift spreads joy over the others, which reads as depth or calm, never as sorrow or rage.
 * Session 38: anxiety is "긴장감", not "두근거림" (testers read anxious songs as heart-flutters).
 */
const BRIGHT_WITH: Record<Exclude<EmotionId, 'joy' | 'neutral'>, string> = {
  sadness: '밝은 기운 속에 잔잔한 여운이 남는',
  anger: '밝으면서도 힘 있는 감정이 실린',
  anxiety: '밝은 기운에 살짝 긴장감이 섞인',
  hurt: '밝은 기운 속에 지나온 마음도 돌아보게 하는',
  embarrassment: '밝은 기운에 수줍은 설렘이 섞인',
};

/**
 * A song led by another emotion, for a user whose joy is (perhaps only just) largest: what the
 * song holds, without naming the user's mood. Session 38: an anxiety-led song (「답답한 새벽」,
 * 「잠」, 「안개」) was "두근거리는 마음이 담긴" for happy-nervous users; it is the nervous kind.
 */
const DEPTH_PHRASE: Record<Exclude<EmotionId, 'joy' | 'neutral'>, string> = {
  sadness: '잔잔한 여운이 남는',
  anger: '힘 있는 감정이 담긴',
  anxiety: '조마조마한 마음이 담긴',
  hurt: '지나온 마음을 돌아보게 하는',
  embarrassment: '수줍은 설렘이 담긴',
};

/** 0.873 → 87 (clamped to 0..100). */
export function percent(x: number): number {
  return Math.round(Math.min(1, Math.max(0, x)) * 100);
}

export interface ReasonInput {
  mode: RecommendationMode;
  song: Song;
  parts: ScoreParts;
  /** The user's emotion vector (before the shift transform). */
  userVector: ArrayLike<number>;
  liked: boolean;
  community: number | null;
  /**
   * Similar mode: the share of catalogue songs whose mood match is higher than this song's
   * (0 = the closest), from `moodRanks`. Absent: no closeness band is claimed.
   */
  moodRank?: number | undefined;
  /**
   * Session 40: the user told an ordinary day ("그냥 평범한 하루였어", titles.ts `toldFlatDay`), whatever
   * the model read (that text reads sadness 0.68): the line names no feeling of the user's.
   */
  flatDay?: boolean | undefined;
}

export function reasonFor(r: ReasonInput): string {
  const sentences = r.mode === 'similar' ? similarReason(r) : [shiftReason(r)];
  if (r.liked) sentences.push('전에 좋아한 곡이에요');
  if (r.community !== null && r.community > 0.5) sentences.push('비슷한 마음이었던 다른 분들도 좋아했어요');
  return sentences.map((s) => s + '.').join(' ');
}

/** Whether a lyric cosine is high enough to be mentioned to the user (see LYRIC_QUOTE_MIN). */
export function lyricWorthQuoting(lyric: number | null): lyric is number {
  return lyric !== null && lyric >= LYRIC_QUOTE_MIN;
}

/**
 * For every scored song, the share of the catalogue whose mood cosine is strictly higher
 * (0 = the closest; ties share a rank). Pure; O(n log n).
 */
export function moodRanks(scored: readonly Scored[]): Map<string, number> {
  const moods = scored.map((s) => s.parts.mood).sort((a, b) => b - a);
  const out = new Map<string, number>();
  const n = moods.length;
  for (const s of scored) {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (moods[mid]! > s.parts.mood) lo = mid + 1;
      else hi = mid;
    }
    out.set(s.song.id, n > 0 ? lo / n : 0);
  }
  return out;
}

/**
 * How much two mixes have in common as a person reads two charts: the sum over emotions of the
 * smaller share (both normalised to sum 1). 43/33/13 against 37/31/17 → ≈ 0.85; a mostly-neutral
 * user (neutral 78) against a song with no neutral lead → ≈ 0.3 however it ranks.
 */
export function mixOverlap(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let sa = 0;
  let sb = 0;
  for (let i = 0; i < EMOTIONS.length; i++) {
    sa += Math.max(0, a[i] ?? 0);
    sb += Math.max(0, b[i] ?? 0);
  }
  if (sa <= 0 || sb <= 0) return 0;
  let out = 0;
  for (let i = 0; i < EMOTIONS.length; i++) out += Math.min(Math.max(0, a[i] ?? 0) / sa, Math.max(0, b[i] ?? 0) / sb);
  return out;
}

/** The overlap a band also needs, so that a catalogue with nothing close never reads "가까워요". */
export const OVERLAP_CLOSEST = 0.7;
export const OVERLAP_CLOSE = 0.55;

/**
 * The band of a mood rank: 'closest', 'close', or null (no closeness claimed). With `overlap`
 * given, the band also needs OVERLAP_CLOSEST / OVERLAP_CLOSE (the best songs for a flat, neutral
 * mood are not close to it in absolute terms).
 */
export function moodBand(rank: number | undefined, overlap = 1): 'closest' | 'close' | null {
  if (rank === undefined || !Number.isFinite(rank)) return null;
  if (rank < MOOD_BAND_CLOSEST && overlap >= OVERLAP_CLOSEST) return 'closest';
  if (rank < MOOD_BAND_CLOSE && overlap >= OVERLAP_CLOSE) return 'close';
  return null;
}

/** The top (up to) three emotions of a vector, largest first, as the card's chips show them. */
function chartOf(v: ArrayLike<number>): EmotionId[] {
  return EMOTIONS.map((id, i) => ({ id, x: v[i] ?? 0 }))
    .sort((a, b) => b.x - a.x)
    .slice(0, 3)
    .filter((c, i) => i === 0 || c.x >= CHART_MIN)
    .map((c) => c.id);
}

/**
 * The emotions a similar song can be named by (session 38): among the user's top two (each at
 * least SHARED_USER_MIN) and on the song's chart; neutral is left out (it is no "feeling" to
 * share). At most two, in the song's order (the order of its chips).
 */
export function sharedEmotions(userVector: ArrayLike<number>, songVector: ArrayLike<number>): EmotionId[] {
  const user = EMOTIONS.map((id, i) => ({ id, x: userVector[i] ?? 0 }))
    .sort((a, b) => b.x - a.x)
    .slice(0, 2)
    .filter((c) => c.x >= SHARED_USER_MIN && c.id !== 'neutral')
    .map((c) => c.id);
  return chartOf(songVector)
    .filter((id) => user.includes(id))
    .slice(0, 2);
}

/**
 * Session 39: when the catalogue's reading of a song is clear enough to say what the song is.
 * Testers read 폴킴 「비」 (joy 0.42, sadness 0.29) and Tate McRae 「feel like shit」 (joy 0.43, read
 * from a machine translation) as "밝은 기운이 담긴 곡", and 아이유 「내 손을 잡아」 (anger 0.50, anxiety
 * 0.23) and 「Blueming」 (joy 0.38, anger 0.22) as "분노가 서린 곡". The model's reading of a song is
 * an estimate (English lyrics are translated first, a love song can read as anger), so a reason
 * names a song's own mood only when the reading is clear: the dominant emotion holds at least
 * CLEAR_LEAD_MIN and leads the second by at least CLEAR_MARGIN_MIN. Both are the upper quartile of
 * the shipped catalogue (224 songs: dominant share p50 0.42, p75 0.51; lead over the second p50
 * 0.18, p75 0.31), so about one song in five qualifies: 마마 (anger 0.77), 별이 되지 않아도 돼 (sadness
 * 0.80), 좋아 (JOAH) (joy 0.75) do, 「내 손을 잡아」 (lead 0.27), 「비」, 「feel like shit」, 「Blueming」
 * and every anxiety- or hurt-led song (none reaches 0.5 with that lead) do not. Otherwise the
 * reason speaks of the fit only ("지금 마음과 분위기가 가까운 곡이에요").
 */
export const CLEAR_LEAD_MIN = 0.5;
export const CLEAR_MARGIN_MIN = 0.3;

/** The song's dominant emotion when the catalogue reads it clearly (see CLEAR_LEAD_MIN), else null. */
export function clearMood(song: Pick<Song, 'vector'>): EmotionId | null {
  const v = song.vector;
  let top = 0;
  for (let i = 1; i < EMOTIONS.length; i++) if ((v[i] ?? 0) > (v[top] ?? 0)) top = i;
  let second = 0;
  for (let i = 0; i < EMOTIONS.length; i++) if (i !== top) second = Math.max(second, v[i] ?? 0);
  const lead = v[top] ?? 0;
  return lead >= CLEAR_LEAD_MIN && lead - second >= CLEAR_MARGIN_MIN ? EMOTIONS[top]! : null;
}

/**
 * The emotion a similar reason may name the song by (session 39): its clear dominant emotion
 * (clearMood) when the user feels it too (sharedEmotions); one emotion, never a blend (a blend is
 * by definition no clear reading). Null: speak of the fit only.
 */
export function claimedEmotion(userVector: ArrayLike<number>, song: Pick<Song, 'vector'>): EmotionId | null {
  const mood = clearMood(song);
  return mood !== null && sharedEmotions(userVector, song.vector).includes(mood) ? mood : null;
}

/** An emotion's name in a reason: the chart's word (EMOTION_KO), but 당혹감 reads better than "당황이 담긴". */
export const SHARED_NAME: Record<EmotionId, string> = { ...EMOTION_KO, embarrassment: '당혹감' };

/** Whether a Korean word ends in a final consonant (받침): picks 과/와, 이/가. */
export function hasBatchim(word: string): boolean {
  const c = word.charCodeAt(word.length - 1) - 0xac00;
  return c >= 0 && c <= 11171 && c % 28 !== 0;
}

function similarReason(r: ReasonInput): string[] {
  const named = r.flatDay ? null : claimedEmotion(r.userVector, r.song);
  const band = moodBand(r.moodRank, mixOverlap(r.userVector, r.song.vector));
  let first: string;
  if (named) {
    const what = `${MOOD_PHRASE[named]} 곡`;
    first =
      band === 'closest'
        ? `${what}으로, 지금 마음과 분위기가 아주 가까워요`
        : band === 'close'
          ? `${what}으로, 지금 마음과 분위기가 가까워요`
          : `${what}이에요`;
  } else {
    // No clear reading of the song that the user shares (session 39): only the fit, in a band.
    first =
      band === 'closest'
        ? '지금 마음과 분위기가 아주 가까운 곡이에요'
        : band === 'close'
          ? '지금 마음과 분위기가 가까운 곡이에요'
          : '지금 마음과 결이 조금 닮은 곡이에요';
  }
  return lyricWorthQuoting(r.parts.lyric) ? [first, '가사도 지금 이야기와 많이 닮아 있어요'] : [first];
}

/** The strongest emotion of a vector other than joy. */
function strongestBesideJoy(v: ArrayLike<number>): EmotionId {
  let best = -1;
  EMOTIONS.forEach((id, i) => {
    if (id !== 'joy' && (best < 0 || v[i]! > v[best]!)) best = i;
  });
  return EMOTIONS[best]!;
}

/** A joy-led song's shares at which it reads warm (joy with sorrow or hurt) or calm (joy with neutral). */
export const WARM_MIN = 0.2;
export const CALM_MIN = 0.2;

/**
 * What a joy-led song does for a user moving towards joy, from the song's own vector
 * (session 38): 'warm' when sadness or hurt holds at least WARM_MIN (「무릎」: joy 48, sadness 33,
 * a lullaby that comforts rather than cheers), else 'calm' when neutral holds at least CALM_MIN,
 * else 'bright'.
 */
export function shiftEffect(song: Song): 'bright' | 'warm' | 'calm' {
  const e = song.emotions;
  if (Math.max(e.sadness, e.hurt) >= WARM_MIN) return 'warm';
  if (e.neutral >= CALM_MIN) return 'calm';
  return 'bright';
}

const EFFECT_PHRASE = { bright: '밝은 기운을 더해 줄', warm: '따뜻하게 다독여 줄', calm: '차분하게 숨을 고르게 해 줄' } as const;
const NEUTRAL_PHRASE = { bright: '밝은 기운을', warm: '따뜻한 온기를', calm: '차분함을' } as const;

function shiftReason(r: ReasonInput): string {
  // Session 39: what the song is like (bright, warm, calm, wistful …) only from a clear reading.
  const clear = clearMood(r.song);
  if (!joyIsLargest(r.userVector)) {
    // recommend.ts leaves out songs led by the emotion being eased; one led by yet another
    // emotion is only "different", and joy is the only share shown (it is on the chart).
    // Session 40: no figure here either (it was the last one left): joy named only when it is on the chart.
    if (r.song.dominant !== 'joy') return r.song.emotions.joy >= CHART_MIN ? '지금과는 결이 다른 곡으로, 기쁨도 함께 담겨 있어요' : '지금과는 결이 다른 곡이에요';
    const from = r.flatDay ? 'neutral' : EMOTIONS[argmax(r.userVector)]!;
    if (clear !== 'joy') {
      // Joy leads only narrowly (「비」 joy 42 / sadness 29): the list's purpose, not the song's mood.
      if (from === 'neutral' || from === 'joy') return '담담한 마음에 변화를 줄 곡이에요';
      return `${EASE_PHRASE[from]} 기분을 바꿔 볼 곡이에요`;
    }
    const effect = shiftEffect(r.song);
    if (from === 'neutral' || from === 'joy') return `담담한 마음에 ${NEUTRAL_PHRASE[effect]} 더해 줄 곡이에요`;
    return `${EASE_PHRASE[from]} ${EFFECT_PHRASE[effect]} 곡이에요`;
  }
  // Joy is the user's largest emotion: what the song adds, in words only.
  if (clear === null) return '지금 기분에 다른 결을 더해 볼 곡이에요';
  const to = strongestBesideJoy(r.song.vector);
  if (to === 'neutral' || r.song.dominant === 'neutral') return '마음을 차분하게 가라앉혀 줄 곡이에요';
  const key = to as keyof typeof DEPTH_PHRASE;
  if (r.song.dominant === 'joy') return `${BRIGHT_WITH[key]} 곡이에요`;
  // An anxiety-led song for a glad user who is also nervous: it keeps the nervousness company,
  // it does not flutter (「답답한 새벽」 for a new-job user, joy 40 anxiety 31). Since session 39 the
  // shift list leaves anxiety-led songs out for a glad user; the artist filter can still show one.
  if (r.song.dominant === 'anxiety' && (r.userVector[EMOTIONS.indexOf('anxiety')] ?? 0) >= SHARED_USER_MIN) {
    return '기쁨 곁의 긴장도 함께 알아주는 곡이에요';
  }
  return `${DEPTH_PHRASE[r.song.dominant as keyof typeof DEPTH_PHRASE]} 곡이에요`;
}

// ---------------------------------------------------------------------------------------------
// Session 40: one list, distinct lines.
//
// An angry user read "화를 가라앉히고 기분을 바꿔 볼 곡이에요." five times on one screen: since session 39
// a song whose reading is not clear (most of the catalogue) gets the list's purpose, and every song
// on a list shares the purpose. `reasonsForList` gives each song of a page its own line, from what is
// true of that song: its clear mood (clearMood) and the second emotion read beside it, its fit as a
// band, how close its lyrics are to the user's words (the list's closest, or the catalogue's upper
// quarter), a liked singer, a title that echoes the user's words, and in the shift list its step (a
// song that still holds some of the user's feeling is a first step, one with almost none a further
// step). Each song takes its first candidate not yet used on the page; every song ends in a pool of
// REASON_BLOCK plain lines true of any song on that list, so no sentence repeats on a page. No figures.
// ---------------------------------------------------------------------------------------------

/** A page of the app's lists (one screen); sentences are distinct within each block of this many songs. */
export const REASON_BLOCK = 5;
/**
 * "가사에 지금 이야기와 닮은 데가 있는": the catalogue's upper quarter of cos(user words, song lyrics)
 * (p75 0.37, `npm run --silent recommend:variety -- --lyric-stats`); "많이 닮아" stays at LYRIC_QUOTE_MIN (p90).
 */
export const LYRIC_SOME_MIN = 0.37;
/** "이 중에서 가사가 … 가장 가까운" only from the median pair (p50 0.31): the list's best of weak matches is not praised. */
export const LYRIC_BEST_MIN = 0.31;
/**
 * Below this chart overlap (mixOverlap) the song is not like the user's mood at all: an embarrassed
 * user (당혹감 1.0) has no close song (the catalogue's best reads 0.44 cosine, overlap ≈ 0.3), and
 * "결이 조금 닮은" was untrue. The line then says that such songs are rare, or offers the song plainly.
 */
export const FAR_OVERLAP = 0.3;
/** The song's share of the user's leading feeling for a first step (keeps some of it) or a further step (almost none). */
export const STEP_KEEP_MIN = CHART_MIN;
export const STEP_LEAVE_MAX = 0.05;

export interface ListReasonItem {
  song: Song;
  parts: ScoreParts;
  liked: boolean;
  community: number | null;
  moodRank?: number | undefined;
  /** Another song by this singer was liked before (feedback.liked). */
  likedArtist?: boolean | undefined;
  /** The title shares a word with what the user wrote (titles.ts `titleEchoes`). */
  titleEcho?: boolean | undefined;
}

export interface ListReasonContext {
  mode: RecommendationMode;
  userVector: ArrayLike<number>;
  flatDay?: boolean | undefined;
  /** Session 41: a death or a grave illness told (heavyStory.ts): shift lines of comfort, not of leaving the feeling. */
  heavy?: boolean | undefined;
}

/** Plain lines true of any song on a similar list (every one was chosen for its mood). */
const SIMILAR_POOL = [
  '지금 마음과 결이 조금 닮은 곡이에요',
  '지금 감정 곁에 두고 들어 볼 만한 곡이에요',
  '비슷한 마음을 조용히 따라가 볼 곡이에요',
  '지금 기분 그대로 들어 보기 좋은 곡이에요',
  '마음을 가만히 들여다보며 들어 볼 곡이에요',
];
/** …and for songs that are not like the user's mood at all (FAR_OVERLAP). */
const FAR_POOL = [
  '지금 마음과 꼭 닮지는 않아도 곁에 두기 좋은 곡이에요',
  '잠시 기대어 들어 볼 만한 곡이에요',
  '한숨 돌리며 들어 볼 곡이에요',
  '가볍게 흘려들어도 좋은 곡이에요',
  '다른 결로 지금 마음 곁에 있어 줄 곡이에요',
];
/** Plain lines true of any song on a shift list when joy is not the user's largest emotion. */
const SHIFT_POOL = [
  '지금과는 다른 분위기로 마음을 환기해 볼 곡이에요',
  '기분 전환 삼아 들어 보기 좋은 곡이에요',
  '잠시 다른 분위기에 기대어 볼 곡이에요',
  '마음에 새 바람을 넣어 볼 곡이에요',
  '분위기를 바꿔 한숨 돌려 볼 곡이에요',
];
/** …when joy is the user's largest emotion (the shift spreads it over calmer or deeper moods). */
const GLAD_SHIFT_POOL = [
  '지금 기분에 다른 결을 더해 볼 곡이에요',
  '기분에 다른 색을 더해 볼 곡이에요',
  '분위기를 살짝 바꿔 들어 볼 곡이에요',
  '잠시 다른 분위기로 쉬어 가 볼 곡이에요',
  '지금과는 다른 결로 마음을 채워 볼 곡이에요',
];

/** The song's second emotion when its reading is clear and the second is on the chart (a chip), else null. */
export function secondBesideClear(song: Pick<Song, 'vector'>): EmotionId | null {
  const lead = clearMood(song);
  if (lead === null) return null;
  const second = chartOf(song.vector)[1];
  return second !== undefined && second !== 'neutral' && (song.vector[EMOTIONS.indexOf(second)] ?? 0) >= CHART_MIN ? second : null;
}

/**
 * The song's second emotion beside a clear lead, in the gentle words the shift lines use (a sad or
 * angry second is "잔잔한 여운", "힘 있는 감정", never named as sorrow or rage, session 37): a joy-led
 * song "밝은 기운 속에 잔잔한 여운이 남는 곡이에요" (BRIGHT_WITH), "밝으면서도 차분한 곡이에요" (neutral second); a song
 * led by another emotion only when joy is the second, and only where that lead may be named (`leadNamed`:
 * the user feels it too): "슬픔 속에 밝은 기운도 살짝 비치는 곡이에요".
 */
function besideLine(song: Song, leadNamed: boolean): string | null {
  const lead = clearMood(song);
  const second = secondBesideClear(song);
  if (lead === null) return null;
  if (lead === 'joy') {
    if (second !== null) return `${BRIGHT_WITH[second as keyof typeof BRIGHT_WITH]} 곡이에요`;
    return song.emotions.neutral >= CHART_MIN ? '밝으면서도 차분한 곡이에요' : null;
  }
  return leadNamed && second === 'joy' ? `${SHARED_NAME[lead]} 속에 밝은 기운도 살짝 비치는 곡이에요` : null;
}

/** A line's first two words: the opening a reader notices repeating. */
function opening(line: string): string {
  return line.split(' ').slice(0, 2).join(' ');
}

function indexOfMax(xs: readonly (number | null)[]): number {
  let best = -1;
  xs.forEach((x, i) => {
    if (x !== null && (best < 0 || x > xs[best]!)) best = i;
  });
  return best;
}

function similarLeads(it: ListReasonItem, ctx: ListReasonContext, facts: { bestLyric: boolean; bestMood: boolean; firstFar: boolean }): string[] {
  const out: string[] = [];
  const overlap = mixOverlap(ctx.userVector, it.song.vector);
  const band = moodBand(it.moodRank, overlap);
  const named = ctx.flatDay ? null : claimedEmotion(ctx.userVector, it.song);
  // The single-song line first when it says something of this song (its clear mood, its band), so a
  // lone card reads as before; then the song's own facts; the plain fit last.
  const single = similarReason({ mode: 'similar', song: it.song, parts: it.parts, userVector: ctx.userVector, liked: false, community: null, moodRank: it.moodRank, flatDay: ctx.flatDay })[0]!;
  if (named || band !== null) out.push(single);
  if (named) {
    out.push(`${MOOD_PHRASE[named]} 곡이에요`, `${SHARED_NAME[named]}의 결이 또렷한 곡이에요`);
    const beside = besideLine(it.song, true);
    if (beside) out.push(beside);
  }
  if (facts.bestLyric) out.push('이 중에서 가사가 지금 이야기와 가장 가까운 곡이에요');
  if (it.parts.lyric !== null && it.parts.lyric >= LYRIC_SOME_MIN) out.push('가사에 지금 이야기와 닮은 데가 있는 곡이에요');
  if (it.titleEcho) out.push('제목부터 지금 이야기와 닿아 있는 곡이에요');
  if (it.likedArtist) out.push('전에 좋아한 가수의 곡이에요');
  if (band === 'closest') out.push('지금 마음과 분위기가 아주 가까운 곡이에요', '분위기가 지금 마음과 잘 맞닿아 있는 곡이에요');
  if (band === 'close') out.push('지금 마음과 분위기가 가까운 곡이에요', '지금 마음과 분위기가 꽤 닮은 곡이에요');
  if (facts.bestMood && band !== null) out.push('이 중에서 지금 마음과 분위기가 가장 가까운 곡이에요');
  if (overlap < FAR_OVERLAP && band === null) {
    if (facts.firstFar && !ctx.flatDay) {
      const lead = EMOTIONS[argmax(ctx.userVector)]!;
      if (lead !== 'neutral') out.push(`${SHARED_NAME[lead]}${hasBatchim(SHARED_NAME[lead]) ? '을' : '를'} 그대로 담은 곡은 드물어, 가까운 결로 골라 본 곡이에요`);
    }
    out.push(...FAR_POOL);
  } else {
    out.push(...SIMILAR_POOL);
  }
  return out.filter((x) => !(x === '지금 마음과 결이 조금 닮은 곡이에요' && overlap < FAR_OVERLAP));
}

/**
 * Session 41: shift lines after a death or a grave illness told (heavyStory.ts). "한 걸음 더 벗어나 볼",
 * "기분 전환 삼아", "마음을 환기해 볼" had been read beside a dying dog: the songs comfort and let one
 * breathe, they do not change the subject. The first line by what the song does (a clear joy-led song).
 */
const HEAVY_EFFECT = {
  warm: '무거운 마음을 따뜻하게 다독여 줄 곡이에요',
  calm: '무거운 마음에 차분히 숨 돌릴 틈을 줄 곡이에요',
  bright: '무거운 마음에 작은 온기를 더해 볼 곡이에요',
} as const;
const HEAVY_SHIFT_POOL = [
  '지친 마음을 잠시 기대어 쉬어 갈 곡이에요',
  '마음을 천천히 다독여 볼 곡이에요',
  '무거운 마음 곁에서 잠시 숨을 돌려 볼 곡이에요',
  '조용히 곁에 두고 들어 볼 곡이에요',
  '잠깐 마음을 쉬어 가며 들어 볼 곡이에요',
];

function heavyShiftLeads(it: ListReasonItem): string[] {
  const out: string[] = [];
  if (clearMood(it.song) === 'joy') out.push(HEAVY_EFFECT[shiftEffect(it.song)]);
  if (it.titleEcho) out.push('제목부터 지금 이야기와 닿아 있는 곡이에요');
  if (it.likedArtist) out.push('전에 좋아한 가수의 곡이에요');
  return [...out, ...HEAVY_SHIFT_POOL];
}

function shiftLeads(it: ListReasonItem, ctx: ListReasonContext): string[] {
  if (ctx.heavy && !joyIsLargest(ctx.userVector)) return heavyShiftLeads(it);
  const out: string[] = [shiftReason({ mode: 'shift', song: it.song, parts: it.parts, userVector: ctx.userVector, liked: false, community: null, flatDay: ctx.flatDay })];
  const glad = joyIsLargest(ctx.userVector);
  const beside = besideLine(it.song, false);
  if (beside) out.push(beside);
  if (!glad && !ctx.flatDay) {
    // Its step: how much of the user's leading feeling the song still holds.
    const from = argmax(ctx.userVector);
    const keeps = it.song.vector[from] ?? 0;
    if (keeps >= STEP_KEEP_MIN) out.push('지금 마음을 조금 안은 채 천천히 바꿔 볼 곡이에요', '지금 마음에서 크게 벗어나지 않는 첫걸음 같은 곡이에요');
    else if (keeps < STEP_LEAVE_MAX) out.push('지금 마음에서 한 걸음 더 벗어나 볼 곡이에요', '기분을 조금 더 크게 바꿔 볼 곡이에요');
  }
  if (it.titleEcho) out.push('제목부터 지금 이야기와 닿아 있는 곡이에요');
  if (it.likedArtist) out.push('전에 좋아한 가수의 곡이에요');
  if (!glad) {
    const from = ctx.flatDay ? 'neutral' : EMOTIONS[argmax(ctx.userVector)]!;
    out.push(from === 'neutral' || from === 'joy' ? '담담한 마음에 변화를 줄 곡이에요' : `${EASE_PHRASE[from]} 기분을 바꿔 볼 곡이에요`);
  }
  out.push(...(glad ? GLAD_SHIFT_POOL : SHIFT_POOL));
  return out;
}

/** Lines that follow the first, each with its alternatives (a later song takes the next one). */
function extraGroups(it: ListReasonItem, lead: string): string[][] {
  const groups: string[][] = [];
  if (lyricWorthQuoting(it.parts.lyric) && !lead.includes('가사')) groups.push(['가사도 지금 이야기와 많이 닮아 있어요', '가사 또한 지금 이야기와 가까워요']);
  if (it.liked) groups.push(['전에 좋아한 곡이에요', '이 곡도 전에 좋아하셨어요', '전에 마음에 들어 하신 곡이에요']);
  else if (it.likedArtist && !lead.includes('가수')) groups.push(['전에 좋아한 가수의 곡이에요', '좋아하셨던 가수의 다른 곡이에요']);
  if (it.community !== null && it.community > 0.5) groups.push(['비슷한 마음이었던 다른 분들도 좋아했어요', '비슷한 마음의 다른 분들에게도 사랑받았어요']);
  return groups;
}

/**
 * The reason lines of one list, in its order: no sentence twice within a block of REASON_BLOCK songs
 * (a page). Each song takes its first candidate line not yet used there, then its extra lines (lyrics,
 * liked, community) in a wording not yet used (a line whose wordings are all used is left out).
 */
export function reasonsForList(items: readonly ListReasonItem[], ctx: ListReasonContext): string[] {
  const out: string[] = [];
  let used = new Set<string>();
  for (let start = 0; start < items.length; start += REASON_BLOCK) {
    used = new Set<string>();
    const block = items.slice(start, start + REASON_BLOCK);
    const lyrics = block.map((it) => (it.parts.lyric !== null && it.parts.lyric >= LYRIC_BEST_MIN ? it.parts.lyric : null));
    const bestLyric = block.filter((_, i) => lyrics[i] !== null).length > 1 ? indexOfMax(lyrics) : -1;
    const bestMood = block.length > 1 ? indexOfMax(block.map((it) => it.parts.mood)) : -1;
    let farSaid = false;
    const opened = new Set<string>();
    block.forEach((it, i) => {
      const far = mixOverlap(ctx.userVector, it.song.vector) < FAR_OVERLAP;
      const leads = ctx.mode === 'similar' ? similarLeads(it, ctx, { bestLyric: i === bestLyric, bestMood: i === bestMood, firstFar: far && !farSaid }) : shiftLeads(it, ctx);
      if (far) farSaid = true;
      // Prefer a line that does not open like one already on the page ("분노가 서린 곡으로, …" twice
      // reads as a repeat); the exact-text rule alone keeps the guarantee.
      const lead =
        leads.find((l) => !used.has(l) && !opened.has(opening(l))) ?? leads.find((l) => !used.has(l)) ?? leads[leads.length - 1]!;
      opened.add(opening(lead));
      used.add(lead);
      const sentences = [lead];
      for (const group of extraGroups(it, lead)) {
        const pick = group.find((l) => !used.has(l));
        if (pick) {
          used.add(pick);
          sentences.push(pick);
        }
      }
      out.push(sentences.map((s) => s + '.').join(' '));
    });
  }
  return out;
}
