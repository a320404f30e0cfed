/**
 * Session 39 (longfix): turning points deep in long conversations (turning-points.ts) and the
 * intents picked by one word (intent-guards.ts), found by testers in 11-15 turn conversations.
 */
import { describe, expect, it } from 'vitest';
import { createChatEngine } from '../../src/chat/engine';
import { presumesUnsaid } from '../../src/chat/intent-guards';
import {
  apologyReceived,
  askedOutAgain,
  badTestResult,
  benignResult,
  blamesSelfInBreakup,
  complainsOfRepeat,
  criedAlone,
  decidesNot,
  decidesToLetGo,
  dreadsWorkAfterBadDay,
  earlierFactFixed,
  earlierFactLead,
  failedAfterWaiting,
  familyDrinks,
  guardedHome,
  interviewStage,
  nearMiss,
  notOkayThoughTold,
  partedNoMessage,
  resultArrived,
  sentLongMessage,
  smiledInFront,
  turningPoint,
  worriesForSibling,
} from '../../src/chat/turning-points';
import { fakeAnalyze, fakeIndex, realModelPresent, talkThrough, useShippedChat } from './helpers';

const engine = () => createChatEngine({ analyze: fakeAnalyze, index: fakeIndex(), seed: 3, gaugeThreshold: 60 });

describe('results that arrive', () => {
  it('a bare "결과 나왔어요" is the result come, what it says not yet told', () => {
    for (const t of ['결과 나왔어요', '금요일임 결과 나왔어', '검사 결과 나왔어', '드디어 결과 떴어']) expect(resultArrived(t), t).toBe(true);
    for (const t of ['결과는 목요일에 나와요', '결과 나왔는데 괜찮대요', '결과 나오면 연락 준대', '합격 결과 나왔어', '결과 언제 나와']) expect(resultArrived(t), t).toBe(false);
  });

  it('양성 after a biopsy is benign; after an infection test it is not good news', () => {
    expect(benignResult('양성이래요', ['갑상선에 혹이 보인대서요'])).toBe(true);
    expect(benignResult('양성이래요', ['결과 나왔어요'], true)).toBe(true);
    expect(benignResult('코로나 양성이래요', ['검사 받았어'], true)).toBe(false);
    expect(benignResult('양성이래요', ['자가진단 키트 해 봤는데'])).toBe(false);
    expect(benignResult('양성이래요', ['친구랑 싸웠어'])).toBe(false);
    expect(benignResult('악성은 아니고 양성이래요', ['조직검사 했어'])).toBe(false);
  });

  it('news feared after a test is told apart from news that it is not so', () => {
    expect(badTestResult('림프절에 전이됐대요', ['결과 나왔어요'])).toBe(true);
    expect(badTestResult('전이는 없대요', ['결과 나왔어요'])).toBe(false);
    expect(badTestResult('림프절에 전이됐대요', ['친구랑 싸웠어'])).toBe(false);
  });

  it('a fail after waiting, once or again; a near miss; comfort that does not reach', () => {
    expect(failedAfterWaiting('떨어졌어요', ['임용고시 결과 오늘 나와요'])).toBe('once');
    expect(failedAfterWaiting('또 떨어졌어요', ['임용고시 결과 오늘 나와요'])).toBe('again');
    expect(failedAfterWaiting('떨어졌어요', ['오늘 계단에서'])).toBeNull();
    expect(failedAfterWaiting('폰이 떨어졌어요 바닥에', ['결과 기다려'])).toBeNull();
    expect(nearMiss('1점 차이래요', ['떨어졌어요'])).toBe('1점');
    expect(nearMiss('1점 차이로 붙었어', ['떨어질까 봐'])).toBeNull();
    expect(nearMiss('1점 차이래요', ['시험 봤어'])).toBeNull();
    expect(notOkayThoughTold('태호가 괜찮다고 하는데 하나도 안 괜찮아요')).toBe(true);
    expect(notOkayThoughTold('엄마는 괜찮대')).toBe(false);
    expect(notOkayThoughTold('하나도 안 괜찮아요')).toBe(false);
  });
});

describe('holding it together', () => {
  it('a smile kept before someone in a hard story, not a laugh on a light day', () => {
    expect(smiledInFront('엄마 앞에서는 웃었어요', true)).toBe('엄마');
    expect(smiledInFront('애들 앞에서는 괜찮은 척했어', true)).toBe('애들');
    expect(smiledInFront('엄마 앞에서는 웃었어요', false)).toBeNull();
    expect(smiledInFront('엄마가 웃었어요', true)).toBeNull();
  });

  it('tears alone in a hurt story, not tears of joy', () => {
    expect(criedAlone('퇴근하고 혼자 울었어요', true)).toBe(true);
    expect(criedAlone('화장실에서 울었어요', true)).toBe(true);
    expect(criedAlone('기뻐서 혼자 울었어', true)).toBe(false);
    expect(criedAlone('퇴근하고 혼자 울었어요', false)).toBe(false);
    expect(criedAlone('혼자 사는 게 외로워', true)).toBe(false);
  });
});

describe('making up and reaching out', () => {
  it('an apology received, not one the user owes or misses', () => {
    expect(apologyReceived('아 근데 서연이한테 방금 전화 왔어 미안하다고 내일 밥 사준대')).toBe('plain');
    expect(apologyReceived('자기도 말이 심했대요')).toBe('plain');
    expect(apologyReceived('어제는 말이 심했다고 사과하시더라구요')).toBe('honorific');
    for (const t of ['내가 먼저 미안하다고 했어', '미안하다고 해야 할까', '사과했는데 안 받아줘', '사과 한 마디 없어', '미안하다는 말도 없어', '사과해야 하나']) expect(apologyReceived(t), t).toBeNull();
  });

  it('a long message sent sober after a rift; not one sent drunk, not without a rift', () => {
    const rift = ['하은이가 엄청 화났어요', '연락을 일주일째 안 받아요'];
    expect(sentLongMessage('어제 장문의 카톡 보냈어요', rift)).toBe(true);
    expect(sentLongMessage('어제 취해서 장문 카톡 보냈어', rift)).toBe(false);
    expect(sentLongMessage('어제 장문의 카톡 보냈어요', ['오늘 날씨 좋다'])).toBe(false);
    expect(sentLongMessage('장문의 카톡을 받았어요', rift)).toBe(false);
  });
});

describe('a guarded opening, a parent drinking, a younger sibling', () => {
  it('home named and no more', () => {
    for (const t of ['집이 좀', '집에 좀 일이 있어서', '가족이 좀 그래']) expect(guardedHome(t), t).toBe(true);
    for (const t of ['집이 좀 멀어요 회사에서', '집에 좀 늦게 들어왔어', '집이다~']) expect(guardedHome(t), t).toBe(false);
  });

  it('a parent drinking a lot, not a parent who stopped or a drink shared once', () => {
    expect(familyDrinks('아빠가 요즘 술을 많이 드셔')).toBe('아빠');
    expect(familyDrinks('남편이 맨날 술 마셔요')).toBe('남편');
    expect(familyDrinks('아빠가 술 끊으셨어')).toBeNull();
    expect(familyDrinks('아빠랑 술 한잔 했어')).toBeNull();
    expect(familyDrinks('친구가 술을 많이 마셔')).toBeNull();
  });

  it('the user worried for a sibling, not a sibling worried for the user', () => {
    expect(worriesForSibling('동생은 아직 중학생이라 걱정돼')).toBe(true);
    expect(worriesForSibling('동생이 나 걱정해')).toBe(false);
    expect(worriesForSibling('동생이랑 놀았어')).toBe(false);
  });
});

describe('decisions', () => {
  it('letting go decided, not the struggle to', () => {
    for (const t of ['이제 진짜 놓아줘야 할 것 같아요', '이제 마음 접기로 했어', '이제 잊기로 했어요']) expect(decidesToLetGo(t), t).toBe(true);
    for (const t of ['잊어야 하는데 안 돼요', '이제 놓아줘야 할까요?', '이제 집 정리해야 할 것 같아요', '놓아주기 싫어']) expect(decidesToLetGo(t), t).toBe(false);
  });

  it('"안 할래" after weighing it is a decision; without the weighing it is nothing of the kind', () => {
    expect(decidesNot('아니 그냥 안 할래', '답장할까 말까 고민돼')).toBe(true);
    expect(decidesNot('안 보낼래', '카톡 보낼까 말까')).toBe(true);
    expect(decidesNot('아니 그냥 안 할래', '오늘 뭐 먹지')).toBe(false);
    expect(decidesNot('안 할래 그건 좀 별로야', '답장할까 말까 고민돼')).toBe(false);
  });
});

describe('the bot repeating itself', () => {
  it('"아까도 비슷한거 물어봤잖아" is about the bot; someone else asking again is not', () => {
    for (const t of ['아까도 비슷한거 물어봤잖아 기분 어떠냐고', '또 같은 질문이야', '아까 물어봤잖아']) expect(complainsOfRepeat(t), t).toBe(true);
    for (const t of ['엄마가 또 물어봤어', '친구가 아까 물어봤잖아', '물어보고 싶은 게 있어', '또 물어볼게']) expect(complainsOfRepeat(t), t).toBe(false);
  });
});

describe('a fact told earlier, set right', () => {
  it('the corrected fact is found and said back, with the title kept', () => {
    const cases: Array<[string, string]> = [
      ['아까 김과장이라고 했는데 사실 차장이에요 헷갈렸어요', '아, 김 차장님이었군요.'],
      ['아 그리고 아까 말한 3개월 말고 사실 4개월이었어요', '아, 4개월이었군요.'],
      ['아 근데 아까 족구 1등이라고 했잖아 사실 2등이었어 ㅋㅋ', '아, 2등이었군요.'],
      ['아까 해운대라고 했는데 광안리였어요 헷갈렸네요', '아, 광안리였군요.'],
    ];
    for (const [t, lead] of cases) {
      const fix = earlierFactFixed(t);
      expect(fix, t).not.toBeNull();
      expect(earlierFactLead(fix!)).toMatch(new RegExp(`^${lead}`, 'u'));
      expect(earlierFactLead(fix!)).not.toMatch(/민망|창피/u);
    }
  });

  it('is no feeling, no story told on, no lie owned', () => {
    for (const t of ['아까 소희라고 했잖아 사실 걔가 먼저 다시 연락 왔었어', '아까 괜찮다고 했는데 사실 힘들었어', '아까 친구라고 했는데 사실 거짓말이었어', '김과장이 또 일을 줬어']) expect(earlierFactFixed(t), t).toBeNull();
  });
});

describe('dates, work after a bad day, self-blame', () => {
  const date = ['ㅋㅋㅋ 오늘 소개팅했는데', '애프터 신청할까 고민중'];
  it('parting after a date with no message yet is no break-up', () => {
    expect(partedNoMessage('근데 헤어지고 나서 카톡이 안 와', date)).toBe(true);
    expect(partedNoMessage('근데 헤어지고 나서 카톡이 안 와', ['남친이 헤어지자고 했어'])).toBe(false);
    expect(partedNoMessage('헤어지고 나서 밥 먹었어', date)).toBe(false);
  });

  it('asked out again after a date', () => {
    expect(askedOutAgain('다음주에 영화보재 ㅠㅠ', date)).toBe(true);
    expect(askedOutAgain('다음주에 영화보재', ['친구랑 싸웠어'])).toBe(false);
    expect(askedOutAgain('또 보재 근데 싫어', date)).toBe(false);
  });

  it('tomorrow at work dreaded on the night of a bad day, not at the end of a weekend', () => {
    const work = ['근데 저녁에 술자리에서 부장이 나한테 결혼 언제하냐고', '암튼 부장 진짜 짜증나'];
    expect(dreadsWorkAfterBadDay('내일 출근하기 싫다', work, true)).toBe(true);
    expect(dreadsWorkAfterBadDay('주말 끝나고 내일 출근하기 싫다', work, true)).toBe(false);
    expect(dreadsWorkAfterBadDay('내일 출근하기 싫다', ['주말 순삭'], true)).toBe(false);
    expect(dreadsWorkAfterBadDay('내일 출근하기 싫다', work, false)).toBe(false);
  });

  it('self-blame in a break-up, not a question', () => {
    expect(blamesSelfInBreakup('내가 잘못한거임 바람핀건 아니고', ['여친이랑 헤어졌다'])).toBe(true);
    expect(blamesSelfInBreakup('내가 잘못한 게 뭐야?', ['여친이랑 헤어졌다'])).toBe(false);
    expect(blamesSelfInBreakup('내가 잘못했어', ['시험 망쳤어'])).toBe(false);
  });

  it('the round of an interview told right after it', () => {
    expect(interviewStage('카카오 최종면접', '나 오늘 면접봤어')).toBe('최종면접');
    expect(interviewStage('카카오 최종면접', '오늘 비 왔어')).toBeNull();
    expect(interviewStage('최종면접 떨어졌어', '나 오늘 면접봤어')).toBeNull();
  });
});

describe('intents picked by one word (intent-guards)', () => {
  it('each guard holds for the turn found, and the intent still answers its own', () => {
    expect(presumesUnsaid('job_final_round_rejected', '카카오 최종면접')).toBe(true);
    expect(presumesUnsaid('job_final_round_rejected', '최종 면접에서 떨어졌어')).toBe(false);
    expect(presumesUnsaid('life_daily_hangover', '어제 장문의 카톡 보냈어요')).toBe(true);
    expect(presumesUnsaid('life_daily_hangover', '취해서 친구한테 사랑한다고 장문 카톡 보냈네 ㅋㅋ 부끄러워')).toBe(false);
    expect(presumesUnsaid('breakup_cheated_on', '내가 잘못한거임 바람핀건 아니고')).toBe(true);
    expect(presumesUnsaid('breakup_cheated_on', '남친이 바람피웠어요')).toBe(false);
    expect(presumesUnsaid('breakup_dumped_by_text', '근데 헤어지고 나서 카톡이 안 와')).toBe(true);
    expect(presumesUnsaid('breakup_dumped_by_text', '카톡으로 이별 통보 받았어요')).toBe(false);
    expect(presumesUnsaid('lonely_living_alone', '퇴근하고 혼자 울었어요')).toBe(true);
    expect(presumesUnsaid('lonely_living_alone', '혼자 사니까 너무 외로워요')).toBe(false);
    expect(presumesUnsaid('life_daily_watching_drama', '다음주에 영화보재 ㅠㅠ')).toBe(true);
    expect(presumesUnsaid('life_daily_watching_drama', '넷플릭스로 영화 보고 있어요')).toBe(false);
  });
});

describe('the engine (fake model)', () => {
  it('"아니 그냥 안 할래" after weighing a reply is a decision, not pushback', async () => {
    const rs = await talkThrough(engine(), ['오늘 헤어졌어', '민준이랑 3년 사귀었는데', '아까 민준이한테 카톡 왔어 미안하다고', '답장할까 말까 고민돼', '아니 그냥 안 할래']);
    expect(rs[2]!.reply).toMatch(/미안하다는 말을 건네 왔군요/u);
    expect(rs[4]!.reply).toMatch(/^안 하기로 정했군요/u);
  });

  it('a fact set right is said back with no embarrassment and no question', async () => {
    const rs = await talkThrough(engine(), ['팀에 김과장이라는 사람이 있는데', '저한테만 일을 몰아줘요', '아까 김과장이라고 했는데 사실 차장이에요 헷갈렸어요']);
    expect(rs[2]!.reply).toMatch(/^아, 김 차장님이었군요\. 바로잡아 줘서 고마워요\./u);
    expect(rs[2]!.reply).not.toMatch(/민망|과장님 얘기|\?/u);
  });

  it('a repetition complaint is owned, with no other question', async () => {
    const rs = await talkThrough(engine(), ['나 오늘 면접봤어', '결과는 담주 금요일', '아까도 비슷한거 물어봤잖아 기분 어떠냐고']);
    expect(rs[2]!.reply).toMatch(/같은 질문을 또 해서 미안해요/u);
    expect(rs[2]!.reply).not.toMatch(/\?/u);
  });

  it('a failed exam after waiting sets the mood: no "기대되는 부분" afterwards', async () => {
    const rs = await talkThrough(engine(), ['임용고시 결과 오늘 나와요', '손이 떨려서 아무것도 못하겠어요', '떨어졌어요', '또 떨어졌어요', '1점 차이래요', '태호가 괜찮다고 하는데 하나도 안 괜찮아요', '부모님한테 뭐라고 하죠']);
    expect(rs[2]!.reply).toMatch(/기다린 결과가 이렇게 나와서/u);
    expect(rs[3]!.reply).toMatch(/"또"라는 말에/u);
    expect(rs[4]!.reply).toMatch(/^1점 차이라니/u);
    expect(rs[5]!.reply).toMatch(/안 괜찮은 게 당연해요/u);
    for (const r of rs.slice(2)) expect(r.reply).not.toMatch(/기대되는|설레/u);
  });

  it('turning points need a story: a first turn is not read as one', () => {
    expect(turningPoint('결과 나왔어요', { story: [], heavy: false })).toBeNull();
  });
});

describe.skipIf(!realModelPresent())('the testers’ conversations (shipped model)', () => {
  const shipped = useShippedChat();

  it('c03: the result comes, benign is good news', async () => {
    const rs = await talkThrough(shipped().engine, ['조직검사 결과 기다리는 중이에요', '지난주에 건강검진에서 갑상선에 혹이 보인대서요', '결과는 목요일에 나와요', '엄마한테는 아직 말 안했어요', '걱정하실까봐', '잠이 안 와요 며칠째', '인터넷 찾아보면 더 무서워져요', '목요일이에요 오늘', '결과 나왔어요', '양성이래요']);
    expect(rs[8]!.reply).toMatch(/어떻게 나왔어요/u);
    expect(rs[8]!.reply).not.toMatch(/결과 생각에서 잠깐 벗어나/u);
    expect(rs[9]!.reply).toMatch(/^양성이라니 정말 다행이에요/u);
  }, 90_000);

  it('c02 and c11: tears alone after a humiliation, a smile kept before a sick mother', async () => {
    const a = await talkThrough(shipped().engine, ['팀장님이랑 부딪혔어요', '제가 3개월 준비한 기획안을 회의에서 다 깎아내리셨어요', '동료들 앞에서라서 더 창피했어요', '퇴근하고 혼자 울었어요']);
    expect(a[3]!.intent).not.toBe('lonely_living_alone');
    expect(a[3]!.reply).toMatch(/혼자 울 만큼|혼자서야 울 수 있었군요/u);
    const b = await talkThrough(shipped().engine, ['엄마가 수술 받으셨어요', '대장암 2기래요', '림프절에 전이됐대요', '항암 해야 한대요', '엄마 앞에서는 웃었어요', '화장실에서 울었어요']);
    expect(b[4]!.reply).toMatch(/^엄마 앞에서 웃어 보이느라/u);
    expect(b[5]!.reply).toMatch(/혼자서야 울 수 있었군요/u);
  }, 90_000);

  it('c06, c10, c12: a long message after a fight, a date evening, work tomorrow after a bad day', async () => {
    const a = await talkThrough(shipped().engine, ['친구랑 싸웠어요', '하은이가 엄청 화났어요 15년 우정이 이거밖에 안되냐고', '연락을 일주일째 안 받아요', '어제 장문의 카톡 보냈어요']);
    expect(a[3]!.intent).not.toBe('life_daily_hangover');
    expect(a[3]!.reply).toMatch(/용기/u);
    const b = await talkThrough(shipped().engine, ['ㅋㅋㅋ 오늘 소개팅했는데', '완전 내 스타일이었어', '애프터 신청할까 고민중', '근데 헤어지고 나서 카톡이 안 와', '아 방금 왔다!!! 오늘 즐거웠대', '다음주에 영화보재 ㅠㅠ']);
    expect(b[3]!.intent).not.toBe('breakup_dumped_by_text');
    expect(b[5]!.intent).not.toBe('life_daily_watching_drama');
    const c = await talkThrough(shipped().engine, ['오늘 회사 워크샵 갔다왔어', '근데 저녁에 술자리에서 부장이 나한테 결혼 언제하냐고', '다들 있는데서 나이 얘기까지 함', '웃으면서 넘겼는데 집에 오니까 열받네', '암튼 부장 진짜 짜증나', '내일 출근하기 싫다']);
    expect(c[5]!.intent).not.toBe('life_weekend_monday_blues');
    expect(c[5]!.reply).not.toMatch(/주말/u);
  }, 120_000);
});
