/** Display helpers for the seven emotions: colours (per theme), rounded percentages, sentences. */
import { EMOTION_KO, EMOTIONS, mixFromArray, type EmotionId, type EmotionMix } from '../../ml/emotions';

/** Slice colours; every one keeps ≥ 3:1 against its theme's card surface. */
export const EMOTION_COLORS: Record<'light' | 'dark', Record<EmotionId, string>> = {
  light: {
    joy: '#b57c05',
    sadness: '#3f6fb0',
    anger: '#c0462f',
    anxiety: '#7d5cb8',
    hurt: '#b8587a',
    embarrassment: '#c2661a',
    neutral: '#75808d',
  },
  dark: {
    joy: '#f1c453',
    sadness: '#7fa9e6',
    anger: '#f08a74',
    anxiety: '#b69be6',
    hurt: '#ea93b2',
    embarrassment: '#f4a766',
    neutral: '#a7b1bd',
  },
};

export function toMix(value: EmotionMix | readonly number[]): EmotionMix {
  return Array.isArray(value) ? mixFromArray(value as number[]) : (value as EmotionMix);
}

export interface EmotionShare {
  id: EmotionId;
  label: string;
  /** Share 0..1 after normalising. */
  value: number;
  /** Whole percent; the seven add up to exactly 100 (largest remainder). */
  percent: number;
}

/** The seven shares in EMOTIONS order, normalised, with whole percentages adding up to 100. */
export function emotionShares(value: EmotionMix | readonly number[]): EmotionShare[] {
  const mix = toMix(value);
  const raw = EMOTIONS.map((id) => Math.max(0, Number(mix[id]) || 0));
  const total = raw.reduce((a, b) => a + b, 0);
  const shares = total > 0 ? raw.map((v) => v / total) : raw.map((_, i) => (EMOTIONS[i] === 'neutral' ? 1 : 0));
  const floors = shares.map((s) => Math.floor(s * 100));
  let left = 100 - floors.reduce((a, b) => a + b, 0);
  const order = shares.map((s, i) => ({ i, r: s * 100 - floors[i]! })).sort((a, b) => b.r - a.r);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i]! += 1;
    left -= 1;
  }
  return EMOTIONS.map((id, i) => ({ id, label: EMOTION_KO[id], value: shares[i]!, percent: floors[i]! }));
}

/** Said under the legend when emotions were left out of it (each under 1 %). */
export const LEGEND_REST = '그 밖의 감정은 거의 없었어요';

/**
 * The legend's rows, strongest first: only emotions at 1 % or more. A list of "당황 0% · 분노 0%
 * · 기쁨 0%" said nothing and made a screen reader read all seven rows. `rest` is true when
 * some were left out (LEGEND_REST says so).
 */
export function legendRows(shares: readonly EmotionShare[]): { rows: EmotionShare[]; rest: boolean } {
  const rows = [...shares].sort((a, b) => b.value - a.value).filter((s) => s.percent >= 1);
  return { rows, rest: rows.length < shares.length };
}

export function topShare(shares: readonly EmotionShare[]): EmotionShare {
  return shares.reduce((best, s) => (s.value > best.value ? s : best), shares[0]!);
}

/** "마음속에서 가장 큰 감정은 슬픔이에요 (42%)." — with the right Korean particle. */
export function topEmotionSentence(shares: readonly EmotionShare[]): string {
  const top = topShare(shares);
  return `지금 가장 크게 느껴지는 감정은 ${withCopula(top.label)} (${top.percent}%).`;
}

/** 슬픔 → 슬픔이에요, 기쁨 → 기쁨이에요, 불안 → 불안이에요, 분노 → 분노예요. */
export function withCopula(word: string): string {
  const last = word.charCodeAt(word.length - 1);
  const hasFinal = last >= 0xac00 && last <= 0xd7a3 && (last - 0xac00) % 28 !== 0;
  return `${word}${hasFinal ? '이에요' : '예요'}`;
}

/** The current theme as the user sees it (data-theme, else the system preference). */
export function currentTheme(): 'light' | 'dark' {
  if (typeof document === 'undefined') return 'light';
  const forced = document.documentElement.getAttribute('data-theme');
  if (forced === 'light' || forced === 'dark') return forced;
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
