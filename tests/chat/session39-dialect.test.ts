/**
 * Session 39 (dialect): users in their 40s–60s writing 경상도, 전라도, 충청도 and 제주 speech, and
 * the situations of later life the testers' conversations found read as a young person's or as
 * another topic (dialect.ts, later-life.ts, intent-guards.ts).
 */
import { describe, expect, it } from 'vitest';
import { createChatEngine } from '../../src/chat/engine';
import { hasDialect, normalizeDialect } from '../../src/chat/dialect';
import {
  aloneIfFalls,
  callsLateSpouse,
  caregiverBurden,
  careHomeTurn,
  childMoneyTurn,
  kimjangTurn,
  olderWorkerTurn,
  sonEnlisted,
  childJobWorry,
  emptyNestTurn,
  hidesFromChildren,
  laterLifeTurn,
  mealsAfterLoss,
  menopauseTurn,
  nearFaint,
  retirementDayTurn,
  reunionTurn,
} from '../../src/chat/later-life';
import { presumesUnsaid } from '../../src/chat/intent-guards';
import { elderAbuse } from '../../src/chat/home-violence';
import { fakeAnalyze, fakeIndex, realModelPresent, talkThrough, useShippedChat } from './helpers';

const engine = () => createChatEngine({ analyze: fakeAnalyze, index: fakeIndex(), seed: 3, gaugeThreshold: 60 });

describe('normalizeDialect', () => {
  it('reads the testers’ regional turns as standard Korean', () => {
    const cases: Array<[string, string]> = [
      // 경상도
      ['갱년기 땜에 병원 갔더니 호르몬 치료 하자카네', '갱년기 땜에 병원 갔더니 호르몬 치료 하자고 하네'],
      ['근데 유방암 위험이 있다 카던데 해도 되나', '근데 유방암 위험이 있다고 하던데 해도 되나'],
      ['니 생각은 어떻노', '니 생각은 어때'],
      ['혼자 사는데 쓰러지믄 누가 알겠노', '혼자 사는데 쓰러지면 누가 알겠니'],
      ['자식들한테 말하믄 걱정만 할끼고', '자식들한테 말하면 걱정만 할 거고'],
      ['요새 와이리 마이 힘드노', '요새 왜 이렇게 많이 힘드니'],
      ['그카이 더 서럽다 아이가', '그러니까 더 서럽다 아니야'],
      ['안주면 서운하다 카고 주면 우리 노후는 우짜노', '안주면 서운하다고 하고 주면 우리 노후는 어떡하니'],
      ['아들이 사업한다고 돈 달라카는데 퇴직금 다 달라카네', '아들이 사업한다고 돈 달라고 하는데 퇴직금 다 달라고 하네'],
      ['별거 아이겠제', '별거 아니겠지'],
      ['겁이 나는기라 솔직히', '겁이 나는 거야 솔직히'],
      ['빚이 억수로 남았다', '빚이 엄청 남았다'],
      ['억수로 좋데이 ㅎㅎ', '엄청 좋다 ㅎㅎ'],
      ['밥을 우째 해먹어야 될지도 모르겠고', '밥을 어떻게 해먹어야 될지도 모르겠고'],
      ['와 이라노 진짜', '왜 이러니 진짜'],
      // 전라도
      ['김장 배추 백포기 했당께', '김장 배추 백포기 했다니까'],
      ['며느리들은 와서 가져가기만 허고', '며느리들은 와서 가져가기만 하고'],
      ['좋은 일인디 왜 이렇게 허전헌지 모르겄어', '좋은 일인데 왜 이렇게 허전한지 모르겠어'],
      ['집이 겁나 조용혀 워메', '집이 엄청 조용해 어머'],
      ['새벽 세시만 되믄 눈이 떠져부러', '새벽 세시만 되면 눈이 떠져 버려'],
      ['거시기 뭐냐 요즘 잠이 안와서', '요즘 잠이 안와서'],
      ['거시기 좀 줘봐', '그거 좀 줘봐'],
      // 충청도
      ['삼십년 다닌 회사에서 명퇴했슈', '삼십년 다닌 회사에서 명퇴했어요'],
      ['뭐라도 해야 하는디 뭘 해야 할지 모르겄슈', '뭐라도 해야 하는데 뭘 해야 할지 모르겠어요'],
      ['남편은 지 엄마인디 나 몰라라 혀', '남편은 지 엄마인데 나 몰라라 해'],
      ['시어머니 모시고 산지 이십년이여', '시어머니 모시고 산지 이십년이야'],
      ['괜찮여 별일 아녀', '괜찮아 별일 아니야'],
      ['늙어서 그런가벼', '늙어서 그런가 봐'],
      ['애들 다 키우고 나니께 이제야 내 시간이 생겼네유', '애들 다 키우고 나니까 이제야 내 시간이 생겼네요'],
      ['마누라 눈치도 보이고 그려', '마누라 눈치도 보이고 그래'],
      // 제주
      ['우리 어멍 요양원 들어가신지 한달 되었수다', '우리 엄마 요양원 들어가신지 한달 되었어요'],
      ['보러 가믄 집에 가젠 허멍 울어마씸', '보러 가면 집에 가겠다고 하면서 울어요'],
      ['마음이 하영 아팡', '마음이 많이 아파'],
      ['어떵 해야 할지 모르쿠다', '어떻게 해야 할지 모르겠어요'],
    ];
    for (const [text, want] of cases) expect(normalizeDialect(text), text).toBe(want);
  });

  it('leaves standard Korean that looks like a regional form alone', () => {
    const standard = [
      '요즘 이슈가 많아서 피곤해요',
      '티슈 좀 사야겠어',
      '자유롭게 살고 싶어',
      '여유가 없어요',
      '이유를 모르겠어',
      '우유 마시고 잤어',
      '인디 음악 추천해줘',
      '인디 밴드 좋아해요',
      '어머니께 전화드렸어',
      '할머니께서 오셨어',
      '기라성 같은 선배들',
      '친구랑 수다 떨었어',
      '혀가 아파요',
      '혀 깨물었어',
      '그림 그려 줘',
      '하노이 여행 갔다 왔어',
      '우리 아이가 아파요',
      '아이가 말을 안 들어요',
      '지 아이가 아프다고 그러더라',
      '겁나서 못 가겠어',
      '너무 겁나요',
      '마이웨이 들어요',
      '아녀자라고 하다니',
      '한겨레 신문 봤어',
      '가벼워서 좋아',
      '발렌타인데이에 뭐 하지',
      '캔디 먹었어',
      '하영이랑 놀았어',
      '무사히 도착했어요',
      '무사 귀환했어',
      '반지 끼고 나갔어',
      '요시노 벚꽃 보러 가요',
      '라우터가 고장났어',
      '오메가3 먹어요',
      '부러질 것 같아',
      '부러워요',
      '석유 값이 올랐어',
    ];
    for (const text of standard) {
      expect(normalizeDialect(text), text).toBe(text);
      expect(hasDialect(text), text).toBe(false);
    }
  });

  it('is idempotent and NFC', () => {
    const turns = ['갱년기 땜에 병원 갔더니 호르몬 치료 하자카네', '남편은 지 엄마인디 나 몰라라 혀', '어떵 해야 할지 모르쿠다'];
    for (const t of turns) {
      const once = normalizeDialect(t);
      expect(normalizeDialect(once)).toBe(once);
      expect(normalizeDialect(t.normalize('NFD'))).toBe(once);
    }
  });
});

describe('later life: a near faint, living alone', () => {
  it('finds the user’s own near faint, not hyperbole or someone else', () => {
    expect(nearFaint('어제 아침에 어지러워서 쓰러질뻔했다')).toBe(true);
    expect(nearFaint('쓰러질 뻔했어', ['혈압약 먹은지 십년째다'])).toBe(true);
    expect(nearFaint('갑자기 핑 돌아서 주저앉았어요')).toBe(true);
    expect(nearFaint('배고파서 쓰러질 것 같아')).toBe(false);
    expect(nearFaint('너무 웃겨서 쓰러질 뻔 ㅋㅋ')).toBe(false);
    expect(nearFaint('엄마가 어지러워서 쓰러지셨어요')).toBe(false);
    expect(nearFaint('남편이 어제 쓰러졌어요 어지럽다고')).toBe(false);
    expect(nearFaint('야근 때문에 쓰러질 것 같아')).toBe(false);
  });

  it('finds the fear of falling ill alone and health kept from the children', () => {
    expect(aloneIfFalls('혼자 사는데 쓰러지면 누가 알겠니')).toBe(true);
    expect(aloneIfFalls('혼자 사는데 아프면 아무도 모를 거야')).toBe(true);
    expect(aloneIfFalls('혼자 사는 게 편해요')).toBe(false);
    expect(aloneIfFalls('쓰러지면 누가 알겠어')).toBe(false);
    expect(hidesFromChildren('자식들한테 말하면 걱정만 할 거고', ['어제 아침에 어지러워서 쓰러질뻔했다'])).toBe(true);
    expect(hidesFromChildren('자식들한테 말하면 걱정만 할 거고', ['오늘 날씨 좋네'])).toBe(false);
  });

  it('says see a doctor soon and 119 if it happens again, and names the medicine only when told', () => {
    const bp = laterLifeTurn('어제 아침에 어지러워서 쓰러질뻔했다', ['혈압약 먹은지 십년째다'])!;
    expect(bp.kind).toBe('near_faint');
    expect(bp.replies[0]).toMatch(/119/u);
    expect(bp.replies[0]).toMatch(/병원/u);
    expect(bp.replies[0]).toMatch(/혈압약/u);
    const plain = laterLifeTurn('어지러워서 쓰러질 뻔했어요')!;
    expect(plain.replies[0]).not.toMatch(/혈압/u);
    const alone = laterLifeTurn('혼자 사는데 쓰러지면 누가 알겠니')!;
    expect(alone.kind).toBe('alone_if_falls');
    expect(alone.replies[0]).toMatch(/안부/u);
  });
});

describe('later life: a late spouse, a grown child, a reunion, 갱년기, a retirement day, the empty nest', () => {
  const widower = ['마누라 보낸지 석달 됐다'];
  it('reads calling the late spouse and meals alone only after a death told', () => {
    expect(callsLateSpouse('아직도 아침에 마누라 부를뻔 한다', widower)).toBe(true);
    expect(callsLateSpouse('아직도 아침에 마누라 부를뻔 한다', ['마누라가 친정 갔다'])).toBe(false);
    expect(mealsAfterLoss('밥을 어떻게 해먹어야 될지도 모르겠고', widower)).toBe(true);
    expect(mealsAfterLoss('밥을 어떻게 해먹어야 될지도 모르겠고', ['요즘 혼자 자취해요'])).toBe(false);
  });

  it('reads a grown child without a job from the parent’s side, not the job seeker’s', () => {
    expect(childJobWorry('아들이 서른다섯인데 아직 취직을 못했어')).toBe('opener');
    expect(childJobWorry('우리 딸이 아직 취업을 못 해서 걱정이에요')).toBe('opener');
    expect(childJobWorry('저는 아직 취직을 못했어요')).toBeNull();
    expect(childJobWorry('아들이 취직했어요')).toBeNull();
    const story = ['아들이 서른다섯인데 아직 취직을 못했어'];
    expect(childJobWorry('공무원 시험만 몇년째 보는지 모르겠어', story)).toBe('exam');
    expect(childJobWorry('뭐라 하면 상처받을까봐 말도 못하고', story)).toBe('cant_say');
    expect(childJobWorry('속이 타들어가', story)).toBe('burning');
    expect(childJobWorry('공무원 시험 공부 중이에요')).toBeNull();
    expect(laterLifeTurn('아들이 서른다섯인데 아직 취직을 못했어')!.replies[0]).toMatch(/아드님/u);
  });

  it('reads a reunion’s comparisons only in a reunion’s story', () => {
    const story = ['오늘 동창회 다녀왔는데 기분이 영 그렇네'];
    expect(reunionTurn('누구는 아들이 의사고 누구는 강남에 집이 두채고', story)).toBe('compared');
    expect(reunionTurn('나는 내세울게 하나도 없더라', story)).toBe('nothing');
    expect(reunionTurn('괜히 갔다 싶어', story)).toBe('regret');
    expect(reunionTurn('누구는 아들이 의사고 누구는 강남에 집이 두채고')).toBeNull();
    expect(reunionTurn('괜히 갔다 싶어', ['어제 시장에 갔어'])).toBeNull();
  });

  it('reads 갱년기: hormone therapy, its risk, the bot’s opinion, medicine, symptoms', () => {
    expect(menopauseTurn('갱년기 땜에 병원 갔더니 호르몬 치료 하자고 하네')).toBe('hrt');
    const hrt = ['갱년기 땜에 병원 갔더니 호르몬 치료 하자고 하네'];
    expect(menopauseTurn('근데 유방암 위험이 있다고 하던데 해도 되나', hrt)).toBe('risk');
    expect(menopauseTurn('니 생각은 어때', hrt)).toBe('opinion');
    expect(menopauseTurn('약이라도 먹어야하나', ['갱년기인지 우울증인지 모르겠어'])).toBe('medicine');
    expect(menopauseTurn('갱년기인지 우울증인지 모르겠어')).toBe('either');
    expect(menopauseTurn('툭하면 눈물나고 짜증나고', ['갱년기인지 우울증인지 모르겠어'])).toBe('symptoms');
    expect(menopauseTurn('남편은 뭐 그런걸로 유난이냐고 하고', ['갱년기라고 하더라 밤에 잠도 안오고'])).toBe('dismissed');
    // No 갱년기 in the story: nothing.
    expect(menopauseTurn('약이라도 먹어야하나')).toBeNull();
    expect(menopauseTurn('니 생각은 어때')).toBeNull();
    expect(menopauseTurn('툭하면 눈물나고 짜증나고')).toBeNull();
    const risk = laterLifeTurn('근데 유방암 위험이 있다고 하던데 해도 되나', hrt)!;
    expect(risk.replies[0]).toMatch(/의사/u);
    expect(risk.replies[0]).not.toMatch(/안전해요|괜찮아요/u);
  });

  it('reads a retirement day and the empty nest', () => {
    expect(retirementDayTurn('정년퇴임식 했어요 오늘')).toBe('ceremony');
    const day = ['정년퇴임식 했어요 오늘'];
    expect(retirementDayTurn('삼십팔년이 이렇게 끝나는구나 싶어서', day)).toBe('years');
    expect(laterLifeTurn('삼십팔년이 이렇게 끝나는구나 싶어서', day)!.replies[0]).toMatch(/^삼십팔년이라는/u);
    expect(retirementDayTurn('이제 뭐하고 살지', day)).toBe('next');
    expect(retirementDayTurn('이제 뭐하고 살지')).toBeNull();
    expect(retirementDayTurn('아빠 퇴임식이 다음주야')).toBe('ceremony');
    const married = ['아들놈이 지난주에 장가를 갔다니까'];
    expect(emptyNestTurn('집이 엄청 조용해 어머', married)).toBe('quiet');
    expect(emptyNestTurn('방에 들어가보면 아직도 지 냄새가 나야', married)).toBe('room');
    expect(emptyNestTurn('좋은 일인데 왜 이렇게 허전한지 모르겠어', married)).toBe('mixed');
    expect(emptyNestTurn('집이 엄청 조용해', ['오늘 비 와서 집에 있어'])).toBeNull();
  });
});

describe('later life: a son in the army, 김장, a caregiver, retirement at home', () => {
  it('reads a son gone to the army from the parent’s side', () => {
    expect(sonEnlisted('우리 막내가 군대 갔어요 어제')).toBe('opener');
    expect(sonEnlisted('아들을 훈련소에 보내고 왔어요')).toBe('opener');
    expect(sonEnlisted('저 다음달에 군대 가요')).toBeNull();
    expect(sonEnlisted('남친이 군대 갔어')).toBeNull();
    const story = ['우리 막내가 군대 갔어요 어제'];
    expect(sonEnlisted('훈련소 앞에서 머리 깎은거 보고 울었네요', story)).toBe('tears');
    expect(sonEnlisted('밥은 잘 먹는지 춥진 않은지...', story)).toBe('worry');
    expect(sonEnlisted('밥은 잘 먹는지 춥진 않은지...')).toBeNull();
  });

  it('reads 김장 done and the family who only take, and a caregiver’s burden', () => {
    expect(kimjangTurn('김장 배추 백포기 했다니까')).toBe('done');
    expect(kimjangTurn('김장 언제 하지')).toBeNull();
    expect(kimjangTurn('며느리들은 와서 가져가기만 하고', ['김장 배추 백포기 했다니까'])).toBe('only_take');
    expect(kimjangTurn('며느리들은 와서 가져가기만 하고')).toBeNull();
    expect(caregiverBurden('시어머니 모시고 산지 이십년이야')).toBe('years');
    expect(laterLifeTurn('시어머니 모시고 산지 이십년이야')!.replies[0]).toMatch(/^이십년을/u);
    const story = ['시어머니 모시고 산지 이십년이야'];
    expect(caregiverBurden('이제 치매까지 오셔서 밤에 잠을 못자', story)).toBe('dementia_nights');
    expect(caregiverBurden('남편은 지 엄마인데 나 몰라라 해', story)).toBe('spouse_away');
    expect(caregiverBurden('나는 뭐 종이야', story)).toBe('servant');
    expect(caregiverBurden('남편은 나 몰라라 해')).toBeNull();
    expect(caregiverBurden('나는 뭐 종이야')).toBeNull();
    expect(laterLifeTurn('이제 치매까지 오셔서 밤에 잠을 못자', story)!.replies[0]).toMatch(/치매안심센터/u);
  });

  it('reads retirement at home after a forced retirement, not someone else’s', () => {
    const story = ['삼십년 다닌 회사에서 명퇴했어요'];
    expect(retirementDayTurn('아침에 눈 뜨면 갈데가 없어요', story)).toBe('nowhere');
    expect(retirementDayTurn('마누라 눈치도 보이고 그래', story)).toBe('home_eyes');
    expect(retirementDayTurn('뭐라도 해야 하는데 뭘 해야 할지 모르겠어요', story)).toBe('next');
    expect(retirementDayTurn('아침에 눈 뜨면 갈데가 없어요')).toBeNull();
    expect(retirementDayTurn('아침에 눈 뜨면 갈데가 없대요', ['아버지가 작년에 명퇴하셨어요'])).toBeNull();
  });

  it('reads the empty nest’s opener, gladness for the child and meals alone', () => {
    expect(emptyNestTurn('딸이 서울로 취직해서 올라가고 혼자 남았어요...')).toBe('opener');
    const story = ['딸이 서울로 취직해서 올라가고 혼자 남았어요...'];
    expect(emptyNestTurn('그래도 딸이 잘돼서 다행이지요..', story)).toBe('glad_for_child');
    expect(emptyNestTurn('밥을 혼자 먹으니까 밥맛이 없네요..ㅎㅎ', story)).toBe('appetite');
    expect(emptyNestTurn('딸이 서울로 놀러 갔어요')).toBeNull();
  });
});

describe('later life: a parent in a care home, money a child asks for, an older worker', () => {
  it('reads a parent moved into a care home, in 제주 speech read through the normaliser', () => {
    const turns = ['우리 어멍 요양원 들어가신지 한달 되었수다', '보러 가믄 집에 가젠 허멍 울어마씸', '마음이 하영 아팡', '어떵 해야 할지 모르쿠다'].map(normalizeDialect);
    const kinds = turns.map((t, i) => careHomeTurn(t, turns.slice(0, i)));
    expect(kinds).toEqual(['opener', 'wants_home', 'hurts', 'what_to_do']);
    expect(careHomeTurn('요양원 보내면 불효자 되는 것 같아서 잠이 안 와요')).toBe('unfilial');
    expect(careHomeTurn('요양원 봉사 다녀왔어')).toBeNull();
    expect(careHomeTurn('마음이 많이 아파')).toBeNull();
    expect(careHomeTurn('어떻게 해야 할지 모르겠어요', ['회사 일이 너무 많아'])).toBeNull();
  });

  it('reads a grown child asking for the nest egg, the dilemma and the spouse who would give', () => {
    const turns = ['아들이 사업한다고 돈 달라카는데 퇴직금 다 달라카네', '안주면 서운하다 카고 주면 우리 노후는 우짜노', '마누라는 주자카고 나는 불안하고'].map(normalizeDialect);
    expect(turns.map((t, i) => childMoneyTurn(t, turns.slice(0, i)))).toEqual(['opener', 'dilemma', 'spouse_differs']);
    expect(childMoneyTurn('퇴직금 정산이 늦어져서 걱정이야')).toBeNull();
    expect(childMoneyTurn('친구가 돈 빌려 달래')).toBeNull();
  });

  it('reads an older worker with nowhere else to go and a younger one’s 반말', () => {
    expect(olderWorkerTurn('쉰다섯에 어디 갈데도 없고 참고 다녀야지 어쩌겠어')).toBe('stuck');
    expect(olderWorkerTurn('젊은 놈이 나한테 반말을 하더라고')).toBe('younger_rude');
    expect(olderWorkerTurn('갈 데가 없어서 집에 있었어')).toBeNull();
    expect(olderWorkerTurn('젊은 사람들이 많아서 좋아')).toBeNull();
  });
});

describe('elder abuse in care reads a bruise, not 제주 허멍', () => {
  it('is told apart', () => {
    expect(elderAbuse('보러 가믄 집에 가젠 허멍 울어마씸', ['우리 엄마 요양원 들어가신지 한달 되었어요'])).toBeNull();
    expect(elderAbuse('요양원에 계신 엄마 팔에 멍이 들어 있었어요', ['엄마가 요양원에 계세요'])).toBe('care');
    expect(elderAbuse('엄마 다리에 시퍼런 멍 자국이 있어요', ['엄마가 요양원에 계세요'])).toBe('care');
  });
});

describe('intent guards for older users', () => {
  it('hormone therapy for 갱년기 is no coming out; a 막내 gone to the army is no enlistment of the user', () => {
    expect(presumesUnsaid('family_coming_out', '갱년기 땜에 병원 갔더니 호르몬 치료 하자고 하네')).toBe(true);
    expect(presumesUnsaid('family_coming_out', '부모님께 커밍아웃 할까 고민돼요')).toBe(false);
    expect(presumesUnsaid('military_enlisting_soon', '우리 막내가 군대 갔어요 어제')).toBe(true);
    expect(presumesUnsaid('military_enlisting_soon', '다음달에 군대 가요')).toBe(false);
    expect(presumesUnsaid('work_forced_retirement_hidden', '쉰다섯에 어디 갈데도 없고 참고 다녀야지 어쩌겠어')).toBe(true);
  });
});

describe('engine: dialect and later life (fake model)', () => {
  it('a 경상도 near faint on blood-pressure medicine gets the doctor and 119, then who checks on him', async () => {
    const rs = await talkThrough(engine(), ['혈압약 먹은지 십년째다', '어제 아침에 어지러워서 쓰러질뻔했다', '혼자 사는데 쓰러지믄 누가 알겠노', '자식들한테 말하믄 걱정만 할끼고']);
    expect(rs[1]!.reply).toMatch(/119/u);
    expect(rs[2]!.reply).toMatch(/안부/u);
    expect(rs[3]!.reply).toMatch(/가족이 알고/u);
    for (const r of rs) expect(r.intent).not.toBe('life_daily_hangover');
  }, 240_000);

  it('a 충청도 retirement and 전라도 empty nest are read through the normaliser', async () => {
    const nest = await talkThrough(engine(), ['아들놈이 지난주에 장가를 갔당께', '집이 겁나 조용혀 워메', '좋은 일인디 왜 이렇게 허전헌지 모르겄어']);
    expect(nest[1]!.reply).toMatch(/조용해지면/u);
    expect(nest[2]!.reply).toMatch(/좋은 일인 걸/u);
    const meno = await talkThrough(engine(), ['갱년기 땜에 병원 갔더니 호르몬 치료 하자카네', '근데 유방암 위험이 있다 카던데 해도 되나', '니 생각은 어떻노']);
    expect(meno[0]!.intent).not.toBe('family_coming_out');
    expect(meno[1]!.reply).toMatch(/가족력/u);
    expect(meno[2]!.reply).toMatch(/정해 드릴 수는 없어요/u);
  });

  it('safety still reads the user’s own words', async () => {
    const rs = await talkThrough(engine(), ['식당 20년 하다가 결국 문닫았다', '빚이 억수로 남았다', '그냥 다 끝내고 싶을 때가 있다']);
    expect(rs[2]!.kind).toBe('safety');
  });
});

describe.skipIf(!realModelPresent())('session 39 dialect turns with the shipped model', () => {
  const shipped = useShippedChat();

  it('a widower’s habit and meals get replies about the loss, not a hangover', async () => {
    const rs = await talkThrough(shipped().engine, ['마누라 보낸지 석달 됐다', '아직도 아침에 마누라 부를뻔 한다', '밥을 우째 해먹어야 될지도 모르겠고']);
    expect(rs[1]!.intent).not.toBe('life_daily_hangover');
    expect(rs[1]!.reply).toMatch(/부르시게/u);
    expect(rs[2]!.reply).toMatch(/끼니/u);
  }, 60_000);

  it('a parent worried about a son without a job is not answered as the job seeker', async () => {
    const rs = await talkThrough(shipped().engine, ['아들이 서른다섯인데 아직 취직을 못했어', '공무원 시험만 몇년째 보는지 모르겄어']);
    expect(rs[0]!.reply).toMatch(/부모 마음/u);
    expect(rs[1]!.reply).not.toMatch(/준비하기로 했을 때/u);
  }, 60_000);

  it('a 제주 mother in a care home crying to go home is no bruise (허멍 is 하면서)', async () => {
    const rs = await talkThrough(shipped().engine, ['우리 어멍 요양원 들어가신지 한달 되었수다', '보러 가믄 집에 가젠 허멍 울어마씸']);
    expect(rs[1]!.kind).not.toBe('safety');
    expect(rs[1]!.reply).not.toMatch(/1577-1389/u);
  }, 60_000);

  it('a mother whose son enlisted is not asked how she spends the time left', async () => {
    const rs = await talkThrough(shipped().engine, ['우리 막내가 군대 갔어요 어제', '훈련소 앞에서 머리 깎은거 보고 울었네요']);
    for (const r of rs) expect(r.intent).not.toBe('military_enlisting_soon');
  }, 60_000);
});
