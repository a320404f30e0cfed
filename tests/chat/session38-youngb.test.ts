/**
 * Session 38 (youngb): goodbyes, the hour and small talk in short texting style (src/chat/texting.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createChatEngine } from '../../src/chat/engine';
import { presumesUnsaid } from '../../src/chat/intent-guards';
import { panicNow } from '../../src/chat/panic-now';
import {
  aniThen,
  asksWhatWasTold,
  ANI_REPLIES,
  answersQuestion,
  anticipatoryNerves,
  asksHowIAm,
  fitsTheCalendar,
  fitsTheHour,
  hasBatchim,
  HOW_AM_I_REPLY,
  NERVES_REPLIES,
  openerTurn,
  plainSmallTalk,
  SMALL_TALK_REPLIES,
  textingBye,
} from '../../src/chat/texting';
import { fakeAnalyze, fakeIndex, realModelPresent, talkThrough, useShippedChat } from './helpers';

const at = (h: number, m = 0, day = 24) => new Date(2026, 10, day, h, m);
// The corpus indexed with the fake encoder is built once, before the engine tests (slow on a busy machine).
beforeAll(() => {
  fakeIndex();
}, 600_000);

const engine = (clock?: () => Date) => createChatEngine({ analyze: fakeAnalyze, index: fakeIndex(), seed: 3, gaugeThreshold: 60, ...(clock ? { clock } : {}) });

describe('goodbyes in texting style', () => {
  it('reads ㅂㅇ, ㅂㅂㅇ, ㅃㅇ, 잘지내, 잘있어, 간다, 나 갈게, 이만 as leaving', () => {
    for (const t of ['ㅂㅇ', 'ㅂㅂㅇ', 'ㅃㅇ', 'ㅂㅇㅂㅇ', '바이~', '잘지내', '잘 지내요', '잘있어', '잘 있어라', '간다', '나 갈게', '나 간다', '저 갈게요', '이만', '그럼 이만', '이만 갈게요', 'ㅂㅇ ㅋㅋ']) {
      expect(textingBye(t), t).toBe('go');
    }
  });

  it('is no question, wish, answer, suggestion taken up, or ㄱㄴ (가능)', () => {
    const cases: Array<[string, string | undefined]> = [
      ['잘 지내?', undefined],
      ['잘지내고 싶다', undefined],
      ['잘 지내고 있어', undefined],
      ['잘 지내', '요즘은 어떻게 지내고 있어요?'],
      ['간다', '내일 병원에 가 볼래요?'],
      ['갈게', '같이 가 볼래요?'],
      ['학교 간다', undefined],
      ['ㄱㄴ', undefined],
      ['ㄱㄴ?', undefined],
      ['이만큼 힘들어', undefined],
      ['잘 있어요?', undefined],
    ];
    for (const [t, last] of cases) expect(textingBye(t, last), t).toBeNull();
  });

  it('"잘 지내?" at the start, or with a question mark, is a greeting', () => {
    expect(asksHowIAm('잘 지내?', false)).toBe(true);
    expect(asksHowIAm('잘지내', true)).toBe(true);
    expect(asksHowIAm('요즘 잘 지내요?', false)).toBe(true);
    expect(asksHowIAm('잘지냈어?', true)).toBe(true);
    expect(asksHowIAm('잘지내', false)).toBe(false);
    expect(asksHowIAm('잘지내고 싶다', true)).toBe(false);
    expect(asksHowIAm('엄마는 잘 지내?', false)).toBe(false);
  });

  it('ㅂㅇ after a greeting and 잘지내 late in a talk get a goodbye, not a question', async () => {
    const a = await talkThrough(engine(), ['안녕', 'ㅂㅇ']);
    expect(a[1]!.intent).toBe('meta_goodbye');
    expect(a[1]!.reply).toMatch(/조심히 가요|들러 줘서 고마워요/u);
    const b = await talkThrough(engine(), ['헤어짐', '내가 참ㅋ', '잘지내']);
    expect(b[2]!.intent).toBe('meta_goodbye');
    const c = await talkThrough(engine(), ['잘 지내?']);
    expect(c[0]!.reply).toBe(HOW_AM_I_REPLY);
  });
});

describe('the hour and the calendar', () => {
  const bedtime = '그렇게 긴 하루를 보냈다니 몸도 마음도 꽤 무겁겠어요. 잠들기 전에 잔잔한 음악 한 곡 들어 볼래요, 아니면 오늘 있었던 일을 먼저 털어놓을래요?';
  it('a reply presuming bedtime waits for the evening or the user’s own night', () => {
    const morning = ['아침부터 너무 피곤해요. 어제 야근해서 잠을 못 잤어요'];
    expect(fitsTheHour(bedtime, morning, at(8, 10))).toBe(false);
    expect(fitsTheHour(bedtime, morning, null)).toBe(false);
    expect(fitsTheHour(bedtime, ['어젯밤에 한숨도 못 잤어'], at(9))).toBe(false);
    expect(fitsTheHour(bedtime, morning, at(22, 30))).toBe(true);
    expect(fitsTheHour(bedtime, morning, at(1, 30))).toBe(true);
    expect(fitsTheHour(bedtime, ['이제 자려고 누웠어'], at(9))).toBe(true);
    expect(fitsTheHour(bedtime, ['새벽인데 잠이 안 와'], null)).toBe(true);
    expect(fitsTheHour('오늘 하루는 어땠어요?', morning, at(8))).toBe(true);
  });

  it('a holiday or a day off is presumed only when the user named one', () => {
    const holiday = '쉬는 날이 오히려 더 외롭게 느껴진다니 그동안의 외로움이 묻어나요. 이번 연휴에 조금이라도 웃게 해 줄 게 있다면 뭘까요?';
    expect(fitsTheCalendar(holiday, ['새벽인데 혼자라서 외로워요'])).toBe(false);
    expect(fitsTheCalendar(holiday, ['주말인데 혼자라 외로워'])).toBe(false);
    expect(fitsTheCalendar(holiday, ['추석 연휴인데 혼자예요'])).toBe(true);
    expect(fitsTheCalendar('쉬는 날에도 연락이 오면 쉬지 못하죠', ['주말인데 팀장이 전화했어'])).toBe(true);
    expect(fitsTheCalendar('쉬는 날에도 연락이 오면 쉬지 못하죠', ['팀장이 또 전화했어'])).toBe(false);
    expect(presumesUnsaid('lonely_holidays_alone', '새벽인데 혼자라서 외로워요')).toBe(true);
    expect(presumesUnsaid('lonely_holidays_alone', '크리스마스인데 혼자예요')).toBe(false);
    expect(presumesUnsaid('life_joy_sunny_day', '날씨가 좀 흐리네요')).toBe(true);
    expect(presumesUnsaid('life_joy_sunny_day', '며칠 흐리다가 오늘 해 떠서 좋아요')).toBe(false);
  });

  it('a question about who was there waits when the user said who', () => {
    expect(asksWhatWasTold('맛있는 저녁이었겠네요. 누구랑 같이 먹었어요?', '가족이랑 맛있는 저녁 먹었어요')).toBe(true);
    expect(asksWhatWasTold('누구랑 갔어요?', '혼자 영화 보고 왔어요')).toBe(true);
    expect(asksWhatWasTold('누구랑 같이 먹었어요?', '맛있는 저녁 먹었어요')).toBe(false);
    expect(asksWhatWasTold('오늘 메뉴는 뭐였어요?', '가족이랑 맛있는 저녁 먹었어요')).toBe(false);
  });

  it('the engine picks no bedtime reply in the morning, and may in the evening', async () => {
    const line = '오늘 하루 종일 너무 길었어요 진짜 지쳐요';
    const morning = await talkThrough(engine(() => at(8, 10)), [line]);
    expect(morning[0]!.reply).not.toMatch(/잠들기\s?전|자기\s?전|오늘\s?밤/u);
  });
});

describe('nerves before an event are no panic attack', () => {
  it('nerves ahead of a presentation or an interview, told with the body or a worry', () => {
    expect(anticipatoryNerves('실수하면 어떡하죠. 심장이 두근거려요', ['잠이 안 와요. 내일 발표가 너무 불안해요'])).toBe(true);
    expect(anticipatoryNerves('내일 발표인데 실수하면 어떡하죠. 심장이 두근거려요')).toBe(true);
    expect(anticipatoryNerves('심장이 너무 뛰어서 아무것도 손에 안잡혀요', ['내일 면접이에요'])).toBe(true);
    expect(anticipatoryNerves('떨어지면 어떡하지 그 생각만 계속 나요', ['내일 면접이에요', '심장이 너무 뛰어서 아무것도 손에 안잡혀요'])).toBe(true);
  });

  it('a real attack, a red flag, an event over, or no event keep their path', () => {
    expect(anticipatoryNerves('내일 발표인데 지금 숨이 안 쉬어져요 어떡해요')).toBe(false);
    expect(anticipatoryNerves('발표 직전인데 가슴이 조여오고 죽을 것 같아요')).toBe(false);
    expect(anticipatoryNerves('어제 발표했는데 아직도 심장이 두근거려')).toBe(false);
    expect(anticipatoryNerves('지금 지하철인데 심장이 너무 빨리 뛰어요 어떡해요')).toBe(false);
    expect(anticipatoryNerves('심장이 두근거려요', ['남자친구랑 헤어졌어요'])).toBe(false);
  });

  it('gets a breath and warmth, not the panic script with 119', async () => {
    const rs = await talkThrough(engine(), ['잠이 안 와요. 내일 발표가 너무 불안해요', '실수하면 어떡하죠. 심장이 두근거려요']);
    expect(panicNow('실수하면 어떡하죠. 심장이 두근거려요', ['잠이 안 와요. 내일 발표가 너무 불안해요'])).toBe(true);
    expect(NERVES_REPLIES[0]!.startsWith(rs[1]!.reply)).toBe(true);
    expect(rs[1]!.reply).not.toMatch(/119/u);
    const real = await talkThrough(engine(), ['내일 발표인데', '지금 숨이 안 쉬어져요 어떡해요']);
    expect(real[1]!.reply).toMatch(/119/u);
  });

  it('a worry with no body named goes to the reply about the worry', async () => {
    // (The fake safety model reads "떨어지면" as a cue; the shipped model's run is below.)
    const rs = await talkThrough(engine(), ['내일 면접이에요', '심장이 너무 뛰어서 아무것도 손에 안잡혀요', '망치면 어떡하지 그 생각만 계속 나요']);
    expect(NERVES_REPLIES[0]!.startsWith(rs[1]!.reply)).toBe(true);
    expect(NERVES_REPLIES[1]!.startsWith(rs[2]!.reply.slice(0, 20))).toBe(true);
  });
});

describe('one-word answers to the bot’s question', () => {
  it('takes up a place, a name, a length of time, a yes to tell', () => {
    expect(answersQuestion('홍대', '어디서 만나기로 했어요?')?.reply).toMatch(/^홍대에서 만나는군요!/u);
    expect(answersQuestion('ㅇㅇ 세븐틴', '오늘 제일 좋았던 순간은 언제였어요?')?.reply).toMatch(/^세븐틴이군요!/u);
    expect(answersQuestion('3년', '조금 더 자세히 들려줄래요?', ['헤어짐'])?.reply).toMatch(/^3년이면 정말 오래 만났네요/u);
    expect(answersQuestion('21개월', '오늘 제일 좋았던 순간은 언제였어요?', ['전역함!!!!'])?.reply).toMatch(/^21개월 동안 정말 수고 많았어요/u);
    expect(answersQuestion('두 달', '얼마나 됐어요?')?.reply).toMatch(/^두 달이면/u);
    expect(answersQuestion('ㅇㅇ', '어떻게 헤어지게 됐는지 말해 줄 수 있어요?')?.kind).toBe('yes_tell');
    expect(answersQuestion('허리', '어디가 제일 아파요?', ['허리가 아파'], true)?.reply).toMatch(/^허리군요\./u);
  });

  it('leaves reactions, feelings, sentences and turns after no question alone', () => {
    expect(answersQuestion('홍대', '네, 잘 듣고 있어요.')).toBeNull();
    expect(answersQuestion('레전드', '뭐가 제일 좋았어요?')).toBeNull();
    expect(answersQuestion('몰라', '누구랑 갔어요?')).toBeNull();
    expect(answersQuestion('개행복', '무슨 일 있었어요?')).toBeNull();
    expect(answersQuestion('졸려', '뭐 하고 있어요?')).toBeNull();
    expect(answersQuestion('망했어', '무슨 일이에요?')).toBeNull();
    expect(answersQuestion('친구랑 영화 봤어', '뭐 했어요?')).toBeNull();
    expect(answersQuestion('세븐틴', '오늘 제일 좋았던 순간은 언제였어요?')).toBeNull();
    expect(answersQuestion('ㅇㅇ', '오늘 하루는 어땠어요?')).toBeNull();
    expect(answersQuestion('홍대?', '어디서 만나기로 했어요?')).toBeNull();
  });

  it('reads 받침 for the particle', () => {
    expect(hasBatchim('세븐틴')).toBe(true);
    expect(hasBatchim('홍대')).toBe(false);
    expect(hasBatchim('3년')).toBe(true);
    expect(hasBatchim('고3')).toBe(true);
    expect(hasBatchim('고2')).toBe(false);
  });

  it('in the engine: "홍대" after the first-date question is taken up', async () => {
    const rs = await talkThrough(engine(), ['첫데이트 내일임', '홍대']);
    if (/[?？]/u.test(rs[0]!.reply) && /어디서\s?만나/u.test(rs[0]!.reply)) expect(rs[1]!.reply).toMatch(/^홍대에서 만나는군요/u);
    else expect(rs[1]!.reply).not.toMatch(/^홍대에서/u);
  });
});

describe('아니 with content after it is no plain no', () => {
  it('reads not okay and laughter, and leaves a plain no', () => {
    expect(aniThen('아니 안괜찮아')).toBe('not_ok');
    expect(aniThen('아니 하나도 안 괜찮아')).toBe('not_ok');
    expect(aniThen('아니 너무웃겨')).toBe('funny');
    expect(aniThen('아니 ㅋㅋㅋ 개웃기네')).toBe('funny');
    for (const t of ['아니', '아니 괜찮아', '아니 안 그래', '아니 그건 아니야', '아니 별로', '아니 웃기지도 않아', '아니 ㅋㅋㅋ 이게 실화냐', '아니 그게 웃긴 게 아니라', '안 괜찮아', '너무 웃겨']) {
      expect(aniThen(t), t).toBeNull();
    }
  });

  it('in the engine: "아니 안괜찮아" and "아니 너무웃겨" get their replies, not conv_no', async () => {
    const a = await talkThrough(engine(), ['정시 다 떨어짐', '괜찮아 괜찮아', '아니 안괜찮아']);
    expect(ANI_REPLIES.not_ok).toContain(a[2]!.reply);
    const b = await talkThrough(engine(), ['ㅋㅋㅋㅋㅋㅋㅋㅋ', '아니 너무웃겨']);
    expect(ANI_REPLIES.funny).toContain(b[1]!.reply);
    const c = await talkThrough(engine(), ['요즘 좀 우울해', '아니 그건 아니야']);
    expect(c[1]!.reply).not.toMatch(/웃|괜찮은 척/u);
  });
});

describe('openers and small talk get no feeling named', () => {
  it('an unfinished or neutral opener is invited on; "neither" is stayed with', () => {
    expect(openerTurn('오늘 학교에서 발표했는데')?.reply).toBe('그랬군요, 조금 더 듣고 싶어요. 그래서 어떻게 됐어요?');
    expect(openerTurn('발표했는데')?.kind).toBe('open');
    expect(openerTurn('아이돌 연습생인데')?.reply).toMatch(/^아이돌 연습생이군요!/u);
    expect(openerTurn('나 고3인데')?.reply).toMatch(/^고3이군요!/u);
    expect(openerTurn('요즘 학원 끝나면 11시')?.reply).toMatch(/^11시에 끝나면 하루가 꽤 길겠어요/u);
    expect(openerTurn('좋은것도 아니고 나쁜것도 아니고')?.kind).toBe('neither');
    expect(openerTurn('나 오늘 뭔가 기분 묘함')?.kind).toBe('odd');
    for (const r of ['발표했는데', '나 오늘 뭔가 기분 묘함', '좋은것도 아니고 나쁜것도 아니고']) {
      expect(openerTurn(r)!.reply, r).not.toMatch(/무겁|속상|힘들|슬프/u);
    }
  });

  it('is not read where a feeling or a hardship is told, or a question asked', () => {
    for (const t of ['발표했는데 망했어', '엄마가 아파서 병원 갔는데', '헤어졌는데', '요즘 너무 힘든데', '기분 묘함 근데 좀 슬퍼', '발표했는데?', '근데 요즘 좀 그런 상황인데', '내가 좋아하는 사람인데', '그게 문제인데']) {
      const o = openerTurn(t);
      if (o) expect(o.reply, t).not.toMatch(/이군요!|군요!/u);
      if (['발표했는데 망했어', '엄마가 아파서 병원 갔는데', '요즘 너무 힘든데', '기분 묘함 근데 좀 슬퍼', '발표했는데?', '내가 좋아하는 사람인데', '그게 문제인데'].includes(t)) expect(o, t).toBeNull();
    }
  });

  it('plain small talk about the day, but not trouble in it', () => {
    for (const t of ['오늘은 회의가 두개 있어요', '별일 없으면 6시에 퇴근할거같아요', '내일은 마트가야됨', '저녁은 집에서 대충 먹으려고요']) expect(plainSmallTalk(t), t).toBe(true);
    for (const t of ['회의에서 부장님이 나한테만 뭐라고 했어요', '오늘도 야근이에요', '점심 못 먹었어요', '회의 때문에 너무 짜증나요', '버스 놓쳐서 지각했어요', '오늘 점심 뭐 먹지?']) expect(plainSmallTalk(t), t).toBe(false);
    expect(plainSmallTalk('오늘 점심 먹었어', ['남친이랑 헤어졌어'])).toBe(false);
    expect(plainSmallTalk('오늘 점심 먹었어', ['출근길이에요'])).toBe(true);
  });

  it('in the engine: "아이돌 연습생인데" and "좋은것도 아니고 나쁜것도 아니고" get no heavy reflection', async () => {
    const a = await talkThrough(engine(), ['아이돌 연습생인데']);
    expect(a[0]!.reply).toMatch(/^아이돌 연습생이군요!/u);
    // Later in a talk an open sentence goes on with the story, not invited as an opener.
    const later = await talkThrough(engine(), ['할머니가 돌아가셔서 마음이 너무 아파', '아이돌 연습생인데']);
    expect(later[1]!.reply).not.toMatch(/연습생이군요/u);
    const b = await talkThrough(engine(), ['나 오늘 뭔가 기분 묘함', '좋은것도 아니고 나쁜것도 아니고']);
    expect(b[1]!.reply).toMatch(/이름 붙이기 어려운/u);
    expect(b.map((r) => r.reply).join(' ')).not.toMatch(/무겁|속상/u);
  });
});

describe.skipIf(!realModelPresent())('with the shipped model', () => {
  const shipped = useShippedChat();

  it('the testers’ goodbyes, nerves and one-word answers', async () => {
    const bye = await talkThrough(shipped().engine, ['안녕', 'ㅂㅇ']);
    expect(bye[1]!.intent).toBe('meta_goodbye');
    const late = await talkThrough(shipped().engine, ['헤어짐', 'ㅇㅇ', '내가 참ㅋ', '3년', '잘지내']);
    expect(late[3]!.reply).toMatch(/^3년이면 정말 오래 만났네요/u);
    expect(late[4]!.intent).toBe('meta_goodbye');
    const nerves = await talkThrough(shipped().engine, ['내일 면접이에요', '심장이 너무 뛰어서 아무것도 손에 안잡혀요', '떨어지면 어떡하지 그 생각만 계속 나요']);
    for (const r of nerves) expect(r.reply).not.toMatch(/119/u);
  }, 90_000);

  it('small talk and openers get no feeling the user did not say', async () => {
    const rs = await talkThrough(shipped().engine, ['출근길이에요', '버스에 사람이 좀 많네요', '오늘은 회의가 두개 있어요', '별일 없으면 6시에 퇴근할거같아요']);
    expect(rs[2]!.reply).not.toMatch(/화가|황당|불안/u);
    expect(rs[3]!.reply).not.toMatch(/화가|황당|불안/u);
    const op = await talkThrough(shipped().engine, ['오늘 학교에서 발표했는데']);
    expect(op[0]!.reply).not.toMatch(/무겁|속상/u);
    expect(SMALL_TALK_REPLIES.length).toBeGreaterThan(0);
  }, 90_000);

  it('a lonely night with no holiday named hears of no 연휴', async () => {
    const rs = await talkThrough(shipped().engine, ['새벽인데 혼자라서 외로워요']);
    expect(rs[0]!.reply).not.toMatch(/연휴|명절|쉬는 날/u);
  }, 60_000);
});
