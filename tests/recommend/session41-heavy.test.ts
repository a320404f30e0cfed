/**
 * Session 41 (songasks): after a death or a grave illness told, the "기분을 바꿔 줄 노래" list leads
 * with songs that are not clearly upbeat, and its lines speak of comfort, not of leaving the feeling
 * (heavyStory.ts, reason.ts `heavy`). A sick twelve-year-old dog had got 박재범 「좋아」 "지금 마음에서
 * 한 걸음 더 벗어나 볼 곡이에요" and "기분 전환 삼아 들어 보기 좋은 곡이에요".
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { EMOTIONS, type EmotionId } from '../../src/ml/emotions';
import type { Catalogue } from '../../src/recommend/catalogue';
import { gentleFirst, toldHeavyStory, upbeat } from '../../src/recommend/heavyStory';
import { loadCatalogueFromDisk } from '../../src/recommend/node';
import { recommend } from '../../src/recommend/recommend';

const vec = (m: Partial<Record<EmotionId, number>>) => EMOTIONS.map((id) => m[id] ?? 0);
/** The mix the shipped model gave the tester's sick-dog conversation (c16): mostly neutral, then sadness. */
const SICK_DOG_MIX = vec({ joy: 0.03, sadness: 0.3, anger: 0.03, anxiety: 0.16, hurt: 0.03, embarrassment: 0.02, neutral: 0.43 });
const SICK_DOG = ['우리 강아지가 아파', '어제부터 밥을 안 먹어', '병원 갔는데 신장이 안 좋대', '12살이야', '내가 더 빨리 알아챘어야 했는데', '오늘 밤 옆에 있어줄 거야'];
const CHEERFUL = /벗어나|기분 전환|환기|새 바람|분위기를 바꿔|크게 바꿔|변화를 줄|담담한/u;

let shipped: Catalogue;
beforeAll(async () => {
  shipped = await loadCatalogueFromDisk();
}, 120_000);

describe('toldHeavyStory', () => {
  it('a death, or someone dear gravely ill', () => {
    for (const texts of [
      SICK_DOG,
      ['할머니가 돌아가셨어'],
      ['우리 고양이가 무지개다리 건넜어'],
      ['엄마가 많이 아프셔', '암이래'],
      ['아빠가 수술 들어가셨어'],
      ['강아지가 시한부 판정 받았어'],
    ]) {
      expect(toldHeavyStory(texts), texts.join('|')).toBe(true);
    }
  });
  it('not a small ache, a cold, someone busy, or 배고파 죽겠어', () => {
    for (const texts of [
      ['머리가 아파', '회사에서 너무 시달렸어'],
      ['배 아파 죽겠어'],
      ['친구가 아파서 약속 취소됐어'],
      ['감기 걸려서 병원 다녀왔어'],
      ['엄마가 나 때문에 마음 아파해'],
      ['친구랑 요즘 시간이 안 좋아'],
      ['배고파 죽겠어'],
    ]) {
      expect(toldHeavyStory(texts), texts.join('|')).toBe(false);
    }
  });
});

describe('the shift list after a grave story', () => {
  it('leads with songs that are not clearly upbeat, in words of comfort', () => {
    const list = recommend(shipped, { mix: SICK_DOG_MIX, seed: 1, mode: 'shift', k: 5, texts: SICK_DOG });
    expect(list).toHaveLength(5);
    for (const r of list) {
      expect(upbeat(r.song), `${r.song.title}`).toBe(false);
      expect(r.reason, r.song.title).not.toMatch(CHEERFUL);
    }
  });
  it('the same mix without such a story is unchanged (upbeat songs may lead, the usual lines)', () => {
    const plain = recommend(shipped, { mix: SICK_DOG_MIX, seed: 1, mode: 'shift', k: 5, texts: ['오늘 그냥 그랬어', '별일 없었어'] });
    const none = recommend(shipped, { mix: SICK_DOG_MIX, seed: 1, mode: 'shift', k: 5 });
    expect(plain.map((r) => r.song.id)).toEqual(none.map((r) => r.song.id));
    expect(none.some((r) => upbeat(r.song))).toBe(true);
  });
  it('nothing is removed: the upbeat songs follow on later pages', () => {
    const all = recommend(shipped, { mix: SICK_DOG_MIX, seed: 1, mode: 'shift', k: 200, texts: SICK_DOG });
    const plain = recommend(shipped, { mix: SICK_DOG_MIX, seed: 1, mode: 'shift', k: 200 });
    expect(new Set(all.map((r) => r.song.id))).toEqual(new Set(plain.map((r) => r.song.id)));
  });
  it('the similar list is left as it was', () => {
    const a = recommend(shipped, { mix: SICK_DOG_MIX, seed: 1, mode: 'similar', k: 5, texts: SICK_DOG });
    // Same talk topic (not love: romance.ts steps love songs back in both), no grave story.
    const b = recommend(shipped, { mix: SICK_DOG_MIX, seed: 1, mode: 'similar', k: 5, texts: ['오늘 그냥 그랬어', '강아지 산책시키고 왔어'] });
    expect(toldHeavyStory(['오늘 그냥 그랬어', '강아지 산책시키고 왔어'])).toBe(false);
    expect(a.map((r) => r.song.id)).toEqual(b.map((r) => r.song.id));
  });
  it('gentleFirst keeps the order within each group', () => {
    const songs = shipped.songs.slice(0, 40).map((song) => ({ song }));
    const out = gentleFirst(songs);
    expect(out).toHaveLength(songs.length);
    const calm = out.filter((s) => !upbeat(s.song));
    expect(out.slice(0, calm.length)).toEqual(songs.filter((s) => !upbeat(s.song)));
  });
});
