/**
 * Session 36 (joy): good news kept as good news, happy tears, laughter in sad talk, older users
 * (src/chat/joy-thread.ts and the guards it needed).
 */
import { describe, expect, it } from 'vitest';
import { createChatEngine } from '../../src/chat/engine';
import {
  asksWhatToWear,
  brightSpot,
  detectWin,
  funnySad,
  hardshipBehind,
  joyTurn,
  laughsOffMishap,
  milestoneBirthday,
  politeGreeting,
  quietWish,
  theirKindness,
  type JoyContext,
} from '../../src/chat/joy-thread';
import { isForeignGladLine } from '../../src/chat/language';
import { presumesUnsaid } from '../../src/chat/intent-guards';
import { speaksOfTheLiving } from '../../src/chat/life-events';
import { fakeAnalyze, fakeIndex, realModelPresent, talkThrough, useShippedChat } from './helpers';

const engine = () => createChatEngine({ analyze: fakeAnalyze, index: fakeIndex(), seed: 3, gaugeThreshold: 60 });
const GLAD: JoyContext = { joyStory: true, laughedOff: false };
const PLAIN: JoyContext = { joyStory: false, laughedOff: false };
const kindOf = (text: string, ctx: JoyContext = GLAD) => joyTurn(text, text, ctx)?.kind ?? null;
const GLOOMY = /무겁|철렁|힘들었던 순간|복잡했겠|잊힌|서럽|그분께|치료도|곁에 누가|당신/u;

describe('a hardship behind the good news', () => {
  it('is told from a hardship still going on, feared or come back', () => {
    const cases: Array<[string, boolean, boolean]> = [
      ['시험관 세번 했는데 이번에 됐어요', false, true],
      ['뇌경색으로 한달 입원했었는데 다행히 후유증이 거의 없답니다', false, true],
      ['서류 40군데 떨어지고 드디어 붙음 ㅠㅠ', false, true],
      ['암 수술하고 5년 동안 추적검사 했거든요', true, true],
      ['암 수술하고 5년 동안 추적검사 했거든요', false, false],
      ['엄마가 암 진단 받았는데 다행히 초기래요', false, false],
      ['시험관 세번 했는데 또 안 됐어요', true, false],
      ['시험관 이번에 됐으면 좋겠다', true, false],
      ['수술 결과 기다리는 중이에요', true, false],
      ['암이 재발했대요', true, false],
      ['아빠가 입원하셨어', true, false],
    ];
    for (const [text, joyStory, want] of cases) expect(hardshipBehind(text, joyStory), `${text} ${joyStory}`).toBe(want);
  });

  it('is answered with the count or the time told, and congratulated', () => {
    expect(joyTurn('시험관 세번 했는데 이번에 됐어요', '시험관 세번 했는데 이번에 됐어요', GLAD)?.replies[0]).toMatch(/^세 번의 기다림 끝에.*축하해요!$/u);
    expect(joyTurn('x', '뇌경색으로 한달 입원했었는데 다행히 후유증이 거의 없답니다', GLAD)?.replies[0]).toMatch(/후유증이 거의 없다니 정말 다행이에요\. 한 달 동안/u);
    expect(joyTurn('x', '서류 40군데 떨어지고 드디어 붙음 ㅠㅠ', GLAD)?.replies[0]).toMatch(/^40군데에서 떨어지고도/u);
  });
});

describe('wins the intents miss', () => {
  it('are recognised, not someone else’s news, a wish or a question', () => {
    const cases: Array<[string, boolean]> = [
      ['할머니 됐어요 ㅎㅎ', true],
      ['우리 아들 군대 전역했어요 ㅎㅎ', true],
      ['무릎 수술하고 석달 만에 처음으로 동네 한바퀴 걸었습니다', true],
      ['OMG 나 취업했어 lol', true],
      ['헐 대박 나 로또 4등 됨 ㅋㅋㅋㅋ', true],
      ['I got promoted!! 팀장 됐어요 ㅎㅎ', true],
      ['남편이 승진했어요', false],
      ['남편이 부장 됐어요', false],
      ['친구가 취업했대', false],
      ['빨리 취업했으면 좋겠다', false],
      ['할머니 되고 싶다', false],
      ['로또 꽝이야', false],
      ['아들 전역하면 뭐 하지?', false],
      ['수술하고 아직 못 걸어요', false],
    ];
    for (const [text, want] of cases) expect(!!detectWin(text), text).toBe(want);
  });

  it('are congratulated specifically', () => {
    expect(detectWin('우리 아들 군대 전역했어요 ㅎㅎ')!.replies.join(' ')).toMatch(/아드님 전역/u);
    expect(detectWin('할머니 됐어요 ㅎㅎ')!.replies[0]).toMatch(/^할머니가 되셨군요, 정말 축하드려요!/u);
  });
});

describe('details of a glad story', () => {
  it('get joy follow-ups of their own kind', () => {
    const cases: Array<[string, string]> = [
      ['사진 보는데 눈물이 나더라고요', 'happy_tears'],
      ['남편이랑 나와서 둘이 한참 울었어요 ㅎㅎ', 'happy_tears'],
      ['엄마한테 전화했는데 엄마가 울더라', 'their_joy'],
      ['남편이 소리 지르면서 좋아했어요 ㅋㅋ', 'their_joy'],
      ['우리 영감이 옆에서 박수를 쳐 주더군요', 'their_joy'],
      ['건강하게 돌아와서 너무 고마워요', 'thankful_for_someone'],
      ['오늘 삼겹살 구워 먹었어요', 'treat_done'],
      ['오늘 저녁은 맛있는 거 먹으려구요', 'treat_plan'],
      ['첫 출근 다음주 월요일이야', 'next_step'],
      ['손주 보러 다음주에 올라가요', 'next_step'],
      ['좀 떨리기도 하고', 'nerves'],
      ['진짜 실감이 안 나 ㅎㅎ', 'disbelief'],
      ['결혼 5년 만이에요', 'long_wait'],
      ['2년 짝사랑이었거든', 'long_wait'],
      ['이제 내가 잘 챙겨야지요', 'caring'],
      ['지팡이 없이요', 'without'],
      ['아직 초기라 조심해야 하지만 너무 행복해요', 'glad_with_care'],
      ['집에 같이 오니 얼마나 좋은지 모르겠어요', 'glad_detail'],
    ];
    for (const [text, want] of cases) expect(kindOf(text), text).toBe(want);
  });

  it('leave worries, a "but", misfortune, questions, thanks to the bot and songs to the rest of the engine', () => {
    for (const text of ['근데 좀 걱정돼', '그런데 엄마가 아프셔', '아빠가 입원하셨어', '이거 어떻게 해야 할까?', '고마워 쉼표 ㅎㅎ', '노래 추천해줘 ㅎㅎ', '잘 모르겠어']) {
      expect(kindOf(text), text).toBeNull();
    }
  });

  it('are not glad details outside a glad story', () => {
    for (const text of ['사진 보는데 눈물이 나더라고요', '엄마가 울더라', '오늘 삼겹살 구워 먹었어요', '좀 떨리기도 하고']) expect(kindOf(text, PLAIN), text).toBeNull();
  });

  it('everyone’s tears are left unnamed; a wish, a modest pride and a next plan get their own', () => {
    expect(kindOf('소식 듣고 다들 눈물 흘리더라')).toBeNull();
    expect(kindOf('지금도 떨려서 말이 안 나와')).toBeNull();
    expect(kindOf('오래오래 같이 살았으면 좋겠어요')).toBe('glad_wish');
    expect(kindOf('얼마 안 되지만 뿌듯해요')).toBe('glad_modest');
    expect(kindOf('이제 엄마 차 끌고 드라이브 갈거임')).toBe('next_step');
    expect(kindOf('한달 동안 말도 안했었는데')).toBeNull();
    expect(kindOf('냉장고에 붙여 놨습니다')).toBeNull();
  });

  it('tears named as joy are joy in any story; tears of grief are not', () => {
    expect(kindOf('작은 일이지만 눈물이 날 만큼 기뻤어요', PLAIN)).toBe('happy_tears');
    expect(kindOf('슬퍼서 눈물이 났어', PLAIN)).toBeNull();
    expect(kindOf('기뻐야 하는데 눈물만 나고 힘들어', PLAIN)).toBeNull();
  });
});

describe('laughter in sad talk', () => {
  it('a mishap laughed off is still a mishap; someone else’s, or a question, is not one’s own', () => {
    const cases: Array<[string, boolean]> = [
      ['ㅋㅋ 나 또 차임', true],
      ['ㅋㅋㅋ 시험 또 떨어짐', true],
      ['ㅋㅋㅋㅋ 나 해고됨', true],
      ['나 또 차임', false],
      ['친구가 차였대 ㅋㅋ', false],
      ['ㅋㅋ 시험 떨어지면 어떡하지?', false],
      ['합격했어 ㅋㅋㅋ', false],
      ['드디어 헤어졌다ㅋㅋ', false],
      ['헤어졌는데 오히려 후련해 ㅋㅋ', false],
    ];
    for (const [text, want] of cases) expect(laughsOffMishap(text), text).toBe(want);
  });

  it('what follows a mishap laughed off: repeated, or a near miss, or a question that is not this', () => {
    const L: JoyContext = { joyStory: false, laughedOff: true };
    expect(joyTurn('x', '이번이 세번째임 ㅋㅋㅋ', L)?.replies[0]).toMatch(/여러 번/u);
    expect(joyTurn('x', '회사가 구조조정한대 ㅋㅋ', L)?.replies[0]).not.toMatch(/여러 번|익숙/u);
    expect(joyTurn('x', '이번엔 1점 차이', L)?.replies[0]).toMatch(/^1점 차이라니/u);
    expect(joyTurn('x', '비번 바꿀까 말까 ㅋㅋㅋ', L)).toBeNull();
    expect(joyTurn('x', '이번엔 1점 차이', PLAIN)).toBeNull();
  });

  it('"웃프다" is funny-sad, not laughter', () => {
    expect(funnySad('웃프다 진짜')).toBe(true);
    expect(funnySad('웃프다 ㅋㅋㅋㅋ')).toBe(true);
    expect(funnySad('하나도 안 웃프다')).toBe(false);
    expect(funnySad('웃기다 ㅋㅋ')).toBe(false);
    expect(joyTurn('웃프다 진짜', '웃프다 진짜', PLAIN)?.replies[0]).toMatch(/속은 쓰리겠어요/u);
  });

  it('is no return visit', () => {
    expect(presumesUnsaid('meta_greeting_again', 'ㅋㅋ 나 또 차임')).toBe(true);
    expect(presumesUnsaid('meta_greeting_again', '5만원이지만 ㅋㅋ')).toBe(true);
    expect(presumesUnsaid('meta_greeting_again', '나 또 왔어')).toBe(false);
  });
});

describe('guards: thanks for someone else, nerves', () => {
  it('thanks for a son home safe or for children’s kindness is not thanks to the bot', () => {
    expect(presumesUnsaid('meta_thanks', '건강하게 돌아와서 너무 고마워요')).toBe(true);
    expect(presumesUnsaid('meta_thanks', '그래도 마음은 고맙지요')).toBe(true);
    expect(presumesUnsaid('meta_thanks', '들어줘서 고마워요')).toBe(false);
    expect(presumesUnsaid('meta_thanks', '얘기 들어줘서 진짜 고마워')).toBe(false);
    expect(theirKindness('그래도 마음은 고맙지요')).toBe(true);
    expect(theirKindness('고마워요 쉼표')).toBe(false);
  });

  it('nerves before a first day are no complaint about the bot', () => {
    expect(presumesUnsaid('meta_complaint_weird_answer', '좀 떨리기도 하고')).toBe(true);
    expect(presumesUnsaid('meta_complaint_weird_answer', '대답이 이상해')).toBe(false);
  });
});

describe('older users', () => {
  it('a greeting, with who is speaking, is greeted back; a greeting with a trouble is not only that', () => {
    expect(politeGreeting('선생님 안녕하세요')).toBe(true);
    expect(politeGreeting('안녕하세요. 올해 일흔 둘 된 사람입니다.')).toBe(true);
    expect(politeGreeting('안녕하세요 쉼표님')).toBe(true);
    expect(politeGreeting('안녕하세요. 요즘 너무 외로워서 왔습니다.')).toBe(false);
    expect(politeGreeting('선생님 안녕하세요 제가 요즘 잠을 못 자요')).toBe(false);
  });

  it('a 칠순 is one’s own milestone, not a parent’s or a question', () => {
    expect(milestoneBirthday('올해 칠순입니다')).toBe('칠순');
    expect(milestoneBirthday('어머니 칠순이에요')).toBeNull();
    expect(milestoneBirthday('칠순 잔치 언제 해요?')).toBeNull();
  });

  it('a party declined for a quiet meal is no distant children', () => {
    const text = '자식들이 잔치를 해 준다는데 저는 그냥 조용히 밥 한끼 먹고 싶어요';
    expect(quietWish(text)).toBe(true);
    expect(quietWish('조용히 있고 싶어요')).toBe(false);
    expect(presumesUnsaid('later_children_distant', text)).toBe(true);
  });

  it('children living far away are the living, not the one who died', () => {
    expect(speaksOfTheLiving('아들 딸은 다 서울 살아서 명절에나 봅니다.')).toBe(true);
    expect(speaksOfTheLiving('남편이 떠난 지 일년이에요')).toBe(false);
  });

  it('a bright spot in a sad story is met as one', () => {
    expect(brightSpot('그래도 손주들 전화 오면 그 날은 좋지요.')).toBe('call');
    expect(brightSpot('혼자 케이크 사먹음 ㅎㅎ 맛있더라')).toBe('self_treat');
    expect(brightSpot('낮에는 경로당에 가서 친구들하고 화투도 치고 그래요')).toBe('company');
    expect(brightSpot('그래도 안 좋아요')).toBeNull();
    expect(brightSpot('그래도 좋은 날이 올까요?')).toBeNull();
    expect(brightSpot('친구들하고 싸웠어요')).toBeNull();
  });
});

describe('a glad English line and a light question', () => {
  it('a short glad English line is glad; a sad or long one is not', () => {
    expect(isForeignGladLine('so happy today 🥰')).toBe(true);
    expect(isForeignGladLine('feeling great!')).toBe(true);
    expect(isForeignGladLine('not happy today')).toBe(false);
    expect(isForeignGladLine('I feel so tired today')).toBe(false);
    expect(isForeignGladLine('오늘 happy해')).toBe(false);
  });

  it('what to wear on a date is a light question; to an interview or a funeral it is not this', () => {
    expect(asksWhatToWear('내일 첫 데이트 뭐 입고 가지')).toBe('데이트');
    expect(asksWhatToWear('소개팅 뭐 입고 가지')).toBe('소개팅');
    expect(asksWhatToWear('면접 뭐 입고 가지')).toBeNull();
    expect(asksWhatToWear('데이트 너무 떨려')).toBeNull();
    expect(joyTurn('x', '내일 첫 데이트 뭐 입고 가지', PLAIN)?.replies[0]).toMatch(/^첫 데이트라니/u);
  });
});

describe('session 36 conversations (fake model)', () => {
  it('a grandmother’s details stay glad', async () => {
    const rs = await talkThrough(engine(), ['할머니 됐어요 ㅎㅎ', '우리 딸이 엄마가 됐다는 게 믿기지가 않아요', '손주 보러 다음주에 올라가요']);
    expect(rs[0]!.reply).toMatch(/할머니가 되셨군요/u);
    expect(rs[1]!.reply).toMatch(/실감/u);
    expect(rs[2]!.reply).toMatch(/기다려지겠어요/u);
    for (const r of rs) expect(r.reply).not.toMatch(GLOOMY);
  });

  it('a discharge from the army: thanks for the son and a treat are no meta thanks nor daily meals', async () => {
    const rs = await talkThrough(engine(), ['우리 아들 군대 전역했어요 ㅎㅎ', '18개월 동안 매일 기도했는데', '건강하게 돌아와서 너무 고마워요', '오늘 삼겹살 구워 먹었어요']);
    expect(rs[0]!.reply).toMatch(/아드님 전역/u);
    expect(rs[1]!.reply).toMatch(/^18개월 동안/u);
    expect(rs[2]!.intent).not.toBe('meta_thanks');
    expect(rs[2]!.reply).toMatch(/돌아와 준/u);
    expect(rs[3]!.reply).toMatch(/먹|축하/u);
    for (const r of rs) expect(r.reply).not.toMatch(GLOOMY);
  });

  it('laughing off being dumped is met as a mishap, not a greeting or joy', async () => {
    const rs = await talkThrough(engine(), ['ㅋㅋ 나 또 차임', '이번이 세번째임 ㅋㅋㅋ', '웃프다 진짜']);
    expect(rs[0]!.intent).toBeNull();
    expect(rs[0]!.reply).toMatch(/웃음|웃으면서/u);
    expect(rs[1]!.reply).not.toMatch(/즐거운|환해/u);
    expect(rs[2]!.reply).toMatch(/속은 쓰리겠어요/u);
  });

  it('an older user is greeted back, and a 칠순 congratulated without invented hurt', async () => {
    const a = await talkThrough(engine(), ['선생님 안녕하세요']);
    expect(a[0]!.reply).toMatch(/^안녕하세요/u);
    const b = await talkThrough(engine(), ['올해 칠순입니다', '자식들이 잔치를 해 준다는데 저는 그냥 조용히 밥 한끼 먹고 싶어요', '요즘 젊은 사람들 돈 쓰는 게 아까워서요', '그래도 마음은 고맙지요']);
    expect(b[0]!.reply).toMatch(/칠순/u);
    expect(b[0]!.reply).toMatch(/축하/u);
    for (const r of b) expect(r.reply).not.toMatch(GLOOMY);
    expect(b[3]!.intent).not.toBe('meta_thanks');
  });

});

describe.skipIf(!realModelPresent())('session 36 conversations with the shipped model', () => {
  const shipped = useShippedChat();

  it('IVF that worked this time is congratulated, not grieved', async () => {
    const rs = await talkThrough(shipped().engine, ['저 임신했어요!! 🥹', '결혼 5년 만이에요', '시험관 세번 했는데 이번에 됐어요', '남편이 소리 지르면서 좋아했어요 ㅋㅋ', '아직 초기라 조심해야 하지만 너무 행복해요']);
    expect(rs[2]!.intent).not.toBe('life:infertility');
    expect(rs[2]!.reply).toMatch(/세 번.*축하/u);
    for (const r of rs) expect(r.reply).not.toMatch(GLOOMY);
  }, 60_000);

  it('a husband home from hospital: the stroke behind it is no emergency now', async () => {
    const rs = await talkThrough(shipped().engine, ['남편이 퇴원했습니다', '뇌경색으로 한달 입원했었는데 다행히 후유증이 거의 없답니다', '집에 같이 오니 얼마나 좋은지 모르겠어요']);
    expect(rs[1]!.intent).not.toBe('life:medical_emergency');
    expect(rs[1]!.reply).toMatch(/다행/u);
    for (const r of rs) expect(r.reply).not.toMatch(GLOOMY);
  }, 60_000);

  it('a cure after five years: the past cancer is no illness script', async () => {
    const rs = await talkThrough(shipped().engine, ['병원에서 완치 판정 받았어요!!', '암 수술하고 5년 동안 추적검사 했거든요', '남편이랑 나와서 둘이 한참 울었어요 ㅎㅎ']);
    expect(rs[1]!.intent).not.toBe('life:serious_illness');
    expect(rs[1]!.reply).toMatch(/5년/u);
    expect(rs[2]!.reply).toMatch(/기쁨의 눈물|함께/u);
  }, 60_000);

  it('a grandchild’s photo brings tears of joy, not sadness', async () => {
    const rs = await talkThrough(shipped().engine, ['할머니 됐어요 ㅎㅎ', '어제 큰딸이 아들을 낳았어요', '사진 보는데 눈물이 나더라고요']);
    expect(rs[2]!.intent).not.toBe('life_mood_tears_no_reason');
    expect(rs[2]!.reply).toMatch(/기쁨의 눈물/u);
  }, 60_000);

  it('a glad English line is met in Korean, warmly', async () => {
    const rs = await talkThrough(shipped().engine, ['so happy today 🥰']);
    expect(rs[0]!.reply).toMatch(/행복한 하루|좋은 기분/u);
    expect(rs[0]!.reply).not.toMatch(/한국어로만/u);
  }, 60_000);

  it('a new job: nerves before the first day are no complaint', async () => {
    const rs = await talkThrough(shipped().engine, ['OMG 나 취업했어 lol', '서류 40군데 떨어지고 드디어 붙음 ㅠㅠ', '첫 출근 다음주 월요일이야', '좀 떨리기도 하고']);
    expect(rs[0]!.reply).toMatch(/축하|잘됐/u);
    expect(rs[3]!.intent).not.toBe('meta_complaint_weird_answer');
    expect(rs[3]!.reply).toMatch(/떨리/u);
  }, 60_000);
});
