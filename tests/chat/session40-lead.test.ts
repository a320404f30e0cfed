/**
 * Session 40 (lead): laughter told in a glad story is gladness (glad-signs.ts), and a request for
 * songs after three turns of any talk opens them (engine.ts TALK_TURNS_FOR_SONGS). Both from a
 * tester who used the app as a grandparent.
 */
import { describe, expect, it } from 'vitest';
import { laughedGladly } from '../../src/chat/glad-signs';
import { realModelPresent, talkThrough, useShippedChat } from './helpers';

describe('laughedGladly', () => {
  it('hears people laughing together as glad', () => {
    for (const t of ['가족들이 다 모여서 웃었어요', '다 같이 웃으면서 밥 먹었어', '오랜만에 웃음꽃이 폈어요', '애들이랑 깔깔대고 놀았어'])
      expect(laughedGladly(t), t).toBe(true);
  });
  it('not bitter, forced or left-out laughter', () => {
    for (const t of ['어이가 없어서 헛웃음만 나왔어요', '다들 웃었는데 나만 못 웃었어', '억지로 웃었어요', '사람들이 나를 비웃었어', '웃었지만 속은 상했어요', '웃었는데 눈물이 났어', '혼자 웃었어 ㅠㅠ', '웃을 일이 하나도 없어요'])
      expect(laughedGladly(t), t).toBe(false);
  });
});

describe.skipIf(!realModelPresent)('with the shipped model', () => {
  const chat = useShippedChat();
  const engine = () => chat().engine;

  it("a grandparent's glad day: the family laughing together is not told as hurt", async () => {
    const rs = await talkThrough(engine(), ['오늘은 손녀가 처음으로 걸었어요', '너무 기쁘고 행복했어요', '가족들이 다 모여서 웃었어요']);
    expect(rs[2]!.reply).not.toMatch(/쓰라|아팠|서운|속상|무겁/u);
  });

  it('a request after three short lines of an ordinary day opens the songs; after a greeting and one line it still asks first', async () => {
    const a = await talkThrough(engine(), ['오늘은 그냥 평범한 하루였어요', '산책하고 밥 먹고 티비 봤어요', '별일 없었어요', '노래 하나 들려줘요']);
    expect(a[3]!.action).toBe('open_recommendations');
    const b = await talkThrough(engine(), ['안녕', '별일 없었어요', '노래 하나 들려줘요']);
    expect(b[2]!.action).toBe('need_more');
  });
});
