/** The seven emotions, in the order every model output, vector and file uses. */
export const EMOTIONS = ['joy', 'sadness', 'anger', 'anxiety', 'hurt', 'embarrassment', 'neutral'] as const;
export type EmotionId = (typeof EMOTIONS)[number];
export type EmotionMix = Record<EmotionId, number>;

export const EMOTION_KO: Record<EmotionId, string> = {
  joy: '기쁨',
  sadness: '슬픔',
  anger: '분노',
  anxiety: '불안',
  hurt: '상처',
  embarrassment: '당황',
  neutral: '중립',
};

export function mixFromArray(values: ArrayLike<number>): EmotionMix {
  const mix = {} as EmotionMix;
  EMOTIONS.forEach((id, i) => {
    mix[id] = Number(values[i] ?? 0);
  });
  return mix;
}

export function mixToArray(mix: EmotionMix): number[] {
  return EMOTIONS.map((id) => mix[id] ?? 0);
}

export function emptyMix(): EmotionMix {
  return mixFromArray(new Array(EMOTIONS.length).fill(0));
}

export function normalizeMix(mix: EmotionMix): EmotionMix {
  const total = EMOTIONS.reduce((s, id) => s + Math.max(0, mix[id]), 0);
  if (total <= 0) return mixFromArray([0, 0, 0, 0, 0, 0, 1]);
  return mixFromArray(EMOTIONS.map((id) => Math.max(0, mix[id]) / total));
}

export function topEmotion(mix: EmotionMix): EmotionId {
  let best: EmotionId = 'neutral';
  let bestValue = -Infinity;
  for (const id of EMOTIONS) {
    if (mix[id] > bestValue) {
      best = id;
      bestValue = mix[id];
    }
  }
  return best;
}

export function isEmotionId(value: unknown): value is EmotionId {
  return typeof value === 'string' && (EMOTIONS as readonly string[]).includes(value);
}
