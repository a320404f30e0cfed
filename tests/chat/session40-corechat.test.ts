/**
 * Session 40 (corechat): core journeys where a corpus intent or a generic reply was chosen against
 * the situation (a glad day, a drunk mistake at a 회식, a confession turned down, an ex not
 * contacted, an exam over, a holiday wish, a resolve, a silent weekend, money, a who-answer).
 */
import { describe, expect, it } from 'vitest';
import { createChatEngine } from '../../src/chat/engine';
import {
  afterOrdeal,
  ashamedOfMoney,
  asksWhoIsThereAfterNone,
  confessionTurnedDown,
  drunkMistake,
  fullDay,
  holdsBackFromEx,
  looksForwardInGraveStory,
  resolvesToFocusOnSelf,
  silentDays,
  situationTurn,
  tripToLookForwardTo,
  wishesMoreGoodDays,
  worriesGettingThrough,
} from '../../src/chat/situation-turns';
import { presumesUnsaid } from '../../src/chat/intent-guards';
import { detectGoodNews } from '../../src/chat/life-events';
import { answersWhomTold } from '../../src/chat/texting';
import { asksForSongs } from '../../src/chat/asks-for-songs';
import { practicalTopic, rentLate } from '../../src/chat/practical-help';
import { fakeAnalyze, fakeIndex, realModelPresent, talkThrough, useShippedChat } from './helpers';

const engine = () => createChatEngine({ analyze: fakeAnalyze, index: fakeIndex(), seed: 3, gaugeThreshold: 60 });
const check = (f: (t: string) => boolean, cases: Array<[string, boolean]>) => {
  for (const [text, want] of cases) expect(f(text), text).toBe(want);
};

describe('a glad day', () => {
  it('a day felt full is told apart from a full schedule', () => {
    check(fullDay, [
      ['별거 아닌데 하루가 꽉 찬 느낌', true],
      ['하루가 꽉 찬 느낌이에요', true],
      ['오늘 진짜 알찬 하루였어', true],
      ['하루가 꽉 차서 쉴 틈도 없어', false],
      ['일정이 꽉 찬 하루라 너무 피곤해', false],
      ['마음이 꽉 막힌 느낌이야', false],
      ['하루가 꽉 찬 느낌인데 너무 바빠 ㅠㅠ', false],
    ]);
  });

  it('a wish for more such days is told apart from a wish for fewer', () => {
    check(wishesMoreGoodDays, [
      ['이런 날이 자주 있었으면 좋겠다', true],
      ['오늘 같은 날이 자주 있었으면 좋겠어요', true],
      ['이런 날이 매일이면 좋겠다', true],
      ['이런 날이 다시는 없었으면 좋겠어', false],
      ['오늘 같은 날이 또 오면 어떡하지', false],
      ['이런 날이 자주 있었으면 좋겠다 ㅠㅠ', false],
      ['좋은 날이 왔으면', false],
    ]);
  });

  it('neither intent of a blocked heart nor of self-criticism answers them', () => {
    expect(presumesUnsaid('life_stress_vague_heavy', '별거 아닌데 하루가 꽉 찬 느낌')).toBe(true);
    expect(presumesUnsaid('life_stress_vague_heavy', '뭔가 계속 가슴이 꽉 막힌 느낌이야')).toBe(false);
    expect(presumesUnsaid('self_hate', '이런 날이 자주 있었으면 좋겠다')).toBe(true);
    expect(presumesUnsaid('self_hate', '나 자신이 너무 싫어요')).toBe(false);
  });

  it('c15: the full day and the wish are met as joy', async () => {
    const rs = await talkThrough(engine(), ['그냥 기분 좋아', '오랜만에 친구들 만나서 실컷 웃었어', '별거 아닌데 하루가 꽉 찬 느낌', '이런 날이 자주 있었으면 좋겠다']);
    expect(rs[2]!.reply).toMatch(/별거 아닌 것들이 모여 하루를 꽉 채워/u);
    expect(rs[3]!.reply).toMatch(/이런 날이 자주 찾아오면 좋겠어요\. 오늘 제일 크게 웃었던/u);
    expect(rs[3]!.reply).not.toMatch(/가혹/u);
  });

  it('a heavy story gets no glad reading of a wish', () => {
    expect(situationTurn('이런 날이 자주 있었으면 좋겠다', { story: ['요즘 너무 힘들어'], glad: false, heavy: true })).toBeNull();
  });
});

describe('a drunk mistake at a 회식 (c18)', () => {
  it('is the user\'s own mistake, not someone else\'s, a worry or a forced dinner', () => {
    check(drunkMistake, [
      ['회식 때 술 취해서 실수했어요', true],
      ['어제 만취해서 흑역사 생성함', true],
      ['술 먹고 부장님한테 반말했대', true],
      ['친구가 술 취해서 실수했대', false],
      ['술 취해서 실수할까 봐 걱정돼', false],
      ['회식 빠지면 눈치 줘서 억지로 갔어', false],
      ['술 취해서 집에 왔어', false],
    ]);
  });

  it('hearsay, a lost memory and facing them again are taken up in that story', async () => {
    const rs = await talkThrough(engine(), ['회식 때 술 취해서 실수했어요', '부장님한테 반말하고 막 웃었대요', '저는 기억도 잘 안나요', '어떻게 얼굴 보죠']);
    expect(rs[0]!.reply).toMatch(/술자리에서 한 실수/u);
    expect(rs[1]!.reply).toMatch(/남의 입으로 전해 들으면/u);
    expect(rs[2]!.reply).toMatch(/기억이 끊긴 건 술 때문/u);
    expect(rs[2]!.intent).not.toBe('conv_dont_know');
    expect(rs[3]!.reply).toMatch(/죄송합니다/u);
    for (const r of rs) expect(r.reply).not.toMatch(/분한|분위기 맞추는|바로 답이 떠오르지/u);
  });

  it('outside that story, "기억이 안 나" is no night out', () => {
    expect(situationTurn('기억이 잘 안 나요', { story: ['요즘 너무 힘들어'], glad: false, heavy: true })).toBeNull();
  });
});

describe('a confession turned down (c26)', () => {
  it('is found in the story', () => {
    expect(confessionTurnedDown(['제가 좋아하던 사람한테 고백했는데 차였어요'])).toBe(true);
    expect(confessionTurnedDown(['고백할까 고민 중이에요'])).toBe(false);
    expect(confessionTurnedDown(['친구한테 차였어요'])).toBe(false);
  });

  it('"친구로 지내자고" and "앞으로 어떻게 봐야 할지" get no confession coaching', async () => {
    const rs = await talkThrough(engine(), ['제가 좋아하던 사람한테 고백했는데 차였어요', '친구로 지내자고 하더라구요', '앞으로 어떻게 봐야 할지 모르겠어요']);
    expect(rs[1]!.reply).toMatch(/친구로 지내자는 말/u);
    expect(rs[2]!.reply).toMatch(/다시 얼굴 볼 생각/u);
    expect(rs[2]!.reply).not.toMatch(/고백은 거창한/u);
  });
});

describe('an ex not contacted (c31)', () => {
  it('holding back is found in a breakup story only', () => {
    expect(holdsBackFromEx('술 마시면 연락할까봐 술도 안마심', ['여친이랑 헤어진지 3일째'])).toBe(true);
    expect(holdsBackFromEx('연락하고 싶은 거 꾹 참는 중', ['헤어졌어'])).toBe(true);
    expect(holdsBackFromEx('술 마시면 연락할까봐 술도 안마심', ['회사 일이 많아'])).toBe(false);
    expect(holdsBackFromEx('전남친한테 연락 왔어', ['헤어졌어'])).toBe(false);
  });

  it('the intent about a partner out and not texting is held back', () => {
    expect(presumesUnsaid('dating_no_contact_when_out', '술 마시면 연락할까봐 술도 안마심')).toBe(true);
    expect(presumesUnsaid('dating_no_contact_when_out', '남친이 술자리 가면 연락이 끊겨요')).toBe(false);
  });

  it('is met as effort', async () => {
    const rs = await talkThrough(engine(), ['여친이랑 헤어진지 3일째', '근데 진짜 사랑했거든', '술 마시면 연락할까봐 술도 안마심']);
    expect(rs[2]!.reply).toMatch(/술까지 참고 있는 거, 쉽지 않은 노력/u);
    expect(rs[2]!.reply).not.toMatch(/들어온 뒤에/u);
  });
});

describe('an exam over (c12)', () => {
  it('"수능 끝났어" is an ordeal over, not a heavy heart', () => {
    expect(detectGoodNews('수능 끝났어')?.id).toBe('ordeal_over');
    expect(detectGoodNews('수능 끝나면 뭐 하지')).toBeNull();
    expect(detectGoodNews('수능 망했어')).toBeNull();
  });
});

describe('a holiday wish in a glad talk (c30)', () => {
  it('is anticipation when glad, not when escaping', () => {
    expect(tripToLookForwardTo('방학때 여행도 가고싶다', true)).toBe(true);
    expect(tripToLookForwardTo('방학때 여행도 가고싶다', false)).toBe(false);
    expect(tripToLookForwardTo('다 두고 여행 떠나고 싶다', true)).toBe(false);
    expect(tripToLookForwardTo('너무 지쳐서 여행 가고 싶어', true)).toBe(false);
  });

  it('is met as anticipation after glad turns', async () => {
    const rs = await talkThrough(engine(), ['오늘 너무 행복해', '방학때 여행도 가고싶다']);
    expect(rs[1]!.reply).toMatch(/방학에 여행이라니, 생각만 해도 설레네요/u);
  });
});

describe('a resolve after mixed feelings (c21)', () => {
  it('is told apart from a resolve that fails or is asked about', () => {
    check(resolvesToFocusOnSelf, [
      ['이제 나한테 집중하려고', true],
      ['앞으로는 나를 좀 더 아끼려고', true],
      ['이제 나한테 집중하려고 했는데 안 돼', false],
      ['이제 나한테 어떻게 집중하지?', false],
      ['친구가 나한테 집중하래', false],
    ]);
  });

  it('names both feelings and honours the resolve', async () => {
    const rs = await talkThrough(engine(), ['남친이랑 헤어졌는데 이상하게 후련해', '슬프긴 한데 홀가분한 느낌도 있어', '이제 나한테 집중하려고']);
    expect(rs[2]!.reply).toMatch(/슬픈 마음도 홀가분한 마음도.*좋은 결심/u);
  });
});

describe('a silent weekend (c05)', () => {
  it('is loneliness, not quiet enjoyed', () => {
    check(silentDays, [
      ['주말엔 하루 종일 말 한마디 안 할 때도 있어요', true],
      ['하루 종일 아무랑도 말 안 했어', true],
      ['말 걸 사람이 하나도 없어', true],
      ['주말엔 말 한마디 안 하고 푹 쉬었어 좋더라', false],
      ['주말에 뭐 하지', false],
    ]);
    expect(presumesUnsaid('life_weekend_no_plans', '주말엔 하루 종일 말 한마디 안 할 때도 있어요')).toBe(true);
    expect(presumesUnsaid('life_weekend_no_plans', '이번 주말에 아무 계획 없어')).toBe(false);
  });
});

describe('money (c07)', () => {
  it('getting through the month and shame to tell are read in a money story', () => {
    expect(worriesGettingThrough('이번 달 어떻게 버티지 싶어', ['카드값도 밀려있고'])).toBe(true);
    expect(worriesGettingThrough('이번 달 어떻게 버티지 싶어', ['야근이 너무 많아'])).toBe(false);
    expect(ashamedOfMoney('누구한테 말하기도 창피하고', ['월세 내고 나면 통장에 10만원 남아'])).toBe(true);
    expect(ashamedOfMoney('누구한테 말하기도 창피하고', ['회식 때 실수했어'])).toBe(false);
  });

  it('a card bill late is no rent late', () => {
    expect(rentLate(['월세 내고 나면 통장에 10만원 남아', '카드값도 밀려있고'])).toBe(false);
    expect(rentLate(['월세가 두 달째 밀렸어요'])).toBe(true);
    expect(rentLate(['이번 달 월세', '못 냈어요'])).toBe(true);
    expect(practicalTopic('이번 달 어떻게 버티지 싶어', ['요즘 돈 때문에 잠이 안 와', '월세 내고 나면 통장에 10만원 남아', '카드값도 밀려있고'])).not.toBe('rent');
    expect(practicalTopic('집주인한테 뭐라고 말해야 하나요', ['월세가 두 달째 밀렸어요'])).toBe('rent');
  });
});

describe('reply filters (c16, c27)', () => {
  it('nothing looked forward to in a story of an operation', () => {
    expect(looksForwardInGraveStory('불안한 마음 한편에 기대되는 부분도 있어요?', ['엄마가 아프셔서 걱정이에요', '수술 날짜 잡혔는데 잘 될지 모르겠어요'])).toBe(true);
    expect(looksForwardInGraveStory('불안한 마음 한편에 기대되는 부분도 있어요?', ['다음 주에 이사 가요'])).toBe(false);
    expect(looksForwardInGraveStory('하루 중 언제 그 걱정이 제일 커져요?', ['수술 날짜 잡혔어요'])).toBe(false);
  });

  it('no "곁에서 챙겨 줄 사람은 있어요?" right after no one was said to be there', () => {
    expect(asksWhoIsThereAfterNone('곁에서 챙겨 줄 사람은 있어요?', ['아플 때 약 사다 줄 사람도 없고', '오늘 감기 걸려서 하루종일 누워있었어'])).toBe(true);
    expect(asksWhoIsThereAfterNone('곁에서 챙겨 줄 사람은 있어요?', ['오늘 감기 걸려서 하루종일 누워있었어'])).toBe(false);
    expect(asksWhoIsThereAfterNone('지금 제일 괴로운 증상은 어떤 거예요?', ['아플 때 약 사다 줄 사람도 없고'])).toBe(false);
  });

  it('"노래로 좀 위로받고 싶어요" asks for songs; a past wish does not', () => {
    expect(asksForSongs('노래로 좀 위로받고 싶어요')).toBe(true);
    expect(asksForSongs('노래 듣다가 위로받고 싶었어')).toBe(false);
  });
});

describe('song requests and statements', () => {
  it('a glad day\'s request is no request for sad songs; a statement is no request for focus songs', () => {
    expect(presumesUnsaid('meta_recommend_song_sad', '이런 날 들을 노래 있을까요?')).toBe(true);
    expect(presumesUnsaid('meta_recommend_song_sad', '비 오는 날 어울리는 슬픈 노래')).toBe(false);
    expect(presumesUnsaid('meta_recommend_song_sad', '울적한 날 듣는 노래 추천해요')).toBe(false);
    expect(presumesUnsaid('meta_recommend_song_focus', '일할 때도 집중이 안 돼요')).toBe(true);
    expect(presumesUnsaid('meta_recommend_song_focus', '집중 잘 되는 노래 있어요?')).toBe(false);
  });
});

describe('an answer to the bot\'s who-question (lead)', () => {
  const asked = '승진 축하해요! 그동안 애쓴 걸 제대로 인정받았네요. 소식 듣고 제일 먼저 누구한테 알렸어요?';
  it('takes up the person told', () => {
    expect(answersWhomTold('엄마한테 제일 먼저 말했어', asked)?.reply).toBe('엄마한테 제일 먼저 알렸군요! 엄마는 뭐라고 하셨어요?');
    expect(answersWhomTold('친구들한테', asked)?.reply).toBe('친구들한테 제일 먼저 알렸군요! 친구들은 뭐라고 했어요?');
    expect(answersWhomTold('남친한테 제일 먼저 말함 ㅎㅎ', asked)?.reply).toBe('남친한테 제일 먼저 알렸군요! 남친은 뭐라고 했어요?');
  });
  it('not without that question, nor for more than the answer', () => {
    expect(answersWhomTold('엄마한테 제일 먼저 말했어', '요즘 어떻게 지내요?')).toBeNull();
    expect(answersWhomTold('엄마한테 말했는데 화내셨어', asked)).toBeNull();
    expect(answersWhomTold('아직 아무한테도 말 안 했어', asked)).toBeNull();
  });
});

describe.skipIf(!realModelPresent())('the testers\' conversations (shipped model)', () => {
  const shipped = useShippedChat();
  it('c15 and c32: joy, not a blocked heart or self-criticism', async () => {
    const rs = await talkThrough(shipped().engine, ['그냥 기분 좋아', '오랜만에 친구들 만나서 실컷 웃었어', '별거 아닌데 하루가 꽉 찬 느낌', '이런 날이 자주 있었으면 좋겠다']);
    expect(rs[2]!.intent).not.toBe('life_stress_vague_heavy');
    expect(rs[3]!.intent).not.toBe('self_hate');
    expect(rs[3]!.reply).toMatch(/자주 찾아오면 좋겠어요/u);
  }, 90_000);
  it('c12: "수능 끝났어" is an ordeal over', async () => {
    const rs = await talkThrough(shipped().engine, ['수능 끝났어']);
    expect(rs[0]!.intent).toBe('life:ordeal_over');
  }, 60_000);
  it('c06: a glad day\'s song request opens no list to change the mood', async () => {
    const rs = await talkThrough(shipped().engine, ['오늘 좋은 일 있었어요ㅎㅎ', '몇 달 준비한 자격증 합격했어요', '크게 티는 안 냈는데 속으로 너무 뿌듯해요', '퇴근길에 혼자 케이크 하나 샀어요', '이런 날 들을 노래 있을까요?']);
    expect(rs[4]!.action).toBe('open_recommendations');
    expect(rs[4]!.intent).not.toBe('meta_recommend_song_sad');
    expect(rs[4]!.reply).not.toMatch(/기분을 바꿔/u);
  }, 90_000);
  it('c25: a statement opens no focus songs; the lead\'s who-answer is taken up', async () => {
    const rs = await talkThrough(shipped().engine, ['요즘 계속 가슴이 두근거리고 숨이 답답해요', '병원 가봤는데 이상 없대요', '근데 자꾸 무슨 병 있는 거 아닌가 걱정돼요', '일할 때도 집중이 안 돼요']);
    expect(rs[3]!.action).toBeUndefined();
    const ws = await talkThrough(shipped().engine, ['나 오늘 승진했다!!', '엄마한테 제일 먼저 말했어']);
    expect(ws[1]!.reply).toBe('엄마한테 제일 먼저 알렸군요! 엄마는 뭐라고 하셨어요?');
  }, 90_000);
});

describe('after an exam is over (c12)', () => {
  it('a year poured in and "이제 뭐하지" are read after an ordeal over only', () => {
    expect(afterOrdeal('일년 동안 이거 하나만 보고 살았는데', ['수능 끝났어'])).toBe('all_in');
    expect(afterOrdeal('이제 뭐하지', ['수능 끝났어', '근데 뭔가 허전하다'])).toBe('now_what');
    expect(afterOrdeal('이제 뭐하지', ['회사 그만뒀어'])).toBeNull();
    expect(afterOrdeal('이제 뭐하지', ['수능 끝났어', '완전 망했어'])).toBeNull();
    expect(afterOrdeal('수능 끝나면 뭐하지', [])).toBeNull();
  });

  it('the story goes on without a heavy template', async () => {
    const rs = await talkThrough(engine(), ['수능 끝났어', '근데 뭔가 허전하다', '일년 동안 이거 하나만 보고 살았는데', '이제 뭐하지']);
    expect(rs[2]!.reply).toMatch(/끝나고 나서 허전한 게 당연해요/u);
    expect(rs[3]!.reply).toMatch(/당장 정하지 않아도 괜찮아요/u);
  });
});
