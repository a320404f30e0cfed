/**
 * Short factual answers (src/chat/short-answer.ts): "82세요" and "고3이야" got "많이 속상했겠어요",
 * "중학생" the reply for parents of a teenager (session 31).
 */
import { describe, expect, it } from 'vitest';
import { createChatEngine } from '../../src/chat/engine';
import { isShortFact, SHORT_FACT_REPLIES } from '../../src/chat/short-answer';
import { fakeAnalyze, fakeIndex } from './helpers';

describe('short factual answers', () => {
  it('are ages, school years, occupations, numbers and dates said alone', () => {
    for (const t of ['82세요', '고3이야', '중학생', '27', '다음달 20일', '스물아홉이요', '할머니는 82세세요', '우리 애는 중2예요', '내일이요', '저 대학생이에요', '나 고딩임 ㅋㅋ', '30대 초반이요'.normalize('NFD'), '2천', '한 2천만 원', '10시', '오후 3시 반이요', '세 번 정도입니다', '두 번']) {
      expect(isShortFact(t), t).toBe(true);
    }
    // Durations are told-duration.ts's; a place, a person or a feeling is not a bare fact.
    for (const t of ['3년', '회사', '민수요', '엄마', '배고파', '저 40대 직장인인데요 요즘 너무 힘들어요', '고3인데 공부가 안 돼', '2천 날렸어', '10시까지 야근했어', '세 번이나 떨어졌어', '한 번만 더']) expect(isShortFact(t), t).toBe(false);
  });

  it('are acknowledged without a feeling read into them, and the story goes on', async () => {
    const e = createChatEngine({ analyze: fakeAnalyze, index: fakeIndex(), seed: 3 });
    let s = e.newConversation();
    s = (await e.reply(s, '할머니가 치매 진단을 받으셨어요 너무 슬퍼')).state;
    const r = await e.reply(s, '82세요');
    expect(SHORT_FACT_REPLIES.some((a) => r.reply.startsWith(a))).toBe(true);
    expect(r.kind).toBe('followup');
    expect(r.reply).not.toMatch(/속상했겠|화가|축하/u);
  });
});
