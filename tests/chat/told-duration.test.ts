/**
 * A length of time told in a story is taken up (src/chat/told-duration.ts).
 */
import { describe, expect, it } from 'vitest';
import { durationReflection, toldDuration } from '../../src/chat/told-duration';
import { createChatEngine } from '../../src/chat/engine';
import { fakeAnalyze, fakeIndex } from './helpers';

describe('a length of time told', () => {
  it('is found as time spent or since, and not in plans, dates or ages', () => {
    expect(toldDuration('30년 같이 살았어요')).toBe('30년');
    expect(toldDuration('8주였어요'.normalize('NFD'))).toBe('8주');
    expect(toldDuration('석 달 됐어요')).toBe('석 달');
    expect(toldDuration('3년 반이요')).toBe('3년 반');
    for (const t of ['2주 후에 이사해', '3년 뒤에 갈 거야', '4박5일이요', '서른아홉이요 시간이 없어요', '작년 겨울에 갔어요', '14살이었어요', '3월 2일이 입학식이에요']) expect(toldDuration(t), t).toBeNull();
  });

  it('is reflected in the story’s mood, with the right particle, and not at all in plain talk', () => {
    expect(durationReflection('30년', 'sadness', '30년 같이 살았어요')).toMatch(/^30년이면 /u);
    expect(durationReflection('8주', 'sadness', '8주였어요')).toMatch(/^8주라는 /u);
    expect(durationReflection('석 달', 'hurt', '이혼한 지 석 달 됐어요')).toMatch(/^벌써 석 달이 지났군요. 그동안 마음고생/u);
    expect(durationReflection('7년', 'sadness', '결혼한지 7년')).toMatch(/^벌써 7년이 지났군요. 그 시간 동안/u);
    expect(toldDuration('5년째 다니는데 이런 적 처음이야')).toBeNull();
    expect(durationReflection('2주', 'anxiety', '입원한 지 2주 됐어')).toMatch(/^벌써 2주가 지났군요/u);
    expect(durationReflection('1년', 'joy', '1년 준비했어')).toMatch(/애써 온/u);
    expect(durationReflection('4년', 'joy', '4년째 다니는 중')).toBeNull();
    expect(durationReflection('3년', 'neutral', '3년 됐어')).toBeNull();
  });

  // Session 30: "30년 같이 살았어요" after a husband's death got "그 마음, 충분히 이해돼요. 지금 이 순간
  // 마음은 좀 어때요?".
  it('takes up the length in the engine, in the story of a loss', async () => {
    const e = createChatEngine({ analyze: fakeAnalyze, index: fakeIndex({ threshold: 2 }), seed: 2 });
    const a = await e.reply(e.newConversation(), '남편이 작년에 먼저 갔어요');
    expect(a.intent).toBe('life:bereavement');
    const b = await e.reply(a.state, '30년 같이 살았어요');
    expect(b.reply).toMatch(/^30년이면 정말 긴 시간이에요/u);
    expect(b.state.turns.at(-1)!.mood).toBe('sadness');
  });
});
