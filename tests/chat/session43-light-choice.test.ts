/**
 * Session 43 (light-choice.ts): a light everyday choice between two things is met lightly, not with
 * the model's anxiety («마음 쓰이는 게 많은 만큼 걱정도 크겠어요»).
 */
import { describe, expect, it } from 'vitest';
import { lightChoice, lightChoiceReply } from '../../src/chat/light-choice';
import { realModelPresent, talkThrough, useShippedChat } from './helpers';

describe('lightChoice', () => {
  it('two things with the same verb, or two ways to a meal', () => {
    const cases: Array<[string, string, string]> = [
      ['김치찌개 먹을까 돈까스 먹을까', '김치찌개', '돈까스'],
      ['점심은 떡볶이 먹을까 라면 먹을까?', '떡볶이', '라면'],
      ['검은 셔츠 입을까 흰 셔츠 입을까', '검은 셔츠', '흰 셔츠'],
      ['영화 볼까 드라마 볼까 ㅋㅋ', '영화', '드라마'],
      ['라면을 끓일까 아니면 짜장면을 시킬까', '라면', '짜장면'],
      ['커피 마실까 녹차 마실까', '커피', '녹차'],
    ];
    for (const [t, a, b] of cases) expect(lightChoice(t), t).toMatchObject({ a, b });
  });
  it('not a choice with 말까, two verbs, one thing, or anything about medicine, drink, a hospital or harm', () => {
    for (const t of ['약 먹을까 말까', '수면제 먹을까 그냥 잘까', '회사 갈까 말까', '병원 갈까 집에 갈까', '죽을까 살까', '고백할까 말까', '소주 마실까 맥주 마실까', '진통제 먹을까 두통약 먹을까', '옥상 갈까 한강 갈까', '김치찌개 먹을까', '뭐 먹을까 뭐 먹을까', '헤어질까 참을까'])
      expect(lightChoice(t), t).toBeNull();
  });
  it('the reply says both back with the right ending and leaves the choice to the user', () => {
    expect(lightChoiceReply(lightChoice('떡볶이 먹을까 라면 먹을까')!)).toMatch(/^떡볶이냐 라면이냐, 둘 다 당기니/u);
    expect(lightChoiceReply(lightChoice('영화 볼까 드라마 볼까')!)).toMatch(/^영화냐 드라마냐, 둘 다 끌리니/u);
  });
});

describe.skipIf(!realModelPresent())('a light choice in the chat (shipped model)', () => {
  const shipped = useShippedChat();
  it('is met lightly, once', async () => {
    const rs = await talkThrough(shipped().engine, ['오늘 점심 뭐 먹을지 고민이야', '김치찌개 먹을까 돈까스 먹을까']);
    expect(rs[1]!.reply).toMatch(/^김치찌개냐 돈까스냐/u);
    expect(rs[1]!.reply).not.toMatch(/걱정|마음을 편하게/u);
  }, 60_000);
  it('care comes first when the choice is about medicine', async () => {
    const rs = await talkThrough(shipped().engine, ['요즘 잠을 못 자', '수면제 먹을까 그냥 잘까']);
    expect(rs[1]!.reply).not.toMatch(/둘 다 당기니|둘 다 끌리니/u);
  }, 60_000);
});
