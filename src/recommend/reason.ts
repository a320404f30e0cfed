/**
 * One short Korean line per recommendation, built from the numbers that ranked it:
 *
 *   similar, lyrics close:        "지금 감정과 87% 비슷하고, 가사도 내 이야기와 48% 닮아 있어요."
 *                                 (only when the lyric cosine ≥ LYRIC_QUOTE_MIN)
 *   similar, same emotion:        "슬픔이 묻어나는 곡으로, 지금 감정과 87% 비슷해요."
 *   similar, another emotion:     "지금 마음과 87% 비슷한 분위기의 곡이에요."
 *   shift (joy not largest):      "슬픔을 덜고 기쁨 쪽으로 마음을 옮겨 줄 곡이에요 (기쁨 72%)."
 *                                 (화를 가라앉히고 / 불안을 덜고 / 상처를 어루만지고 / 당황한 마음을 추스르고)
 *   shift, song not joy-led:      "지금과는 결이 다른 곡으로, 기쁨도 38% 담겨 있어요."
 *   shift (mostly neutral):       "담담한 마음에 기쁨을 더해 줄 곡이에요 (기쁨 72%)."
 *   shift (joy largest):          "마음을 차분하게 가라앉혀 줄 곡이에요."
 *                                 "밝은 기운 속에 잔잔한 여운이 남는 곡이에요." (joy-led song)
 *                                 "잔잔한 여운이 남는 곡이에요." (song led by another emotion)
 *                                 (no percentages, and the user's mood is not named: see below)
 * followed, when they applied, by "전에 좋아한 곡이에요." and
 * "비슷한 마음이었던 다른 분들도 좋아했어요."
 *
 * Session 37 (testers' report): a glowing first-date user read "(분노 16%)", a mortified
 * student "분노가 서린 곡으로", and every similar song claimed "가사도 내 이야기와 36% 닮아
 * 있어요" however ordinary the match. So: no share of a negative emotion is ever shown as a
 * number (the song's joy share and the mood/lyric matches are); a song is named by its own
 * emotion only when that is the user's emotion too; the lyric match is quoted only when it is
 * in the top tenth of the catalogue's distribution (LYRIC_QUOTE_MIN).
 */
import { EMOTIONS, type EmotionId } from '../ml/emotions';
import { argmax, type Song } from './catalogue';
import type { RecommendationMode } from './feedback';
import { joyIsLargest } from './moodShift';
import type { ScoreParts } from './rank';

/**
 * The lyric match is quoted only from this cosine up: the 90th percentile of
 * cos(user words, song lyrics) over every pair of 24 varied stories × the 224 songs
 * (`npm run --silent recommend:variety -- --lyric-stats`: p50 0.31, p75 0.37, p90 0.42,
 * p95 0.45). Below it "N% 닮아 있어요" would present an ordinary match as a resemblance.
 */
export const LYRIC_QUOTE_MIN = 0.42;

/** How a song's dominant emotion is described ("… 곡으로"), used only when the user feels it too. */
const MOOD_PHRASE: Record<EmotionId, string> = {
  joy: '밝은 기운이 담긴',
  sadness: '슬픔이 묻어나는',
  anger: '분노가 서린',
  anxiety: '불안이 스며 있는',
  hurt: '상처가 배어 있는',
  embarrassment: '당혹감이 담긴',
  neutral: '담담한',
};

/** What a mood-shift song eases, for each non-joy emotion but neutral ("… 기쁨 쪽으로"). */
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
 */
const BRIGHT_WITH: Record<Exclude<EmotionId, 'joy' | 'neutral'>, string> = {
  sadness: '밝은 기운 속에 잔잔한 여운이 남는',
  anger: '밝으면서도 힘 있는 감정이 실린',
  anxiety: '밝은 기운에 두근거림이 살짝 섞인',
  hurt: '밝은 기운 속에 지나온 마음도 돌아보게 하는',
  embarrassment: '밝은 기운에 수줍은 설렘이 섞인',
};

/**
 * A song led by another emotion, for a user whose joy is (perhaps only just) largest: what the
 * song holds, without naming the user's mood — an exhausted worker read as joy 0.57 was told
 * "기쁜 마음에 …" before session 37.
 */
const DEPTH_PHRASE: Record<Exclude<EmotionId, 'joy' | 'neutral'>, string> = {
  sadness: '잔잔한 여운이 남는',
  anger: '힘 있는 감정이 담긴',
  anxiety: '두근거리는 마음이 담긴',
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
}

export function reasonFor(r: ReasonInput): string {
  const sentences = [r.mode === 'similar' ? similarReason(r) : shiftReason(r)];
  if (r.liked) sentences.push('전에 좋아한 곡이에요');
  if (r.community !== null && r.community > 0.5) sentences.push('비슷한 마음이었던 다른 분들도 좋아했어요');
  return sentences.map((s) => s + '.').join(' ');
}

/** Whether a lyric cosine is high enough to be quoted to the user (see LYRIC_QUOTE_MIN). */
export function lyricWorthQuoting(lyric: number | null): lyric is number {
  return lyric !== null && lyric >= LYRIC_QUOTE_MIN;
}

function similarReason(r: ReasonInput): string {
  const mood = percent(r.parts.mood);
  if (lyricWorthQuoting(r.parts.lyric)) {
    return `지금 감정과 ${mood}% 비슷하고, 가사도 내 이야기와 ${percent(r.parts.lyric)}% 닮아 있어요`;
  }
  if (r.song.dominant === EMOTIONS[argmax(r.userVector)]) return `${MOOD_PHRASE[r.song.dominant]} 곡으로, 지금 감정과 ${mood}% 비슷해요`;
  // Led by another emotion than the user's (often a mislabelled song, see the README): say
  // only what the numbers show, the overall match.
  return `지금 마음과 ${mood}% 비슷한 분위기의 곡이에요`;
}

/** The strongest emotion of a vector other than joy. */
function strongestBesideJoy(v: ArrayLike<number>): EmotionId {
  let best = -1;
  EMOTIONS.forEach((id, i) => {
    if (id !== 'joy' && (best < 0 || v[i]! > v[best]!)) best = i;
  });
  return EMOTIONS[best]!;
}

function shiftReason(r: ReasonInput): string {
  if (!joyIsLargest(r.userVector)) {
    const joy = percent(r.song.emotions.joy);
    // recommend.ts leaves out songs led by the emotion being eased; one led by yet another
    // emotion is only "different", and joy is the only share shown.
    if (r.song.dominant !== 'joy') return `지금과는 결이 다른 곡으로, 기쁨도 ${joy}% 담겨 있어요`;
    const from = EMOTIONS[argmax(r.userVector)]!;
    if (from === 'neutral' || from === 'joy') return `담담한 마음에 기쁨을 더해 줄 곡이에요 (기쁨 ${joy}%)`;
    return `${EASE_PHRASE[from]} 기쁨 쪽으로 마음을 옮겨 줄 곡이에요 (기쁨 ${joy}%)`;
  }
  // Joy is the user's largest emotion: what the song adds, in words only.
  const to = strongestBesideJoy(r.song.vector);
  if (to === 'neutral') return '마음을 차분하게 가라앉혀 줄 곡이에요';
  const key = to as keyof typeof DEPTH_PHRASE;
  return `${r.song.dominant === 'joy' ? BRIGHT_WITH[key] : DEPTH_PHRASE[key]} 곡이에요`;
}
