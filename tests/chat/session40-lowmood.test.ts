/**
 * Session 40 (lowmood): signs of a low mood told plainly are said back (low-mood-signs.ts), and two
 * of them add where to turn if such days go on.
 */
import { describe, expect, it } from 'vitest';
import { LOW_MOOD_ADVICE_ID, lowMoodReply, lowMoodSign } from '../../src/chat/low-mood-signs';
import { realModelPresent, talkThrough, useShippedChat } from './helpers';

describe('lowMoodSign', () => {
  it('hears food not going down, everything a chore, nothing any fun', () => {
    expect(lowMoodSign('밥도 잘 안 먹혀요')).toBe('appetite');
    expect(lowMoodSign('요즘 입맛이 하나도 없어')).toBe('appetite');
    expect(lowMoodSign('먹고 싶은 게 없어요')).toBe('appetite');
    expect(lowMoodSign('딱히 이유는 없는데 그냥 다 귀찮아요')).toBe('chore');
    expect(lowMoodSign('씻기도 귀찮아')).toBe('chore');
    expect(lowMoodSign('하루 종일 누워만 있어요')).toBe('chore');
    expect(lowMoodSign('좋아하던 게임도 재미없어')).toBe('no_joy');
    expect(lowMoodSign('아무 의욕이 없어요')).toBe('no_joy');
  });
  it('not a diet, an upset stomach, someone else, a question, or plain tastes', () => {
    for (const t of ['다이어트 중이라 밥을 안 먹어', '장염이라 밥을 못 먹어요', '바빠서 밥 먹을 시간이 없었어', '엄마가 요즘 입맛이 없대', '강아지가 밥을 안 먹어요', '입맛 없을 때 뭐 먹어?', '밥 먹었어요', '오늘 점심 맛있었어', '귀찮은 일이 하나 생겼어', '숙제가 재미없어'])
      expect(lowMoodSign(t), t).toBeNull();
  });
});

describe('lowMoodReply', () => {
  it('says a sign back once, asks how long; a second sign adds where to turn, once', () => {
    const first = lowMoodReply('chore', []);
    expect(first?.text).toMatch(/얼마나 이어졌어요/u);
    expect(first?.text).not.toMatch(/1577-0199/u);
    expect(lowMoodReply('chore', [first!.id])).toBeNull();
    const second = lowMoodReply('appetite', [first!.id]);
    expect(second?.text).toMatch(/2주 넘게[^.]*1577-0199/u);
    expect(lowMoodReply('no_joy', [first!.id, second!.id, LOW_MOOD_ADVICE_ID])?.text).not.toMatch(/1577-0199/u);
  });
});

describe.skipIf(!realModelPresent)('with the shipped model', () => {
  const chat = useShippedChat();
  it('a low month told in three turns: each sign said back, then where to turn', async () => {
    const rs = await talkThrough(chat().engine, ['요즘 그냥 좀 우울해요', '딱히 이유는 없는데 그냥 다 귀찮아요', '밥도 잘 안 먹혀요']);
    expect(rs[1]!.reply).toMatch(/귀찮/u);
    expect(rs[2]!.reply).toMatch(/밥도 잘 안 넘어갈/u);
    expect(rs[2]!.reply).toMatch(/1577-0199/u);
    for (const r of rs) expect(r.safety).toBeNull();
  });
});
