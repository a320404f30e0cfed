/**
 * Session 40 (daily): the honest "I didn't catch that" never twice in a conversation, text written
 * without spaces read as words, how to use the app for a first-time user, a dog's age read as a cold
 * and boxes weeks after a move read as moving day, and tiredness said back as tiredness.
 */
import { describe, expect, it } from 'vitest';
import { createChatEngine } from '../../src/chat/engine';
import { NOT_CAUGHT_LAST, NOT_CAUGHT_OPEN, NOT_CAUGHT_OPEN_SONG, NOT_CAUGHT_OPEN_STORY, NOT_CAUGHT_PREFIX, NOT_CAUGHT_REPLIES, notCaughtPick } from '../../src/chat/told-nothing';
import { hasUnspaced, respace, splitRun } from '../../src/chat/spacing';
import { APP_ANSWERS, asksAboutApp, asksHowToStart } from '../../src/chat/asks-about-app';
import { presumesUnsaid, storyPresumesUnsaid } from '../../src/chat/intent-guards';
import { tiredLeads, toldTiredness } from '../../src/chat/tiredness';
import { detectSafety } from '../../src/chat/safety';
import { fakeAnalyze, fakeIndex, realModelPresent, talkThrough, useShippedChat } from './helpers';

const engine = () => createChatEngine({ analyze: fakeAnalyze, index: fakeIndex(), seed: 3, gaugeThreshold: 60 });

/** The sentences of a reply. */
const sentences = (reply: string) => reply.split(/(?<=[.?!])\s+/u).map((s) => s.trim()).filter(Boolean);

describe('not caught, never the same sentence twice (told-nothing.ts notCaughtPick)', () => {
  it('goes through the tiers: the honest line, "이번에도", an open question, a last line, then nothing', () => {
    const used: string[] = [];
    const got: string[] = [];
    for (const text of ['봄날 있어?', '그거 말고 다른 거 있어?', '너무 유명한 거 말고', '그거 말고', '아니 그거']) {
      const pick = notCaughtPick(text, used, false);
      if (!pick) break;
      used.push(pick.id);
      got.push(pick.text);
    }
    expect(got).toHaveLength(4);
    expect(got[0]).toBe(NOT_CAUGHT_REPLIES[0]);
    expect(got[1]).toMatch(/^이번에도/u);
    expect(got[2]).toBe(NOT_CAUGHT_OPEN_SONG);
    expect(got[3]).toBe(NOT_CAUGHT_LAST);
    expect(notCaughtPick('그거 있어?', used, false)).toBeNull();
    const all = got.flatMap(sentences);
    expect(new Set(all).size).toBe(all.length);
  });

  it('goes back to the story told, or asks about the day, the third time', () => {
    const used = [`${NOT_CAUGHT_PREFIX}:plain1`, `${NOT_CAUGHT_PREFIX}:plain2`];
    expect(notCaughtPick('그거 있어?', used, true)?.text).toBe(NOT_CAUGHT_OPEN_STORY);
    expect(notCaughtPick('그거 있어?', used, false)?.text).toBe(NOT_CAUGHT_OPEN);
    // States saved before session 40 counted with ids "not_caught#0".
    expect(notCaughtPick('그거 있어?', ['not_caught#0'], false)?.text).toMatch(/^이번에도/u);
  });

  it('a mood named the first time and not the second gives no sentence twice', () => {
    const first = notCaughtPick('잔잔한 거 말고', [], false)!;
    const second = notCaughtPick('너무 유명한 거 말고', [first.id], false)!;
    const third = notCaughtPick('밝은 거 말고', [first.id, second.id], false)!;
    const all = [first, second, third].flatMap((p) => sentences(p.text));
    expect(new Set(all).size).toBe(all.length);
  });

});

describe('text without spaces (spacing.ts)', () => {
  const cases: ReadonlyArray<readonly [string, string]> = [
    ['오늘병원갔다왔는데의사가당뇨라고', '오늘 병원 갔다 왔는데 의사가 당뇨라고'],
    ['회사에서완전깨졌어', '회사에서 완전 깨졌어'],
    ['헤어졌어요어제', '헤어졌어요 어제'],
    ['앞으로어떻게해야할지모르겠어요', '앞으로 어떻게 해야 할지 모르겠어요'],
    ['팀장님이사람들앞에서소리질렀어', '팀장님이 사람들 앞에서 소리 질렀어'],
    ['요즘잠을너무못자서힘들어요', '요즘 잠을 너무 못 자서 힘들어요'],
    ['엄마랑크게싸웠어요오늘아침에', '엄마랑 크게 싸웠어요 오늘 아침에'],
    ['열심히했는데너무속상해요', '열심히 했는데 너무 속상해요'],
    ['강아지가어제무지개다리를건넜어요', '강아지가 어제 무지개다리를 건넜어요'],
    ['단톡방에서도저만모르고있었어요', '단톡방에서도 저만 모르고 있었어요'],
    ['남편이회사에서잘렸어요', '남편이 회사에서 잘렸어요'],
    ['요즘너무외로워서아무것도하기싫어요', '요즘 너무 외로워서 아무것도 하기 싫어요'],
    ['회사에서완전깨졌어ㅠㅠ', '회사에서 완전 깨졌어ㅠㅠ'],
  ];

  it('splits long unspaced runs into the corpus’s words', () => {
    for (const [text, spaced] of cases) expect(respace(text), text).toBe(spaced);
  });

  it('never leaves a particle or an ending standing alone', () => {
    expect(splitRun('남편이회사에서잘렸어요')).not.toContain('요');
    expect(splitRun('당뇨라고')).not.toContain('고');
  });

  it('leaves spaced text, short runs and long words in spaced text as written', () => {
    for (const text of [
      '오늘 회사에서 좀 힘들었어',
      '괜찮아졌어요',
      '힘들어요',
      '계약 끝나면 나가라고 할까 봐 조마조마했는데 집주인이 2년 더 살라고 하셨어요',
      '생각보다 훨씬 화기애애했어요',
      '피곤해서그런가 요즘은 작은일에도 눈물이 고여',
      'hello world',
    ]) {
      expect(respace(text), text).toBe(text);
      expect(hasUnspaced(text), text).toBe(false);
    }
  });

  it('safety reads unspaced words at least as before (it reads the user’s own text)', () => {
    for (const text of ['죽고싶어요진짜로', '그냥다끝내고싶어요', '요즘너무힘들어서죽고싶다는생각이들어요']) {
      expect(detectSafety(text).category, text).toBe('suicide');
      expect(detectSafety(respace(text)).category, text).toBe('suicide');
    }
  });
});

describe('how to use the app, for a first-time user (asks-about-app.ts)', () => {
  it('reads the whole turn as the question', () => {
    expect(asksAboutApp('이거 어떻게 써요')).toBe('how_to_use');
    expect(asksAboutApp('이거 어떻게 써요?')).toBe('how_to_use');
    expect(asksAboutApp('여기 어떻게 쓰면 돼요')).toBe('how_to_use');
    expect(asksAboutApp('뭘 눌러야 돼요')).toBe('what_to_press');
    expect(asksAboutApp('어디를 누르면 돼요?')).toBe('what_to_press');
    expect(asksHowToStart('이거 어떻게 하는거예요')).toBe(true);
    expect(asksHowToStart('이거 어떻게 하는 거예요?')).toBe(true);
    expect(asksHowToStart('여기 어떻게 해요')).toBe(true);
  });

  it('leaves a life problem and other questions alone', () => {
    for (const text of ['이거 어떻게 해야 할지 모르겠어요', '이거 어떻게 하면 좋을까요', '이 일을 어떻게 해야 할지 모르겠어요', '엄마한테 어떻게 말해야 할지 모르겠어요', '뭘 해야 할지 모르겠어요', '이거 어떻게 써야 할지 모르겠어요', '뭘 눌러야 할지 모르겠어서 그냥 껐어요']) {
      expect(asksAboutApp(text), text).toBeNull();
      expect(asksHowToStart(text), text).toBe(false);
    }
  });

  it('says how: write about the day, the gauge fills, songs come, ask any time', () => {
    for (const answer of [...APP_ANSWERS.how_to_use, ...APP_ANSWERS.what_to_press]) {
      expect(answer).toMatch(/하루/u);
      expect(answer).toMatch(/게이지/u);
      expect(answer).toMatch(/노래 추천해 주세요/u);
    }
  });

  it('in the engine: "이거 어떻게 하는거예요" at the start is the app question; after a story it is not', async () => {
    const [, first] = await talkThrough(engine(), ['안녕하세요', '이거 어떻게 하는거예요']);
    expect(first!.reply).toBe(APP_ANSWERS.how_to_use[0]);
    const [, later] = await talkThrough(engine(), ['세탁기가 갑자기 고장 났어요', '이거 어떻게 하는거예요']);
    expect(later!.reply).not.toBe(APP_ANSWERS.how_to_use[0]);
    const [, life] = await talkThrough(engine(), ['아들이 사업을 한다고 돈을 달래요', '이거 어떻게 해야 할지 모르겠어요']);
    expect(life!.reply).not.toMatch(/게이지/u);
  });
});

describe('a dog’s age is no cold, boxes weeks after a move no moving day (intent-guards.ts)', () => {
  it('열 as a number or in 열심히, with no sign of illness, is no cold', () => {
    for (const text of ['열다섯 살이거든요', '열한 살이에요', '열심히 살았어요', '열 번째예요']) expect(presumesUnsaid('life_health_sick_cold', text), text).toBe(true);
    for (const text of ['열다섯 살인데 감기 걸렸어요', '열이 나서 출근도 못 했어요', '열 나고 목 붓고 콧물까지', '감기 걸렸어ㅠㅠ', '몸살 났어 ㅠ', '아침부터 열이 펄펄 나요', '해열제 먹었는데도 안 내려가요']) expect(presumesUnsaid('life_health_sick_cold', text), text).toBe(false);
  });

  it('a move weeks ago, told before, keeps moving day away for the story', () => {
    for (const told of ['3주 전에 이사했어요', '이사 온 지 한 달 됐어요', '이사한 지 벌써 두 달이 넘었는데', '한 달 전에 이사 왔어요']) expect(storyPresumesUnsaid('move_moving_day', [told]), told).toBe(true);
    for (const told of ['오늘 이사했어', '다음 주에 이사 가요', '이사 날짜 확정했어 다음 달 초야', '이사 전날이라 박스 싸고 있어', '주말에 이사할 거라 오늘은 부엌살림 싸는 중']) expect(storyPresumesUnsaid('move_moving_day', [told]), told).toBe(false);
  });

  it('the user’s own failed answers are no complaint about the bot', () => {
    expect(presumesUnsaid('meta_complaint_weird_answer', '대답을 하나도 제대로 못했어요')).toBe(true);
    expect(presumesUnsaid('meta_complaint_weird_answer', '대답이 좀 이상해')).toBe(false);
  });
});

describe('tiredness said back as tiredness (tiredness.ts)', () => {
  it('finds the user’s own tiredness, with no other feeling named', () => {
    for (const text of ['오늘 좀 지쳤어요', '요즘 너무 지쳐요', '너무 피곤해', '완전 녹초가 됐어요', '기운이 하나도 없어요']) expect(toldTiredness(text), text).toBe(true);
  });

  it('leaves negation, questions, someone else and other feelings to the usual reading', () => {
    for (const text of ['안 지쳤어요', '지치지 않아요', '피곤해?', '엄마가 많이 지쳤어요', '지쳐 보인대요', '지치고 속상해요', '피곤하지만 뿌듯해', '지쳐서 화가 나']) expect(toldTiredness(text), text).toBe(false);
  });

  it('says back the user’s word and invents no other feeling', () => {
    for (const text of ['오늘 좀 지쳤어요', '너무 피곤해', '완전 녹초가 됐어요']) {
      for (const lead of tiredLeads(text)) expect(lead).not.toMatch(/속상|슬프|슬퍼|화가|불안|서운/u);
    }
    expect(tiredLeads('너무 피곤해')[0]).toMatch(/피곤/u);
    expect(tiredLeads('오늘 좀 지쳤어요')[0]).toMatch(/지쳤/u);
  });
});

describe.skipIf(!realModelPresent())('session 40 (daily) conversations with the shipped model', () => {
  const shipped = useShippedChat();

  it('three requests no rule caught get three different replies, the third an open question', async () => {
    const turns = await talkThrough(shipped().engine, ['봄날 있어?', '그거 말고 다른 거 있어?', '너무 유명한 거 말고']);
    const replies = turns.map((t) => t.reply);
    const all = replies.flatMap(sentences);
    expect(new Set(all).size, replies.join('\n')).toBe(all.length);
    expect(replies[2]).toBe(NOT_CAUGHT_OPEN_SONG);
  }, 60_000);

  it('"오늘 좀 지쳤어요" is met with tiredness, not «많이 속상했겠어요»', async () => {
    const [r] = await talkThrough(shipped().engine, ['오늘 좀 지쳤어요']);
    expect(r!.reply).not.toMatch(/속상/u);
    expect(r!.reply).toMatch(/지쳤|지쳐/u);
  }, 60_000);

  it('a dog of fifteen is no cold; boxes three weeks after a move are no moving day', async () => {
    const dog = await talkThrough(shipped().engine, ['강아지가 나이가 많아요', '열다섯 살이거든요']);
    expect(dog[1]!.intent).not.toBe('life_health_sick_cold');
    const moved = await talkThrough(shipped().engine, ['이사 온 지 한 달 됐어요', '아직 박스도 다 못 풀었어요']);
    expect(moved[1]!.intent).not.toBe('move_moving_day');
  }, 60_000);

  it('unspaced turns reach the intents their spaced words reach', async () => {
    const [lonely] = await talkThrough(shipped().engine, ['요즘너무외로워서아무것도하기싫어요']);
    expect(lonely!.intent).toBe('lonely_general');
    const left = await talkThrough(shipped().engine, ['친구들이저만빼고놀러갔어요', '단톡방에서도저만모르고있었어요']);
    expect(left[1]!.reply).not.toMatch(/바깥 풍경/u);
    const interview = await talkThrough(shipped().engine, ['오늘면접보고왔는데망한것같아요', '대답을하나도제대로못했어요']);
    expect(interview[1]!.intent).not.toBe('meta_complaint_weird_answer');
  }, 60_000);

  it('"이거 어떻게 써요", "뭘 눌러야 돼요" get how to use the app', async () => {
    const [use] = await talkThrough(shipped().engine, ['이거 어떻게 써요']);
    expect(use!.reply).toBe(APP_ANSWERS.how_to_use[0]);
    const [press] = await talkThrough(shipped().engine, ['뭘 눌러야 돼요']);
    expect(press!.reply).toBe(APP_ANSWERS.what_to_press[0]);
  }, 60_000);
});
