/**
 * Questions about the app and about oneself (src/chat/asks-about-app.ts, asks-reassurance.ts):
 * in session 31 they got deflections, anger reflections, or an invented story.
 */
import { describe, expect, it } from 'vitest';
import { APP_ANSWERS, asksAboutApp } from '../../src/chat/asks-about-app';
import { asksReassurance, REASSURANCE_REPLIES } from '../../src/chat/asks-reassurance';
import { createChatEngine } from '../../src/chat/engine';
import { thanksAndGoodbye } from '../../src/chat/pleasantry';
import { fakeAnalyze, fakeIndex } from './helpers';

describe('questions about the app', () => {
  it('are told apart from the same words about other things', () => {
    const cases: Array<[string, string]> = [
      ['게이지가 뭐야', 'gauge'],
      ['노래는 어떻게 골라?', 'how_songs'],
      ['이 앱 무료야?', 'cost'],
      ['광고 있어?', 'cost'],
      ['인터넷 없어도 돼?', 'offline'],
      ['상담사야?', 'identity'],
      ['이거 상담사야?', 'identity'],
      ['너 사람이야 AI야?', 'identity'],
      ['ChatGPT야?', 'identity'],
      ['길게 써도 되나요?', 'long_message'],
      ['내 말 듣고 있어?', 'listening'],
      ['저번에 한 얘기 기억해?'.normalize('NFD'), 'memory'],
      ['이시간에 누가 대답해주긴 하나요', 'identity'],
      ['이거 뭐하는 앱이에요?', 'what_app'],
      ['반말해도 되지?', 'banmal'],
      ['몇살이에요?', 'bot_age'],
      ['부모님도 못 봐?', 'who_can_see'],
      ['여기다 말하면 진짜 아무도 몰라?', 'who_can_see'],
    ];
    for (const [t, q] of cases) expect(asksAboutApp(t), t).toBe(q);
    for (const t of ['사람이 싫어', '돈 들어가는 데가 너무 많아', '엄마가 의사야', '데이터 없어서 카톡 못 봄', '그 사람이 AI 개발자야', '엄마가 내 폰 볼까봐 무서워', '친구들은 몰라요']) expect(asksAboutApp(t), t).toBeNull();
  });

  it('get a plain answer that does not count toward the gauge', async () => {
    const e = createChatEngine({ analyze: fakeAnalyze, index: fakeIndex(), seed: 1 });
    const r = await e.reply(e.newConversation(), '게이지가 뭐야');
    expect(APP_ANSWERS.gauge).toContain(r.reply);
    expect(r.kind).toBe('meta');
    expect(r.gauge).toBe(0);
    const who = await e.reply(e.newConversation(), '상담사야?');
    expect(who.reply).toMatch(/상담사가 아니라/u);
    expect(who.reply).not.toMatch(/^네/u);
    // No help line for a plain question (a bored user's "너 AI야?" had been given 1577-0199).
    expect(who.reply).not.toMatch(/109|1577/u);
  });
});

describe('questions about oneself', () => {
  it('are read as asked of oneself, not of someone else', () => {
    expect(asksReassurance('제가 나쁜 사람인가요')).toBe('bad');
    expect(asksReassurance('가끔 아버님이 빨리 가셨으면 좋겠다는 생각이 들어요 저 진짜 나쁘죠')).toBe('bad');
    expect(asksReassurance('이런 생각하는 제가 이상한걸까요?')).toBe('weird');
    expect(asksReassurance('나 그렇게 별로인 사람인가')).toBe('worth');
    expect(asksReassurance('제가 너무 과보호하는 걸까요?')).toBe('weird');
    for (const t of ['걔가 나쁜 사람인가', '이상한 사람이 자꾸 따라와', '나쁜 꿈 꿨어', '이상한 소리 들려']) expect(asksReassurance(t), t).toBeNull();
  });

  // Session 31: "제가 나쁜 사람인가요", after a friend's pregnancy news during IVF, got a break-up the user had started.
  it('are answered first, without judging', async () => {
    const e = createChatEngine({ analyze: fakeAnalyze, index: fakeIndex(), seed: 1 });
    let s = e.newConversation();
    s = (await e.reply(s, '친구가 임신했다고 연락왔는데 축하한다고 말하고 울었어요')).state;
    const r = await e.reply(s, '제가 나쁜 사람인가요');
    expect(REASSURANCE_REPLIES.bad).toContain(r.reply);
  });
});

describe('thanks with a goodbye', () => {
  it('is answered as the goodbye it is, by night or by day', async () => {
    expect(thanksAndGoodbye('고마워 잘자~')).toBe('night');
    expect(thanksAndGoodbye('고마워요 좀 자볼게요 안녕')).toBe('night');
    expect(thanksAndGoodbye('고마워요~ 좋은 하루 보내요')).toBe('day');
    for (const t of ['고마워', '잘자', '고마운 사람이 있어', '친구가 고맙다고 하더라 안녕하세요']) expect(thanksAndGoodbye(t), t).toBeNull();
    const e = createChatEngine({ analyze: fakeAnalyze, index: fakeIndex(), seed: 1 });
    let s = e.newConversation();
    s = (await e.reply(s, '오늘 회사에서 너무 힘들었어')).state;
    const r = await e.reply(s, '고마워 잘자~');
    expect(r.intent).toBe('meta_good_night');
    expect(r.kind).toBe('meta');
  });
});
