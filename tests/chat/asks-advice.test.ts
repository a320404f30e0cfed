/**
 * Questions about what the user should do are taken up, not passed over (src/chat/asks-advice.ts).
 */
import { describe, expect, it } from 'vitest';
import { ADVICE_REPLIES, asksWhatToDo, CARE_REPLIES } from '../../src/chat/asks-advice';
import { createChatEngine } from '../../src/chat/engine';
import { fakeAnalyze, fakeIndex } from './helpers';

describe('asks what to do', () => {
  it('finds a question about an action of the user\'s own, and not distress, open questions, reassurance or questions to the bot', () => {
    for (const t of ['며칠만 기다려달라고 해볼까요?', '먼저 연락해야 할까?', '회사에 말해야 하나', '병원 가봐야 할까', '남을까 말까', '그냥 참아야 하나요', '헤어지는 게 맞을까요?', '내일 또 말 걸어볼까?'.normalize('NFD')]) {
      expect(asksWhatToDo(t), t).toBe(true);
    }
    for (const t of ['나 어떡해', '장례식장에서 뭐라고 해야 돼?', '그래도 병원 간 건 잘한 거겠죠?', '너는 좋아하는 노래 있어?', '오늘 비 올까?', '제가 뭘 잘못한 걸까요', '퇴사할까 고민이야', '']) {
      expect(asksWhatToDo(t), t).toBe(false);
    }
  });

  // Session 29: "며칠만 기다려달라고 해볼까요?" got "혼자 그 걱정을 다 안고 있느라 힘들었겠어요. 비슷하게
  // 불안했던 때에는 어떻게 지나왔어요?".
  it('answers such a question, when no intent does, with a reply that weighs the option, never the same twice', async () => {
    const e = createChatEngine({ analyze: fakeAnalyze, index: fakeIndex({ threshold: 2 }), seed: 7 });
    const a = await e.reply(e.newConversation(), '며칠만 기다려달라고 해볼까요?');
    expect(a.kind).toBe('followup');
    expect(ADVICE_REPLIES).toContain(a.reply);
    const b = await e.reply(a.state, '아니면 그냥 먼저 연락해야 할까?');
    expect(ADVICE_REPLIES).toContain(b.reply);
    expect(b.reply).not.toBe(a.reply);
    for (const r of ADVICE_REPLIES) expect(r).toMatch(/\?$/u);
  }, 120_000);

  // Session 30: "이게 산후우울증인가요? 병원 가봐야 할까요" got "쉽게 정할 수 없는 일이라 고민되는 게 당연해요".
  it('encourages seeing a doctor or a counsellor rather than weighing it', async () => {
    const e = createChatEngine({ analyze: fakeAnalyze, index: fakeIndex({ threshold: 2 }), seed: 7 });
    // (With the test's stand-in encoder "병원" joins a broad violence cue, and "정신과" is a life event
    // of its own with replies that encourage care too, so the doctor is 진료 here.)
    for (const t of ['이게 산후우울증인가요? 진료 받아봐야 할까요', '요즘 너무 우울한데 상담 받아봐야 할까요', '상담 받아봐야 하나']) {
      const r = await e.reply(e.newConversation(), t);
      expect(CARE_REPLIES, t).toContain(r.reply);
    }
  });
});
