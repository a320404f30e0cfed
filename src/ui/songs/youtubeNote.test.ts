import { describe, expect, it } from 'vitest';
import { PLAYER_NOTE, YOUTUBE_NOTE, YOUTUBE_NOTED_KEY, takePlayerNote } from './youtubeNote';

function memory() {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), m };
}

describe('the YouTube note', () => {
  it('is said under the first player only', () => {
    const store = memory();
    expect(takePlayerNote(store)).toBe(true);
    expect(store.m.get(YOUTUBE_NOTED_KEY)).toBe('1');
    expect(takePlayerNote(store)).toBe(false);
  });

  it('is said rather than lost when storage is missing or refuses', () => {
    expect(takePlayerNote(null)).toBe(true);
    const refusing = { getItem: () => null, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } };
    expect(takePlayerNote(refusing)).toBe(true);
  });

  it('says that YouTube learns the song, and that the talk stays', () => {
    for (const line of [YOUTUBE_NOTE, PLAYER_NOTE]) {
      expect(line).toMatch(/YouTube/);
      expect(line).toMatch(/어떤 노래/);
      expect(line).toMatch(/대화/);
      expect(line).not.toMatch(/당신/);
    }
  });
});
