/**
 * Guards on intents whose replies presume what a short turn may not say (src/chat/intent-guards.ts).
 */
import { describe, expect, it } from 'vitest';
import { isHungerOnly, presumesUnsaid } from '../../src/chat/intent-guards';
import { loadCorpus } from '../../scripts/dialogue/corpus';

describe('intent guards', () => {
  it('hold back the sick-child and feeling-unwell intents from a turn with no sign of illness, and no example of their own', () => {
    expect(presumesUnsaid('parenting_child_sick', '아이가 말을 안 들어서 힘들어')).toBe(true);
    expect(presumesUnsaid('parenting_child_sick', '애가 열이 나서 밤새 못 잤어')).toBe(false);
    expect(presumesUnsaid('parenting_child_sick', '아이가 구내염 때문에 물도 안 마셔요')).toBe(false);
    // "밥도 못 먹겠어" after a break-up is grief, not a stomach upset: feeling unwell needs the body.
    expect(presumesUnsaid('life_health_feeling_unwell', '밥도 못 먹겠어')).toBe(true);
    expect(presumesUnsaid('life_health_feeling_unwell', '아침부터 머리가 지끈거려')).toBe(false);
    // Other intents are not guarded.
    expect(presumesUnsaid('parenting_exhausted', '아이가 말을 안 들어서 힘들어')).toBe(false);
    const held = loadCorpus()
      .intents.flatMap((it) => [...it.examples, ...it.heldout].filter((t) => presumesUnsaid(it.id, t)).map((t) => `${it.id}: ${t}`));
    expect(held).toEqual([]);
  });

  it('find hunger told alone, and not hunger inside another story or with the body unwell', () => {
    for (const t of ['배고파', '아 배고프다', '배고파 죽겠어 ㅠㅠ', '출출하다', '배고픈데 뭐 먹지', '배가 너무 고파요', '진짜 배고파요'.normalize('NFD')]) {
      expect(isHungerOnly(t), t).toBe(true);
    }
    for (const t of ['배고파서 라면 끓였어', '배고픈데 속이 쓰려', '배고프다고 했더니 엄마가 화냈어', '긴장 풀리니까 배고프다 ㅋㅋ 면접 끝났어', '배가 아파', '']) {
      expect(isHungerOnly(t), t).toBe(false);
    }
    // Only the meals intent's own examples are hunger alone.
    const others = loadCorpus()
      .intents.filter((it) => it.id !== 'life_daily_what_i_ate')
      .flatMap((it) => [...it.examples, ...it.heldout].filter(isHungerOnly).map((t) => `${it.id}: ${t}`));
    expect(others).toEqual([]);
  });
});
