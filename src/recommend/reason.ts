/**
 * One short Korean line per recommendation, built from the numbers that ranked it:
 *
 *   similar, lyric term applied:  "지금 감정과 87% 비슷하고, 가사도 내 이야기와 64% 닮아 있어요."
 *   similar, mood only:           "슬픔이 묻어나는 곡으로, 지금 감정과 87% 비슷해요."
 *   shift (joy not largest):      "슬픔을 덜고 기쁨 쪽으로 마음을 옮겨 줄 곡이에요 (기쁨 72%)."
 *                                 (화를 가라앉히고 / 불안을 덜고 / 상처를 어루만지고 / 당황한 마음을 추스르고)
 *   shift (mostly neutral):       "담담한 마음에 기쁨을 더해 줄 곡이에요 (기쁨 72%)."
 *   shift (joy largest):          "들뜬 기쁨을 차분하게 가라앉혀 줄 곡이에요 (중립 41%)."
 *                                 "기쁜 마음에 잔잔한 여운을 더해 줄 곡이에요 (슬픔 38%)."
 *                                 (a glad user is not "moved towards anger": each emotion names
 *                                 what it adds to a good mood, see DEPTH_PHRASE)
 * followed, when they applied, by "전에 좋아한 곡이에요." and
 * "비슷한 마음이었던 다른 분들도 좋아했어요."
 */
import { EMOTION_KO, EMOTIONS, type EmotionId } from '../ml/emotions';
import { argmax, type Song } from './catalogue';
import type { RecommendationMode } from './feedback';
import { joyIsLargest } from './moodShift';
import type { ScoreParts } from './rank';

/** How a song's dominant emotion is described ("… 곡으로"). */
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
 * What a song adds to a glad mood, by its strongest non-joy emotion: the shift spreads joy over
 * the others, which for a user reads as depth or calm, not as being steered into sorrow or rage.
 */
const DEPTH_PHRASE: Record<Exclude<EmotionId, 'joy' | 'neutral'>, string> = {
  sadness: '기쁜 마음에 잔잔한 여운을 더해 줄',
  anger: '기쁨과는 다른 결의 뜨거운 감정이 담긴',
  anxiety: '설레는 마음에 두근거림을 살짝 더해 줄',
  hurt: '좋은 날에 지나온 마음도 돌아보게 해 줄',
  embarrassment: '들뜬 마음에 수줍은 설렘을 더해 줄',
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

function similarReason(r: ReasonInput): string {
  const mood = percent(r.parts.mood);
  if (r.parts.lyric !== null) {
    return `지금 감정과 ${mood}% 비슷하고, 가사도 내 이야기와 ${percent(r.parts.lyric)}% 닮아 있어요`;
  }
  return `${MOOD_PHRASE[r.song.dominant]} 곡으로, 지금 감정과 ${mood}% 비슷해요`;
}

function shiftReason(r: ReasonInput): string {
  const v = r.song.vector;
  if (!joyIsLargest(r.userVector)) {
    const joy = `기쁨 ${percent(r.song.emotions.joy)}%`;
    const from = EMOTIONS[argmax(r.userVector)]!;
    if (from === 'neutral' || from === 'joy') return `담담한 마음에 기쁨을 더해 줄 곡이에요 (${joy})`;
    return `${EASE_PHRASE[from]} 기쁨 쪽으로 마음을 옮겨 줄 곡이에요 (${joy})`;
  }
  // Joy is the user's largest emotion: name the song's strongest other emotion.
  let best = -1;
  EMOTIONS.forEach((id, i) => {
    if (id !== 'joy' && (best < 0 || v[i]! > v[best]!)) best = i;
  });
  const to = EMOTIONS[best]!;
  const share = `${EMOTION_KO[to]} ${percent(v[best]!)}%`;
  if (to === 'neutral') return `들뜬 기쁨을 차분하게 가라앉혀 줄 곡이에요 (${share})`;
  // `best` skipped joy above, and neutral returned.
  return `${DEPTH_PHRASE[to as keyof typeof DEPTH_PHRASE]} 곡이에요 (${share})`;
}
