import { describe, expect, it } from 'vitest';
import { EMOTIONS, type EmotionId } from '../../ml/emotions';
import { emotionChip } from './emotionChip';

/** Probabilities in EMOTIONS order from a partial record (the rest 0). */
const p = (values: Partial<Record<EmotionId, number>>) => EMOTIONS.map((e) => values[e] ?? 0);

describe('emotionChip', () => {
  it('shows a confident emotion', () => {
    expect(emotionChip({ emotions: p({ sadness: 0.97, anxiety: 0.02 }), text: '요즘 너무 우울해요', replyKind: 'retrieval' })).toBe('sadness');
    expect(emotionChip({ emotions: p({ anger: 0.6, hurt: 0.3 }), text: '상사한테 혼나서 화가 나요' })).toBe('anger');
  });
  it('hides an unsure verdict: a low top, or a close runner-up', () => {
    // "오늘 회사에서 진짜 너무 지쳤어요": neutral 0.33, joy 0.25, sadness 0.23 (the model's output).
    expect(emotionChip({ emotions: p({ neutral: 0.33, joy: 0.25, sadness: 0.23 }), text: '오늘 회사에서 진짜 너무 지쳤어요' })).toBeNull();
    expect(emotionChip({ emotions: p({ sadness: 0.35, joy: 0.34, anxiety: 0.15 }), text: '야근이 너무 많아요' })).toBeNull();
    expect(emotionChip({ emotions: p({ sadness: 0.54, hurt: 0.2 }), text: '속상해요' })).toBeNull();
    expect(emotionChip({ emotions: p({ sadness: 0.6, hurt: 0.41 }), text: '속상해요' })).toBeNull();
  });
  it('never shows 중립', () => {
    expect(emotionChip({ emotions: p({ neutral: 0.95, anger: 0.02 }), text: '그냥 그래요' })).toBeNull();
  });
  it('never under a song request or other talk about the chat, nor a safety turn', () => {
    expect(emotionChip({ emotions: p({ joy: 0.9 }), text: '신나는 노래 틀어 줘', replyKind: 'meta' })).toBeNull();
    expect(emotionChip({ emotions: p({ sadness: 0.9 }), text: '다 그만두고 싶어요', replyKind: 'safety' })).toBeNull();
  });
  it('never under a message without words (ㅋㅋ, ㅠㅠ, emoji)', () => {
    expect(emotionChip({ emotions: p({ anger: 0.9 }), text: 'ㅋ'.repeat(80) })).toBeNull();
    expect(emotionChip({ emotions: p({ sadness: 0.9 }), text: 'ㅠㅠㅠ 😢' })).toBeNull();
  });
  it('ignores broken input', () => {
    expect(emotionChip({ emotions: [], text: '좋아요' })).toBeNull();
    expect(emotionChip({ emotions: p({ joy: Number.NaN }), text: '좋아요' })).toBeNull();
  });
});
