/**
 * Session 37 (plife): replies that fit the user's stage of life (src/chat/life-stage.ts). Testers
 * talking as a new mother, widowers, a farm widow, a dementia caregiver, a retired teacher, a
 * mother of a 고3 and a lonely 중학생 had got templates for an office worker or a student.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createChatEngine } from '../../src/chat/engine';
import {
  caregiverMoment,
  eatsAloneEveryDay,
  lifeStageTurn,
  missesSpouseOnGoodDay,
  mocksBotTone,
  parentOfStudent,
  postpartumSign,
  retirementTurn,
  smallJoy,
  soundsOlder,
  spouseGone,
} from '../../src/chat/life-stage';
import { joyTurn } from '../../src/chat/joy-thread';
import { fakeAnalyze, fakeIndex, realModelPresent, talkThrough, useShippedChat } from './helpers';

const engine = () => createChatEngine({ analyze: fakeAnalyze, index: fakeIndex(), seed: 3, gaugeThreshold: 60 });
// The fake index is trained once, on first use: that may take a minute on a busy machine.
beforeAll(() => {
  fakeIndex();
}, 240_000);
/** Plain 해요체 with -시- honorifics: no "~해요?" question to an older user, no 당신. */
const HONORIFIC = /시[지죠겠]|세요|셨|으시|드세요|하시/u;

describe('a new mother’s exhaustion is not happy tears', () => {
  const birth = ['애기 낳은지 3주 됐어요'];
  it('reads tears, doubt, unhappiness, a wish to rest and exhaustion after a birth', () => {
    expect(postpartumSign('가끔 애기가 울면 나도 같이 울어요 내가 엄마 자격이 있나 싶고', birth)).toBe('tears');
    expect(postpartumSign('애기가 울면 나도 같이 울어요 내가 엄마 자격이 있나 싶고')).toBe('tears');
    expect(postpartumSign('잠을 못자서 울기만 해요', ['애기 낳은지 3주 됐어요 너무 힘들어요'])).toBe('tears');
    expect(postpartumSign('다들 지금이 제일 행복할 때라는데 저는 왜 안 행복하죠', birth)).toBe('not_happy');
    expect(postpartumSign('그냥 잠깐이라도 누가 애기 봐줬으면 좋겠어요', birth)).toBe('wants_rest');
    expect(postpartumSign('밤에 두시간마다 깨서 잠을 거의 못잤어요', birth)).toBe('exhausted');
    expect(postpartumSign('애기 낳은지 3주 됐어요 너무 힘들어요')).toBe('exhausted');
  });

  it('leaves happy tears, other stories and no birth alone', () => {
    expect(postpartumSign('애기 처음 안았을 때 기뻐서 울었어요', birth)).toBeNull();
    expect(postpartumSign('애기가 밤새 울어서 걱정이에요')).toBeNull();
    expect(postpartumSign('잠을 못자서 울기만 해요')).toBeNull();
    expect(postpartumSign('합격 소식 듣고 엄마랑 같이 울었어요')).toBeNull();
    expect(postpartumSign('차에 타자마자 엄마 미안해 하면서 울어요', ['오늘 수능 끝났어요'])).toBeNull();
    expect(postpartumSign('애기 낳은지 3주 됐어요')).toBeNull();
  });

  it('keeps the real happy tears to the joy thread', () => {
    const happy = joyTurn('합격 소식 듣고 엄마랑 같이 울었어요 너무 기뻐서', '합격 소식 듣고 엄마랑 같이 울었어요 너무 기뻐서', { joyStory: true, laughedOff: false, afterQuietWish: false });
    expect(happy?.kind).toBe('happy_tears');
    expect(lifeStageTurn('합격 소식 듣고 엄마랑 같이 울었어요 너무 기뻐서')).toBeNull();
    expect(lifeStageTurn('애기 처음 안았을 때 기뻐서 울었어요', ['애기 낳은지 3주 됐어요'])).toBeNull();
  });

  it('says it is common and not her fault, asks how long, and gives where to tell it', async () => {
    const rs = await talkThrough(engine(), ['애기 낳은지 3주 됐어요', '밤에 두시간마다 깨서 잠을 거의 못잤어요', '가끔 애기가 울면 나도 같이 울어요 내가 엄마 자격이 있나 싶고', '다들 지금이 제일 행복할 때라는데 저는 왜 안 행복하죠']);
    expect(rs[2]!.reply).not.toMatch(/기쁨의 눈물|뿌듯/u);
    expect(rs[2]!.reply).toMatch(/많아요|흔한/u);
    expect(rs[2]!.reply).toMatch(/얼마나 됐어요/u);
    expect(rs[3]!.reply).not.toMatch(/뿌듯|누려요/u);
    expect(rs[3]!.reply).toMatch(/1577-0199/u);
    expect(rs[3]!.reply).toMatch(/보건소|산부인과/u);
  });
});

describe('a spouse gone, in an older user’s words, is a loss', () => {
  it('reads 간지/떠난/보낸/먼저 with 마누라, 집사람, 영감', () => {
    expect(spouseGone('마누라 간지 일년인데 아직도 옆자리 보면 있는거 같애')).toBe(true);
    expect(spouseGone('마누라 떠난지 일년인데 아직도 옆자리 보면 있는거 같애')).toBe(true);
    expect(spouseGone('영감은 먼저 가고 자석들은 서울 살고 혼자 농사 짓는다')).toBe(true);
    expect(spouseGone('집사람이작년에먼저갔소')).toBe(true);
    expect(spouseGone('남편 간 지 3년 됐소', ['안녕하시오'])).toBe(true);
  });

  it('leaves a spouse gone on a trip, to work, to her parents, or just out', () => {
    expect(spouseGone('마누라 친정 간지 사흘 됐어')).toBe(false);
    expect(spouseGone('남편 출장 간 지 일주일이에요')).toBe(false);
    expect(spouseGone('와이프 회사 가고 나서 청소했어')).toBe(false);
    expect(spouseGone('집사람이 시장 갔소')).toBe(false);
    expect(spouseGone('남편이 떠났어요')).toBe(false);
    expect(spouseGone('영감이 병원에 간 지 사흘이오')).toBe(false);
  });

  it('answers with the loss and honorifics, not anger', async () => {
    const rs = await talkThrough(engine(), ['밤에잠이안와서 이것저것눌러보다가 들어왔소', '마누라 간지 일년인데 아직도 옆자리 보면 있는거 같애', '밤이 제일 길어']);
    expect(rs[1]!.reply).toMatch(/아내분 보내신 지 일 년/u);
    expect(rs[1]!.reply).not.toMatch(/분한|화가/u);
    expect(rs[1]!.reply).toMatch(HONORIFIC);
    expect(rs[1]!.intent).toBe('life:bereavement');
    expect(rs[2]!.reply).toMatch(/밤이 되면 빈자리/u);
    expect(rs[2]!.reply).toMatch(HONORIFIC);
  });

  it('holds a happy day and missing her on it', async () => {
    expect(missesSpouseOnGoodDay('집사람이있었으면얼마나좋아했을까')).toBe(true);
    expect(missesSpouseOnGoodDay('영감이 살아 있었으면 참 좋아했을 텐데')).toBe(true);
    expect(missesSpouseOnGoodDay('집사람이 좋아하는 반찬을 했어')).toBe(false);
    expect(missesSpouseOnGoodDay('남편이 있었으면 좋겠다')).toBe(false);
    const rs = await talkThrough(engine(), ['오늘은손주가왔다갔소', '집사람이있었으면얼마나좋아했을까']);
    expect(rs[1]!.reply).toMatch(/좋은 마음과 그리운 마음/u);
    expect(rs[1]!.reply).not.toMatch(/벅차요|충분히 누렸으면/u);
  });
});

describe('a parent alive and cared for is not mourned', () => {
  const care = ['엄마가 치매셔서 제가 모시고 살아요'];
  it('reads the moment, its tears and grief before the loss, in a care story only', () => {
    expect(caregiverMoment('오늘 엄마가 갑자기 저 보고 우리 딸 고생한다 고맙다 그러셨어요', care)).toBe('recognition');
    expect(caregiverMoment('요즘 저를 거의 못 알아보셨는데', [...care, '오늘 엄마가 갑자기 저 보고 우리 딸 고생한다 고맙다 그러셨어요'])).toBe('rare_recognition');
    expect(caregiverMoment('그 말 한마디에 화장실 가서 엉엉 울었어요', [...care, '오늘 엄마가 우리 딸 고맙다 그러셨어요', '요즘 저를 거의 못 알아보셨는데'])).toBe('moment_tears');
    expect(caregiverMoment('언제까지 이런 순간이 있을까 싶어서 더 슬퍼요', care)).toBe('anticipatory');
    expect(caregiverMoment('언제까지 이런 순간이 있을까 싶어서 더 슬퍼요')).toBeNull();
    expect(caregiverMoment('언제까지 이런 순간이 있을까 싶어요', ['엄마가 치매로 요양원에 계시다가 돌아가셨어요'])).toBeNull();
    expect(caregiverMoment('친구가 고맙다 그러더라고요', care)).toBeNull();
  });

  it('asks no memories of the parent as if gone', async () => {
    const rs = await talkThrough(engine(), [...care, '오늘 엄마가 갑자기 저 보고 우리 딸 고생한다 고맙다 그러셨어요', '요즘 저를 거의 못 알아보셨는데', '그 말 한마디에 화장실 가서 엉엉 울었어요', '언제까지 이런 순간이 있을까 싶어서 더 슬퍼요']);
    for (const r of rs.slice(1)) expect(r.reply).not.toMatch(/그분과의 추억|그분의 어떤 모습|그분께 미처/u);
    expect(rs[3]!.reply).toMatch(/고마움과 서러움/u);
    expect(rs[4]!.reply).toMatch(/미리 이별/u);
  });
});

describe('retirement is not a job lost', () => {
  it('reads a retirement told and the days after it', () => {
    expect(retirementTurn('은퇴한지 1년인데 아직도 적응이 안되네요')).toBeNull();
    expect(retirementTurn('교직에서 퇴임한 지 3년 되었습니다')).toBe('opener');
    expect(retirementTurn('아내는 친구들 만나러 잘 다니는데 나는 갈 데가 없네요', ['교직에서 퇴임한 지 3년 되었습니다'])).toBe('nowhere');
    expect(retirementTurn('40년을 아이들과 보냈는데 지금은 하루 종일 말할 사람이 없어요', ['교직에서 퇴임한 지 3년 되었습니다'])).toBe('lonely');
    expect(retirementTurn('은퇴하고 나니 하루 종일 할 일이 없어요')).toBe('lonely');
    expect(retirementTurn('가끔 제자들이 연락 오면 그날은 하루 종일 기분이 좋습니다', ['교직에서 퇴임한 지 3년 되었습니다'])).toBe('former_ones');
  });

  it('leaves job loss, a retirement to come and someone else’s', () => {
    expect(retirementTurn('쉰 둘에 명퇴 당했습니다')).toBeNull();
    expect(retirementTurn('갈 데가 없네요', ['명예퇴직 하고 나서 갈 데가 없어요'])).toBeNull();
    expect(retirementTurn('은퇴하면 뭐 하고 살지 막막해요')).toBeNull();
    expect(retirementTurn('아빠가 은퇴하고 집에만 계셔서 심심해하세요')).toBeNull();
    expect(retirementTurn('나는 갈 데가 없네요')).toBeNull();
  });

  it('answers the emptied role with honorifics, not the shame of a job lost', async () => {
    const rs = await talkThrough(engine(), ['교직에서 퇴임한 지 3년 되었습니다', '40년을 아이들과 보냈는데 지금은 하루 종일 말할 사람이 없어요', '아내는 친구들 만나러 잘 다니는데 나는 갈 데가 없네요']);
    expect(rs[0]!.reply).toMatch(/교단에서 물러나신 지 3년/u);
    expect(rs[1]!.reply).toMatch(/하루가 조용해지니/u);
    expect(rs[2]!.reply).toMatch(/갈 데가 없다는 허전함/u);
    expect(rs[2]!.reply).not.toMatch(/일자리를 잃은|부끄러운/u);
    expect(rs[2]!.reply).toMatch(HONORIFIC);
  });
});

describe('a parent of a student is not the student', () => {
  it('reads the parent, then the exam and the hurt in the parent’s story', () => {
    expect(parentOfStudent('고3 딸 엄마예요')).toBe('opener');
    expect(parentOfStudent('수능이 한 달 남았는데 딸이 저한테 말을 안 해요', ['고3 딸 엄마예요'])).toBe('exam_worry');
    expect(parentOfStudent('저도 일하면서 뒷바라지하느라 힘든데 서운하더라고요', ['고3 딸 엄마예요'])).toBe('hurt');
  });

  it('leaves the student’s own exam and a student speaking of a parent', () => {
    expect(parentOfStudent('수능이 한 달 남았는데 너무 불안해요')).toBeNull();
    expect(parentOfStudent('나 고3인데 수능 한 달 남았어')).toBeNull();
    expect(parentOfStudent('우리 엄마가 고3 엄마라서 예민해')).toBeNull();
    expect(parentOfStudent('수능 망할 것 같아', ['우리 엄마는 고3 딸 엄마예요 하면서 자랑해'])).toBeNull();
  });

  it('gets the parent’s worry, not music between study sessions', async () => {
    const rs = await talkThrough(engine(), ['고3 딸 엄마예요', '수능이 한 달 남았는데 딸이 저한테 말을 안 해요']);
    expect(rs[1]!.reply).not.toMatch(/공부 사이사이/u);
    expect(rs[1]!.reply).toMatch(/엄마 마음/u);
    expect(rs[1]!.reply).toMatch(/딸이 말문을/u);
  });
});

describe('a lonely child and a mocked tone', () => {
  it('reads eating alone every day, not a meal alone once or by choice', () => {
    expect(eatsAloneEveryDay('엄빠 둘다 늦게 와서 맨날 혼자 라면 먹음')).toBe(true);
    expect(eatsAloneEveryDay('매일 혼자 밥 먹어요')).toBe(true);
    expect(eatsAloneEveryDay('오늘 혼자 라면 먹었는데 맛있었어')).toBe(false);
    expect(eatsAloneEveryDay('맨날 혼자 밥 먹는 게 편해')).toBe(false);
    expect(eatsAloneEveryDay('친구가 맨날 혼자 밥 먹어')).toBe(false);
  });

  it('reads the bot’s tone called old, not someone else called so', () => {
    expect(mocksBotTone('ㅋㅋ 말투 개웃김 틀딱같음')).toBe(true);
    expect(mocksBotTone('너 말하는 거 완전 꼰대 같아')).toBe(true);
    expect(mocksBotTone('우리 담임 말투 완전 꼰대같음')).toBe(false);
    expect(mocksBotTone('아빠 틀딱같음')).toBe(false);
    expect(mocksBotTone('말투가 따뜻해서 좋아')).toBe(false);
  });

  it('asks about the lonely meals and takes the jab lightly', async () => {
    const rs = await talkThrough(engine(), ['너 ai임?', 'ㅋㅋ 말투 개웃김 틀딱같음', '엄빠 둘다 늦게 와서 맨날 혼자 라면 먹음']);
    expect(rs[1]!.reply).not.toMatch(/환해지는/u);
    expect(rs[1]!.reply).toMatch(/말투/u);
    expect(rs[2]!.reply).not.toMatch(/좋은 날|기념/u);
    expect(rs[2]!.reply).toMatch(/쓸쓸/u);
    expect(rs[2]!.reply).toMatch(/[?？]/u);
  });
});

describe('an older user’s small joys and speech level', () => {
  it('tells an older speaker by words and endings, not by ordinary words', () => {
    expect(soundsOlder(['밤에잠이안와서 이것저것눌러보다가 들어왔소'])).toBe(true);
    expect(soundsOlder(['안녕하시오'])).toBe(true);
    expect(soundsOlder(['라디오 틀어놓고 일하는게 낙이여'])).toBe(true);
    expect(soundsOlder(['손주가 왔다 갔어요'])).toBe(true);
    expect(soundsOlder(['방 청소 좀 했어요'])).toBe(false);
    expect(soundsOlder(['장소가 어디야'])).toBe(false);
    expect(soundsOlder(['하소연 좀 할게요'])).toBe(false);
  });

  it('reads a small joy, not a joy lost or someone else’s', () => {
    expect(smallJoy('라디오 틀어놓고 일하는게 낙이여')).toBe(true);
    expect(smallJoy('트로트 들으면 그래도 좋아')).toBe(true);
    expect(smallJoy('라디오 듣는 것도 이제 낙이 없어')).toBe(false);
    expect(smallJoy('노래를 들어도 재미가 없어')).toBe(false);
    expect(smallJoy('영감이 트로트를 참 좋아했지')).toBe(false);
    expect(smallJoy('트로트 좋아해?')).toBe(false);
  });

  it('enjoys the radio with her and asks about songs, with honorifics, not back to the loss', async () => {
    expect(lifeStageTurn('영감은 먼저 가고 자석들은 서울 살고 혼자 농사 짓는다')?.replies[0]).toMatch(/^영감님을 먼저 보내셨군요\..*혼자 지내시는/u);
    const rs = await talkThrough(engine(), ['하루 종일 고추 땄더니 삭신이 쑤셔', '라디오 틀어놓고 일하는게 낙이여']);
    expect(rs[0]!.reply).toMatch(HONORIFIC);
    expect(rs[1]!.reply).toMatch(/노래/u);
    expect(rs[1]!.reply).toMatch(HONORIFIC);
    expect(rs[1]!.reply).not.toMatch(/그분/u);
  });

  it('meets an older user’s aches by the part that aches, and a day’s work', () => {
    expect(lifeStageTurn('아이고 허리 아파 죽겄다')?.replies[0]).toMatch(/^아이고, 허리가 많이 아프시군요\./u);
    expect(lifeStageTurn('하루 종일 고추 땄더니 삭신이 쑤셔', ['아이고 허리 아파 죽겄다'])?.replies[0]).toMatch(/^종일 몸 쓰는 일을 하셨으니/u);
    expect(lifeStageTurn('손주 안아주고 싶은데 허리가 아파서 못 안아요')).toBeNull();
    expect(lifeStageTurn('허리 아파요')).toBeNull();
  });

  it('speaks with honorifics in every rule reply given to an older user', () => {
    const older = ['안녕하시오'];
    for (const text of ['마누라 간지 일년인데', '집사람이있었으면얼마나좋아했을까', '라디오 틀어놓고 일하는게 낙이여', '아이고 허리 아파 죽겄다']) {
      const turn = lifeStageTurn(text, older);
      expect(turn, text).not.toBeNull();
      for (const r of turn!.replies) {
        expect(r, r).toMatch(HONORIFIC);
        expect(r, r).not.toMatch(/당신/u);
      }
    }
  });
});

describe.skipIf(!realModelPresent())('session 37 (plife) conversations with the shipped model', () => {
  const shipped = useShippedChat();

  it('the new mother is not told of happy tears or pride', async () => {
    const rs = await talkThrough(shipped().engine, ['애기 낳은지 3주 됐어요', '밤에 두시간마다 깨서 잠을 거의 못잤어요', '남편은 출근해야 한다고 방에서 따로 자요', '가끔 애기가 울면 나도 같이 울어요 내가 엄마 자격이 있나 싶고', '다들 지금이 제일 행복할 때라는데 저는 왜 안 행복하죠', '그냥 잠깐이라도 누가 애기 봐줬으면 좋겠어요']);
    for (const r of rs.slice(1)) expect(r.reply).not.toMatch(/기쁨의 눈물|뿌듯|벅차요|기쁨을 충분히/u);
    expect(rs[4]!.reply).toMatch(/1577-0199/u);
  }, 60_000);

  it('the widower is not told of anger', async () => {
    const rs = await talkThrough(shipped().engine, ['밤에잠이안와서 이것저것눌러보다가 들어왔소', '마누라 간지 일년인데 아직도 옆자리 보면 있는거 같애', '낮에는 경로당 가서 장기두고 그럭저럭 지내는데', '밤이 제일 길어']);
    for (const r of rs.slice(1)) expect(r.reply).not.toMatch(/분한|화가|화 밑에|황당/u);
  }, 60_000);

  it('the retired teacher and the mother of a 고3 get their own replies', async () => {
    const teacher = await talkThrough(shipped().engine, ['교직에서 퇴임한 지 3년 되었습니다', '40년을 아이들과 보냈는데 지금은 하루 종일 말할 사람이 없어요', '가끔 제자들이 연락 오면 그날은 하루 종일 기분이 좋습니다', '아내는 친구들 만나러 잘 다니는데 나는 갈 데가 없네요']);
    expect(teacher[3]!.intent).not.toBe('work_forced_retirement_hidden');
    expect(teacher[3]!.reply).not.toMatch(/일자리를 잃은/u);
    const mother = await talkThrough(shipped().engine, ['고3 딸 엄마예요', '수능이 한 달 남았는데 딸이 저한테 말을 안 해요']);
    expect(mother[1]!.intent).not.toBe('school_suneung_anxiety');
    expect(mother[1]!.reply).not.toMatch(/공부 사이사이/u);
  }, 60_000);

  it('the caregiver, the farm widow and the lonely child', async () => {
    const carer = await talkThrough(shipped().engine, ['엄마가 치매셔서 제가 모시고 살아요', '오늘 엄마가 갑자기 저 보고 우리 딸 고생한다 고맙다 그러셨어요', '요즘 저를 거의 못 알아보셨는데', '그 말 한마디에 화장실 가서 엉엉 울었어요', '언제까지 이런 순간이 있을까 싶어서 더 슬퍼요']);
    for (const r of carer) expect(r.reply).not.toMatch(/그분과의 추억|그분의 어떤 모습/u);
    const farm = await talkThrough(shipped().engine, ['아이고 허리 아파 죽겄다', '하루 종일 고추 땄더니 삭신이 쑤셔', '영감은 먼저 가고 자석들은 서울 살고 혼자 농사 짓는다', '그래도 고추 때깔 좋게 나왔응께 그걸로 됐제', '라디오 틀어놓고 일하는게 낙이여']);
    expect(farm[4]!.reply).toMatch(/노래/u);
    expect(farm[4]!.reply).not.toMatch(/그분/u);
    const child = await talkThrough(shipped().engine, ['너 ai임?', 'ㅋㅋ 말투 개웃김 틀딱같음', '아 ㅈㄴ 심심해 학원 째고 집옴', '엄빠 둘다 늦게 와서 맨날 혼자 라면 먹음']);
    expect(child[1]!.reply).not.toMatch(/환해지는/u);
    expect(child[3]!.reply).not.toMatch(/좋은 날 먹는 밥/u);
  }, 90_000);
});
