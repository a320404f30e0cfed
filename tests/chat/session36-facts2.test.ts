/**
 * Session 36 (facts2): questions of fact, second round (src/chat/asks-facts2.ts). Answers given to
 * the wrong question (주휴수당 and 실업급여 → unpaid minutes, 퇴직금 → wage arrears, 감기약 → the
 * antidepressant reply, a deposit → money lent) and questions with no answer (타이레놀 after
 * drinking, two painkillers, skipping a pill to drink, a sleeping pill's memory gap, 수습 pay,
 * clinic records, 생리휴가, a sick-leave message).
 */
import { describe, expect, it } from 'vitest';
import { createChatEngine } from '../../src/chat/engine';
import { fact2Replies, fact2TopicOf, factQuestion2, type Fact2Context, type Fact2Topic } from '../../src/chat/asks-facts2';
import { fakeAnalyze, fakeIndex, realModelPresent, talkThrough, useShippedChat } from './helpers';

const engine = () => createChatEngine({ analyze: fakeAnalyze, index: fakeIndex(), seed: 3, gaugeThreshold: 60 });

describe('factQuestion2: the questions', () => {
  const cases: Array<[string, Fact2Context, Fact2Topic]> = [
    // work
    ['저 주휴수당 받을 수 있어요?', { earlier: ['편의점 알바 하는데 주 15시간 넘게 일해요'] }, 'weekly_pay'],
    ['이거 받을 수 있는 거 맞나요?', { earlier: ['알바하는데 사장님이 주휴수당을 안 주시는 것 같아요', '일주일에 20시간 일하거든요'] }, 'weekly_pay'],
    ['사장님이 알바는 원래 없다고 하시던데', { lastFact: 'weekly_pay', earlier: ['저 주휴수당 받을 수 있어요?'] }, 'weekly_pay_boss'],
    ['어디에 신고하면 돼요?', { lastFact: 'weekly_pay_boss' }, 'wage_where'],
    ['어디에 물어봐야 돼요?', { lastFact: 'weekly_pay' }, 'wage_where'],
    ['근데 잘릴까봐 무서워요', { lastFact: 'wage_where' }, 'report_fear'],
    ['실업급여는 받을 수 있나', { earlier: ['회사에서 갑자기 다음달까지만 나오래'] }, 'unemployment'],
    ['3년 일했는데 퇴직금은?', { earlier: ['회사에서 갑자기 다음달까지만 나오래'] }, 'severance'],
    ['이거 해고 맞지?', { earlier: ['회사에서 갑자기 다음달까지만 나오래'] }, 'is_dismissal'],
    ['한달 전에 말하면 합법인거야?', { earlier: ['회사에서 갑자기 다음달까지만 나오래'] }, 'notice_month'],
    ['수습이면 원래 90%만 줘도 되는 거예요?', { earlier: ['수습 3개월인데 월급을 최저시급보다 적게 준대요'] }, 'probation_pay'],
    ['저 편의점 일인데요', { lastFact: 'probation_pay' }, 'probation_simple'],
    ['아 그리고 근로계약서도 안 썼어요', { earlier: ['수습 3개월인데 월급을 최저시급보다 적게 준대요'] }, 'no_contract'],
    // lease
    ['이사 날짜는 벌써 잡아놨는데 어떡하죠', { earlier: ['집주인이 계약 끝났는데 보증금을 안 돌려줘요'] }, 'deposit'],
    ['내용증명 보내야 하나요?', { earlier: ['집주인이 계약 끝났는데 보증금을 안 돌려줘요'] }, 'deposit'],
    ['임차권등기명령이 뭔지 들어만 봤어요', { earlier: ['집주인이 계약 끝났는데 보증금을 안 돌려줘요'] }, 'lease_register'],
    // medicine
    ['감기약 먹고 술 마셔도 돼?', { earlier: ['엄마가 감기약 먹고 있는데', '오늘 저녁에 아빠 생신이라 와인 한잔 하고 싶대'] }, 'cold_med_alcohol'],
    ['숙취에 타이레놀 먹어도 돼?', { earlier: ['어제 회식에서 너무 많이 마셔서 머리가 깨질 것 같아'] }, 'hangover_painkiller'],
    ['숙취엔 타이레놀 먹으면 안 된다던데 진짜예요?', {}, 'hangover_painkiller'],
    ['술 마시고 두통약 먹어도 돼요?', {}, 'hangover_painkiller'],
    ['그럼 아스피린은요?', { lastFact: 'hangover_painkiller' }, 'hangover_painkiller'],
    ['아 그렇구나 그럼 뭐 먹어야 돼', { lastFact: 'hangover_painkiller' }, 'hangover_what'],
    ['이부프로펜이랑 타이레놀 같이 먹어도 돼?', { earlier: ['생리통 너무 심해서 죽겠어ㅠ'] }, 'painkiller_combo'],
    ['빈속에 먹어도 돼?', { lastFact: 'painkiller_combo' }, 'empty_stomach'],
    ['약을 하루 건너뛰고 마시면 되지 않을까요', { earlier: ['우울증약 먹고 있는데 오늘 친구 생일이라 술 마셔야 될 거 같아요'] }, 'skip_med'],
    ['반 알만 먹어도 되나?', { earlier: ['잠이 안와서 수면제 처방받았는데'] }, 'half_dose'],
    ['먹고 바로 안 자면 어떻게 돼?', { earlier: ['잠이 안와서 수면제 처방받았는데'] }, 'sleep_pill_awake'],
    ['어제 먹고 폰 보다가 기억이 없어 좀 무서웠어', { earlier: ['잠이 안와서 수면제 처방받았는데'] }, 'sleep_pill_awake'],
    ['의존될까봐 걱정돼', { earlier: ['잠이 안와서 수면제 처방받았는데'] }, 'pill_dependence'],
    ['커피 마셔도 돼요?', { earlier: ['요즘 신경안정제 먹고 있어요'] }, 'anxiety_coffee'],
    ['항불안제 먹는데 카페인 괜찮나요?', {}, 'anxiety_coffee'],
    // records, leave, a message
    ['기록 남는거 엄마가 알수잇어요? 저 22살이에요', { earlier: ['낼 정신과 첫진료 예약햇는데 넘 떨려요'] }, 'psych_record'],
    ['정신과 다니면 취업에 불이익 있어요?', {}, 'psych_record'],
    ['보험 가입 안 된다던데 진짜야?', { lastFact: 'psych_record', earlier: ['정신과 가보려고'] }, 'psych_record'],
    ['가서 머라고 말해야되요?', { earlier: ['낼 정신과 첫진료 예약햇는데 넘 떨려요'] }, 'first_visit'],
    ['가족력 같은것도 물어보나요', { earlier: ['낼 정신과 첫진료 예약햇는데 넘 떨려요', '가서 머라고 말해야되요?'] }, 'first_visit'],
    ['보험 가입 안 된다던데', { lastFact: 'psych_record' }, 'psych_record'],
    ['회사에 생리휴가 써도 눈치 안보이려나', {}, 'period_leave'],
    ['생리휴가 쓸 수 있어?', {}, 'period_leave'],
    ['팀장님한테 어떻게 말하지', { earlier: ['몸이 너무 안 좋아서 내일 병가 내야 할 것 같은데'] }, 'sick_leave_message'],
    ['카톡으로 해도 돼? 아님 전화해야 돼?', { earlier: ['몸이 너무 안 좋아서 내일 병가 내야 할 것 같은데'] }, 'sick_leave_how'],
    ['예시 문장 좀 써줘', { earlier: ['몸이 너무 안 좋아서 내일 병가 내야 할 것 같은데', '카톡으로 해도 돼? 아님 전화해야 돼?'] }, 'sick_leave_message'],
  ];
  for (const [text, ctx, want] of cases) {
    it(`${text} → ${want}`, () => expect(factQuestion2(text, ctx)).toBe(want));
  }
});

describe('factQuestion2: near misses', () => {
  const cases: Array<[string, Fact2Context]> = [
    ['주휴수당 받고 있어요', {}],
    ['친구가 주휴수당 받을 수 있냐고 물어봤어', {}],
    ['실업급여 받고 있어', {}],
    ['친구가 실업급여 받는대', {}],
    ['동생이 퇴직금 받을 수 있냐던데', {}],
    ['퇴직금 받았어', {}],
    ['이거 해고 맞지?', {}],
    ['한 달 전에 말하면 돼?', { earlier: ['퇴사하려고요'] }],
    ['수습 끝나서 기뻐', {}],
    ['보증금 돌려받았어요', { earlier: ['이사했어요'] }],
    ['친구한테 빌려준 돈 안 돌려줘요 어떡하죠', {}],
    ['감기약 먹고 푹 잤어', {}],
    ['감기 걸려서 술 못 마셔 어떡해', {}],
    ['타이레놀 먹어도 돼?', {}],
    ['어제 술 마시고 두통약 먹었어', {}],
    ['술을 하루 건너뛰면 되지 않을까요', { earlier: ['우울증약 먹고 있어요'] }],
    ['수면제 먹고 잘 잤어', {}],
    ['어제 술 마시고 기억이 없어', { earlier: ['수면제 처방받았어'] }],
    ['커피 마셔도 돼?', {}],
    ['청심환이랑 커피 같이 먹어도 돼요?', { earlier: ['안정제 대신 청심환 먹으려고'] }],
    ['이 앱 기록 엄마가 볼 수 있어?', {}],
    ['생리휴가 썼어', {}],
    ['연차 쓴다고 어떻게 말하지', {}],
    ['카톡으로 해도 돼?', { earlier: ['친구랑 싸웠어'] }],
    ['사장님이 오늘 손님 없다고 일찍 가래', { earlier: ['저 주휴수당 받을 수 있어요?'] }],
    ['게임 중독 같아', { earlier: ['수면제 처방받았어'] }],
    ['커피 한잔 하러 갈까', { earlier: ['신경안정제 먹고 있어'] }],
    ['보증금 돌려받았어요 이제 뭐하지?', { earlier: ['집주인이 보증금을 안 돌려줘서 걱정했는데'] }],
    ['109 상담 받으면 기록 남아?', {}],
    ['엄마한테 뭐라고 말하지?', { earlier: ['친구가 정신과 다닌대'] }],
    ['보험 가입 안 된다던데', { earlier: ['정신과 가보려고'] }],
  ];
  for (const [text, ctx] of cases) {
    it(text, () => expect(factQuestion2(text, ctx)).toBeNull());
  }
});

describe('the answers', () => {
  const all: Fact2Topic[] = ['weekly_pay', 'weekly_pay_boss', 'wage_where', 'report_fear', 'unemployment', 'severance', 'notice_month', 'is_dismissal', 'deposit', 'lease_register', 'cold_med_alcohol', 'hangover_painkiller', 'hangover_what', 'painkiller_combo', 'empty_stomach', 'skip_med', 'half_dose', 'sleep_pill_awake', 'pill_dependence', 'anxiety_coffee', 'probation_pay', 'probation_simple', 'no_contract', 'psych_record', 'first_visit', 'period_leave', 'sick_leave_how', 'sick_leave_message'];

  it('are 해요체, short, never 당신', () => {
    for (const topic of all) {
      for (const r of fact2Replies(topic, '?')) {
        expect(r.split(/(?<=[.?!])\s/u).length, r).toBeLessThanOrEqual(7);
        expect(r, r).toMatch(/[요죠][.?]$/u);
        expect(r).not.toMatch(/당신/u);
      }
    }
  });

  it('give the facts of each question', () => {
    expect(fact2Replies('weekly_pay', '?')[0]).toMatch(/15시간 이상[^.]*주휴수당[\s\S]*알바도[\s\S]*1350/u);
    expect(fact2Replies('weekly_pay_boss', '?')[0]).toMatch(/사실이 아니에요/u);
    expect(fact2Replies('unemployment', '?')[0]).toMatch(/18개월[^.]*180일[\s\S]*고용센터/u);
    expect(fact2Replies('severance', '?')[0]).toMatch(/1년 이상[\s\S]*30일분 평균임금[\s\S]*14일/u);
    expect(fact2Replies('deposit', '?')[0]).toMatch(/이사 전에[^.]*임차권등기명령[\s\S]*대항력·우선변제권[\s\S]*주택임대차분쟁조정위원회[\s\S]*132[\s\S]*HUG/u);
    expect(fact2Replies('deposit', '?')[0]).not.toMatch(/빌려/u);
    expect(fact2Replies('lease_register', '?')[0]).toMatch(/등기가 된 걸 확인한 뒤에 이사/u);
    expect(fact2Replies('probation_pay', '?')[0]).toMatch(/1년 이상[\s\S]*3개월[\s\S]*90%[\s\S]*편의점/u);
    expect(fact2Replies('probation_pay', '수습이면 90%만 줘도 돼요?', { earlier: ['편의점 수습이에요'] })[0]).toMatch(/최저임금을 다 받아야/u);
    expect(fact2Replies('no_contract', '?')[0]).toMatch(/법을 어긴/u);
    expect(fact2Replies('period_leave', '?')[0]).toMatch(/한 달에 하루[\s\S]*제73조[\s\S]*무급/u);
    expect(fact2Replies('sick_leave_message', '?')[0]).toMatch(/"팀장님, [^"]+병가[^"]+"/u);
  });

  it('medicine: nothing mixed with alcohol is called fine, and who can judge is named', () => {
    for (const topic of ['cold_med_alcohol', 'hangover_painkiller', 'painkiller_combo', 'empty_stomach', 'skip_med', 'half_dose', 'sleep_pill_awake', 'pill_dependence', 'anxiety_coffee'] as const) {
      for (const r of fact2Replies(topic, '?')) {
        expect(r, r).toMatch(/약사|의사|약국/u);
        expect(r).not.toMatch(/마셔도 돼요|먹어도 돼요|[0-9]+\s?(?:mg|알|정)/u);
      }
    }
    expect(fact2Replies('hangover_painkiller', '숙취에 타이레놀 먹어도 돼?')[0]).toMatch(/아세트아미노펜[^.]*피하는 게 좋아요[\s\S]*간/u);
    expect(fact2Replies('hangover_painkiller', '그럼 아스피린은요?')[0]).toMatch(/^아스피린[^.]*위/u);
    expect(fact2Replies('skip_med', '?')[0]).toMatch(/스스로 정하지 않는[\s\S]*중단 증상/u);
    expect(fact2Replies('sleep_pill_awake', '어제 먹고 폰 보다가 기억이 없어')[0]).toMatch(/알려진 부작용[\s\S]*처방한 의사에게 꼭 말해/u);
  });

  it('감기약: answers for the person named, in honorifics', () => {
    const r = fact2Replies('cold_med_alcohol', '감기약 먹고 술 마셔도 돼?', { earlier: ['엄마가 감기약 먹고 있는데'] })[0]!;
    expect(r).toMatch(/^어머니께서 감기약을 드시는 중이면/u);
    expect(r).not.toMatch(/항우울제/u);
    expect(fact2Replies('cold_med_alcohol', '감기약 먹고 술 마셔도 돼?')[0]).toMatch(/^감기약을 먹는 중이면/u);
  });

  it('clinic records: family, employer, insurance, a minor; not this app', () => {
    const family = fact2Replies('psych_record', '기록 남는거 엄마가 알수잇어요? 저 22살이에요')[0]!;
    expect(family).toMatch(/본인 동의 없이 가족에게도[\s\S]*피부양자[\s\S]*병원에 물어보세요/u);
    expect(family).not.toMatch(/이 기기|앱/u);
    expect(fact2Replies('psych_record', '취업에 불이익 있어요?')[0]).toMatch(/회사는[^.]*볼 수 없어요/u);
    expect(fact2Replies('psych_record', '보험 가입 안 된다던데')[0]).toMatch(/사실대로/u);
    expect(fact2Replies('psych_record', '기록 엄마가 알 수 있어요? 저 고등학생이에요')[0]).toMatch(/미성년자/u);
  });

  it('reads its own reply ids back', () => {
    expect(fact2TopicOf('fact2:deposit#1')).toBe('deposit');
    expect(fact2TopicOf('fact:dose#0:abc')).toBeNull();
  });
});

describe('engine: the right answer for the question', () => {
  it('주휴수당, the boss, where to report, the fear of losing the job', async () => {
    // (The fake index flags "무서워요" as violence; the fear of losing the job is checked with the shipped model below.)
    const rs = await talkThrough(engine(), ['편의점 알바 하는데 주 15시간 넘게 일해요', '저 주휴수당 받을 수 있어요?', '사장님이 알바는 원래 없다고 하시던데', '어디에 신고하면 돼요?']);
    expect(rs[1]!.reply).toMatch(/주휴수당을 받을 수 있어요/u);
    expect(rs[1]!.reply).not.toMatch(/30분/u);
    expect(rs[2]!.reply).toMatch(/사실이 아니에요/u);
    expect(rs[3]!.reply).toMatch(/진정/u);
    expect(rs[3]!.reply).not.toMatch(/괴롭힘/u);
  });

  it('dismissed: 해고, notice, 실업급여, 퇴직금 each get their own answer', async () => {
    const rs = await talkThrough(engine(), ['회사에서 갑자기 다음달까지만 나오래', '이거 해고 맞지?', '한달 전에 말하면 합법인거야?', '실업급여는 받을 수 있나', '3년 일했는데 퇴직금은?']);
    expect(rs[1]!.reply).toMatch(/해고에 해당할 수/u);
    expect(rs[2]!.reply).toMatch(/30일 전 예고/u);
    expect(rs[3]!.reply).toMatch(/실업급여/u);
    expect(rs[3]!.reply).not.toMatch(/30분/u);
    expect(rs[4]!.reply).toMatch(/퇴직금/u);
    expect(rs[4]!.reply).not.toMatch(/체불|밀려/u);
  });

  it('a deposit not returned is a lease matter, not money lent', async () => {
    const rs = await talkThrough(engine(), ['집주인이 계약 끝났는데 보증금을 안 돌려줘요', '이사 날짜는 벌써 잡아놨는데 어떡하죠', '내용증명 보내야 하나요?', '임차권등기명령이 뭔지 들어만 봤어요']);
    expect(rs[1]!.reply).toMatch(/임차권등기명령/u);
    for (const r of rs.slice(1)) expect(r.reply).not.toMatch(/빌려/u);
    expect(rs[2]!.reply).not.toBe(rs[1]!.reply);
    expect(rs[3]!.reply).toMatch(/등기부/u);
  });

  it('a mother’s cold medicine with wine: the medicine and the person named', async () => {
    const rs = await talkThrough(engine(), ['엄마가 감기약 먹고 있는데', '오늘 저녁에 아빠 생신이라 와인 한잔 하고 싶대', '감기약 먹고 술 마셔도 돼?']);
    expect(rs[2]!.reply).toMatch(/어머니께서 감기약/u);
    expect(rs[2]!.reply).not.toMatch(/항우울제/u);
  });

  it('a sleeping pill: half a pill, staying up, a memory gap', async () => {
    const rs = await talkThrough(engine(), ['잠이 안와서 수면제 처방받았는데', '반 알만 먹어도 되나?', '먹고 바로 안 자면 어떻게 돼?', '어제 먹고 폰 보다가 기억이 없어 좀 무서웠어']);
    expect(rs[1]!.reply).toMatch(/제가 정할 수 없어요/u);
    expect(rs[2]!.reply).toMatch(/바로 자는 게 좋아요/u);
    expect(rs[3]!.reply).toMatch(/알려진 부작용/u);
  });

  it('a sick-leave message gets drafted', async () => {
    const rs = await talkThrough(engine(), ['몸이 너무 안 좋아서 내일 병가 내야 할 것 같은데', '카톡으로 해도 돼? 아님 전화해야 돼?', '예시 문장 좀 써줘']);
    expect(rs[1]!.reply).toMatch(/평소 팀에서/u);
    expect(rs[2]!.reply).toMatch(/"팀장님,/u);
  });

  it('a statement in the same story goes the usual way', async () => {
    const rs = await talkThrough(engine(), ['잠이 안와서 수면제 처방받았는데', '어제 수면제 먹고 푹 잤어']);
    expect(rs[1]!.reply).not.toMatch(/약사|의사/u);
  });
});

describe.skipIf(!realModelPresent())('session 36 (facts2) with the shipped model', () => {
  const shipped = useShippedChat();

  it('hangover: 타이레놀, then aspirin, then what to eat', async () => {
    const rs = await talkThrough(shipped().engine, ['어제 술 너무 마셔서 속이 뒤집어질 거 같아요', '숙취엔 타이레놀 먹으면 안 된다던데 진짜예요?', '그럼 아스피린은요?', '해장국 먹으면 좀 나아질까요']);
    expect(rs[1]!.reply).toMatch(/^네, 그렇게 알려져 있어요/u);
    expect(rs[2]!.reply).toMatch(/^아스피린/u);
    expect(rs[3]!.reply).toMatch(/수분/u);
  }, 60_000);

  it('주휴수당 at a convenience store, to the fear of losing the job', async () => {
    const rs = await talkThrough(shipped().engine, ['편의점 알바 하는데 주 15시간 넘게 일해요', '저 주휴수당 받을 수 있어요?', '사장님이 알바는 원래 없다고 하시던데', '어디에 신고하면 돼요?', '근데 잘릴까봐 무서워요']);
    expect(rs[1]!.reply).toMatch(/주휴수당을 받을 수 있어요/u);
    expect(rs[2]!.reply).toMatch(/사실이 아니에요/u);
    expect(rs[4]!.reply).toMatch(/불이익을 주는 건[^.]*금지/u);
  }, 60_000);

  it('antidepressant: a glass, then skipping the pill', async () => {
    const rs = await talkThrough(shipped().engine, ['우울증약 먹고 있는데 오늘 친구 생일이라 술 마셔야 될 거 같아요', '한 잔 정도는 괜찮겠죠?', '약을 하루 건너뛰고 마시면 되지 않을까요']);
    expect(rs[2]!.reply).toMatch(/건너뛰어도 괜찮은 건 약이 아니라 술/u);
  }, 60_000);

  it('clinic records are about the hospital, not this app', async () => {
    const rs = await talkThrough(shipped().engine, ['낼 정신과 첫진료 예약햇는데 넘 떨려요', '기록 남는거 엄마가 알수잇어요? 저 22살이에요']);
    expect(rs[1]!.kind).not.toBe('meta');
    expect(rs[1]!.reply).toMatch(/가족에게도 보여 주지 않아요/u);
    expect(rs[1]!.reply).not.toMatch(/이 기기/u);
  }, 60_000);

  it('painkillers for period pain, empty stomach, 생리휴가', async () => {
    const rs = await talkThrough(shipped().engine, ['생리통 너무 심해서 죽겠어ㅠ', '이부프로펜이랑 타이레놀 같이 먹어도 돼?', '빈속에 먹어도 돼?', '회사에 생리휴가 써도 눈치 안보이려나']);
    expect(rs[1]!.reply).toMatch(/약사/u);
    expect(rs[2]!.reply).toMatch(/빈속/u);
    expect(rs[3]!.reply).toMatch(/생리휴가/u);
  }, 60_000);
});
