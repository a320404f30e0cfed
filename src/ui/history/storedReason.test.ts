import { describe, expect, it } from 'vitest';
import { EMOTIONS, type EmotionId } from '../../ml/emotions';
import { recordFeelings, storedSongReason } from './storedReason';

/** A 7-vector from a few shares. */
const mix = (shares: Partial<Record<EmotionId, number>>) => EMOTIONS.map((id) => shares[id] ?? 0);

const sadAnxious = mix({ sadness: 0.45, anxiety: 0.3, neutral: 0.15, hurt: 0.1 });
const sadSong = mix({ sadness: 0.5, hurt: 0.2, neutral: 0.3 });
const brightSong = mix({ joy: 0.7, neutral: 0.3 });

describe('the reason of a song re-read on 기록', () => {
  it('names the feelings of the record in words, with the song\'s shared emotion', () => {
    expect(storedSongReason('이 일기를 쓸 때', sadAnxious, sadSong)).toBe(
      '이 일기를 쓸 때 슬픔과 불안이 컸던 마음에 맞춰 골라 둔 곡이에요. 곡에도 슬픔이 담겨 있어요.',
    );
    expect(storedSongReason('이 일기를 쓸 때', sadAnxious, brightSong)).toBe(
      '이 일기를 쓸 때 슬픔과 불안이 컸던 마음에 맞춰 골라 둔 곡이에요.',
    );
    const hurtEmbarrassed = mix({ hurt: 0.4, embarrassment: 0.35, anxiety: 0.25 });
    expect(storedSongReason('이 대화를 나눌 때', hurtEmbarrassed, mix({ embarrassment: 0.5, hurt: 0.3, joy: 0.2 }))).toBe(
      '이 대화를 나눌 때 상처와 당혹감이 컸던 마음에 맞춰 골라 둔 곡이에요. 곡에도 당혹감과 상처가 담겨 있어요.',
    );
  });

  it('says what a shift list was for', () => {
    expect(storedSongReason('이 대화를 나눌 때', sadAnxious, brightSong, 'shift')).toBe(
      '이 대화를 나눌 때 슬픔과 불안이 컸던 마음이 조금 가벼워지도록 골라 둔 곡이에요.',
    );
    expect(storedSongReason('이 대화를 나눌 때', mix({ joy: 0.8, neutral: 0.2 }), sadSong, 'shift')).toBe(
      '이 대화를 나눌 때 기쁨이 컸던 마음에 차분함을 더하려고 골라 둔 곡이에요.',
    );
    expect(storedSongReason('이 대화를 나눌 때', mix({ neutral: 0.9, joy: 0.1 }), brightSong, 'shift')).toBe(
      '이 대화를 나눌 때 담담했던 마음에 밝은 기운을 더하려고 골라 둔 곡이에요.',
    );
  });

  it('reads a mostly neutral record as 담담했던, and an empty one says only when', () => {
    expect(storedSongReason('이 일기를 쓸 때', mix({ neutral: 0.85, joy: 0.15 }), brightSong)).toBe(
      '이 일기를 쓸 때 담담했던 마음에 맞춰 골라 둔 곡이에요.',
    );
    expect(storedSongReason('이 일기를 쓸 때', mix({}), brightSong)).toBe('이 일기를 쓸 때 골라 둔 곡이에요.');
  });

  it('never shows a number', () => {
    for (const mode of ['similar', 'shift'] as const) {
      for (const mood of [sadAnxious, mix({ joy: 1 }), mix({ neutral: 1 }), mix({ anger: 0.6, hurt: 0.4 })]) {
        expect(storedSongReason('이 대화를 나눌 때', mood, sadSong, mode)).not.toMatch(/\d|%/);
      }
    }
  });

  it('picks at most two feelings, each large enough, neutral left out', () => {
    expect(recordFeelings(sadAnxious)).toEqual(['sadness', 'anxiety']);
    expect(recordFeelings(mix({ anger: 0.5, neutral: 0.3, hurt: 0.2 }))).toEqual(['anger']);
    expect(recordFeelings(mix({ joy: 0.4, sadness: 0.15, anxiety: 0.15, hurt: 0.15, neutral: 0.15 }))).toEqual(['joy']);
  });
});
