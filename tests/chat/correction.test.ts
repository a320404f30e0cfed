/**
 * A correction of the feeling named is owned, and the feeling the user names instead is reflected
 * (src/chat/correction.ts).
 */
import { describe, expect, it } from 'vitest';
import { CAUSE_CORRECTION_PREFIXES, CORRECTION_PREFIXES, correctedCause, correctedFeeling } from '../../src/chat/correction';
import { HAILS, RELIEF_REFLECTIONS, namesRelief, reliefKind } from '../../src/chat/relief';
import { createChatEngine } from '../../src/chat/engine';
import { fakeAnalyze, fakeIndex } from './helpers';

describe('corrections of the feeling named', () => {
  it('find the feeling named after the correction, none when none is named, and nothing in other negations', () => {
    expect(correctedFeeling('화난건 아니고 그냥 외로워')).toBe('sadness');
    expect(correctedFeeling('슬픈 게 아니라 화가 나는 거야'.normalize('NFD'))).toBe('anger');
    expect(correctedFeeling('아니 좋은 일 아니라고.. 당뇨라고')).toBeNull();
    for (const t of ['이게 좋은 일인지 아닌지 모르겠어', '나쁜 사람은 아니야', '걱정할 일은 아니라고 했어', '화가 나']) expect(correctedFeeling(t), t).toBeUndefined();
  });

  // Session 30: "화난건 아니고 그냥 외로워" got "정말 억울하고 답답했겠어요".
  it('owns the misreading and reflects the feeling the user names', async () => {
    const e = createChatEngine({ analyze: fakeAnalyze, index: fakeIndex({ threshold: 2 }), seed: 4 });
    let s = e.newConversation();
    s = (await e.reply(s, '친구 때문에 너무 화나')).state;
    const r = await e.reply(s, '화난건 아니고 그냥 외로워');
    expect(CORRECTION_PREFIXES.some((p) => r.reply.startsWith(p))).toBe(true);
    expect(r.state.turns.at(-1)!.mood).toBe('sadness');
    expect(r.reply).not.toMatch(/억울|화가|분한/u);
  });

  // A fourth helper's round: "우울한 게 아니라 외로운 거예요" was answered from an intent about feeling down.
  it('takes a correction before any intent answers, and owns a misreading only when it made one (session 35)', async () => {
    const e = createChatEngine({ analyze: fakeAnalyze, index: fakeIndex(), seed: 4 });
    // No reading of its own yet to own: the feeling named instead is said back.
    const r = await e.reply(e.newConversation(), '우울한 게 아니라 외로운 거예요');
    expect(r.reply.startsWith('아, 외로운 마음이었군요.')).toBe(true);
    // After a sad reading, "슬픈 게 아니라" corrects it: owned, then the word said back.
    let s = e.newConversation();
    s = (await e.reply(s, '헤어져서 슬퍼')).state;
    const r2 = await e.reply(s, '슬픈 게 아니라 외로운 거예요');
    expect(CORRECTION_PREFIXES.some((p) => r2.reply.startsWith(p))).toBe(true);
    expect(r2.reply).toContain('외로운 마음이었군요.');
  });
});

describe('corrections of the cause', () => {
  it('say the cause given instead back when it can be said, and find nothing in other negations', () => {
    expect(correctedCause('아니 엄마 때문이 아니라 동생 때문이야')?.echo).toBe('동생 때문에 그랬군요.');
    expect(correctedCause('엄마가 뭐라해서 짜증난게 아니라 게임 져서 빡친거임'.normalize('NFD'))?.echo).toBe('게임 져서 그랬군요.');
    expect(correctedCause('그것 때문에 화난 건 아니고 걔가 사과를 안 해서 그래')?.echo).toBe('사과를 안 해서 그랬군요.');
    expect(correctedCause('그게 아니라 일이 싫은 게 아니고 사람이 싫은 거야')?.echo).toBe('사람이 싫은 거였군요.');
    // Self-blame and pronouns are not said back ("잘못해서 그랬군요" would agree with it).
    expect(correctedCause('아니 그런 게 아니고 내가 잘못해서 그래')).toEqual({ echo: null, rest: '내가 잘못해서 그래' });
    expect(correctedCause('일 때문은 아니고 그냥 사람이 싫어')?.echo).toBeNull();
    for (const t of ['걱정할 일은 아니라고 했어', '돈 때문에 다니는 건 아니고', '내 잘못 때문이 아니래', '엄마 때문에 화나', '그게 문제야']) expect(correctedCause(t), t).toBeUndefined();
    // Any "A 게 아니라 B" with more after it (session 31: each had got the reading it denies).
    expect(correctedCause('아니 게임이 문제가 아니고 잠이 안와서 게임하는거야')?.echo).toBe('잠이 안와서 그랬군요.');
    expect(correctedCause('아니 아빠 얘기 하려던 건 아니고 그냥 엄마가 혼자라서')?.echo).toBe('엄마가 혼자라서 그랬군요.');
    expect(correctedCause('아니 걔가 거짓말한다는게 아니라 내가 자신이 없음')).toEqual({ echo: null, rest: '내가 자신이 없음' });
    expect(correctedCause('숨기려는게 아니라 타이밍을 보고 있어요')?.rest).toBe('타이밍을 보고 있어요');
    for (const t of ['아니 아빠는 내편도 아니고 엄마편도 아니야', '큰 건 아니고 그냥 좀 피곤해', '별거 아니고 그냥', '나쁜 건 아닌데']) expect(correctedCause(t), t).toBeUndefined();
    // A cause before the feeling negated: the feeling stands, so it is no correction of the feeling.
    expect(correctedFeeling('그것 때문에 화난 건 아니고 걔가 사과를 안 해서 그래')).toBeUndefined();
  });

  // Session 31: "아니 엄마 때문이 아니라 동생 때문이야" got "그 순간 마음이 덜컥 내려앉았겠어요".
  it('owns the misread cause, says the new one back and keeps the feeling', async () => {
    const e = createChatEngine({ analyze: fakeAnalyze, index: fakeIndex({ threshold: 2 }), seed: 4 });
    let s = e.newConversation();
    s = (await e.reply(s, '엄마 때문에 너무 화나')).state;
    const r = await e.reply(s, '아니 엄마 때문이 아니라 동생 때문이야');
    expect(CAUSE_CORRECTION_PREFIXES.some((p) => r.reply.startsWith(p))).toBe(true);
    expect(r.reply).toContain('동생 때문에 그랬군요.');
    expect(r.state.turns.at(-1)!.mood).toBe('anger');
    // Not on a first turn: there is nothing to correct.
    const first = await e.reply(e.newConversation(), '아니 엄마 때문이 아니라 동생 때문이야');
    expect(CAUSE_CORRECTION_PREFIXES.some((p) => first.reply.startsWith(p))).toBe(false);
  });
});

describe('relief', () => {
  it('is told apart from mixed feelings', () => {
    for (const t of ['후련해요', '검사 결과 괜찮대 다행이야', '이제 마음이 좀 놓여요', '한시름 놨어']) expect(namesRelief(t), t).toBe(true);
    for (const t of ['시원섭섭하다', '다행인지 모르겠어', '기뻐요', '걱정돼']) expect(namesRelief(t), t).toBe(false);
    // A weight set down, or a small relief in a worry that goes on ("밥을 좀 먹어서 다행이에요", a sick cat).
    expect(reliefKind('후련해요')).toBe('release');
    expect(reliefKind('오늘은 밥을 좀 먹어서 다행이에요')).toBe('small');
  });

  // Session 31: "슬픈게 아니라 후련해요" after a break-up got "이런 날은 마음껏 기뻐해도 돼요!".
  it('is reflected as a weight set down, not celebrated', async () => {
    const e = createChatEngine({ analyze: fakeAnalyze, index: fakeIndex({ threshold: 2 }), seed: 4 });
    let s = e.newConversation();
    s = (await e.reply(s, '헤어져서 슬퍼')).state;
    const r = await e.reply(s, '슬픈게 아니라 후련해요 좋아');
    expect(RELIEF_REFLECTIONS.some((x) => r.reply.includes(x))).toBe(true);
    expect(r.reply).not.toMatch(/축하|마음껏 기뻐/u);
    // Nor is a question that hails news asked after it.
    expect(HAILS.test(r.reply)).toBe(false);
  });
});
