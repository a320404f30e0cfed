/**
 * Session 38 (retr): corpus replies picked for the wrong situation in the testers' conversations
 * (/tmp/s38/hunt/mood, /tmp/s38/hunt/young): an eye read as snow, a rude customer as a loan and
 * unpaid wages, a family photo as a crush, a clerk as someone close, a fiancé as a crush, a
 * boyfriend as a situationship and a friend, a presentation as an interview, exam pressure as a
 * different path wished for, "나 차인건가" as a rejection told, a first relationship's shyness as a
 * complaint about the bot.
 */
import { describe, expect, it } from 'vitest';
import { createChatEngine } from '../../src/chat/engine';
import { presumesUnsaid } from '../../src/chat/intent-guards';
import { practicalTopic } from '../../src/chat/practical-help';
import { interviewInOtherStory, partnerInStory, partnerStoryMisfit, replyPresumesOtherPath } from '../../src/chat/retrieval-fit';
import { toldTopics } from '../../src/chat/topics';
import { fakeAnalyze, fakeIndex, realModelPresent, talkThrough, useShippedChat } from './helpers';

describe('the user’s own partner (retrieval-fit.ts)', () => {
  it('is told apart from someone else’s partner, a partner denied, a break-up and a crush', () => {
    const cases: Array<[string, readonly string[], boolean]> = [
      ['그래도 그 사람이랑 평생 같이 있을 생각하면 설레요', ['다음주에 결혼해요', '너무 행복한데 한편으로는 좀 무서워요'], true],
      ['나만 이 관계에 진심인거 같아', ['남친이랑 싸웠어 진짜 개빡쳐', '약속 또 까먹었대 이번이 세번째임'], true],
      ['요즘 좀 서운해', ['우리 신랑이 요즘 바빠서'], true],
      ['상견례 날짜 잡았어요', [], true],
      ['약혼한 지 한 달 됐어요', [], true],
      // Someone else's partner, a partner denied, no partner.
      ['나 혼자 김칫국 마셨네', ['짝남 여친 있었음'], false],
      ['걔 남친 생겼대', [], false],
      ['애인도 아닌데 나한테 질투하는 건 무슨 심리야?', [], false],
      ['친구 결혼식 다녀왔어', [], false],
      ['결혼하고 싶다', [], false],
      // A break-up or a crush in the story: a crush intent may fit.
      ['요즘 다른 사람이 자꾸 생각나', ['남친이랑 요즘 별로야'], false],
      ['새로운 사람 만나기 무서워', ['전남친이랑 헤어진지 1년'], false],
      ['그 사람 생각만 나', ['남친이랑 헤어졌어'], false],
    ];
    for (const [text, earlier, want] of cases) expect(partnerInStory(text, earlier), text).toBe(want);
  });

  it('holds back crush and friends intents in a partner’s story, not in others', () => {
    const bf = ['남친이랑 싸웠어 진짜 개빡쳐'];
    expect(partnerStoryMisfit('love_situationship_unclear', '나만 이 관계에 진심인거 같아', bf)).toBe(true);
    expect(partnerStoryMisfit('love_crush_flutter', '그 사람이랑 평생 같이 있을 생각하면 설레요', ['다음주에 결혼해요'])).toBe(true);
    expect(partnerStoryMisfit('friends_canceled_last_minute', '약속 또 까먹었대 이번이 세번째임', bf)).toBe(true);
    // A friend named in the turn, an intent about the couple, no partner in the story.
    expect(partnerStoryMisfit('friends_canceled_last_minute', '친구가 약속 또 까먹었대', bf)).toBe(false);
    expect(partnerStoryMisfit('dating_fight_trivial', '약속 또 까먹었대 이번이 세번째임', bf)).toBe(false);
    expect(partnerStoryMisfit('love_situationship_unclear', '나만 이 관계에 진심인거 같아', ['썸 탄 지 세 달째야'])).toBe(false);
    expect(partnerStoryMisfit('friends_canceled_last_minute', '약속 또 까먹었대 이번이 세번째임', [])).toBe(false);
  });
});

describe('a presentation is no interview (retrieval-fit.ts)', () => {
  it('holds back interview intents in a presentation’s story that names no interview', () => {
    const story = ['발표하다가 머리가 하얘졌어요'];
    expect(interviewInOtherStory('job_interview_went_badly', '준비한 말이 하나도 생각이 안나서 한 1분동안 아무말도 못했어요', story)).toBe(true);
    expect(interviewInOtherStory('job_interview_went_badly', '면접에서도 똑같이 그랬어요', story)).toBe(false);
    expect(interviewInOtherStory('job_interview_went_badly', '준비한 말이 하나도 생각이 안 났어요', ['오늘 면접 보고 왔어요'])).toBe(false);
    expect(interviewInOtherStory('job_interview_went_badly', '준비한 말이 하나도 생각이 안 났어요', ['면접 때 PT 발표가 있었어요'])).toBe(false);
    expect(interviewInOtherStory('work_presentation_flop', '준비한 말이 하나도 생각이 안 났어요', story)).toBe(false);
  });
});

describe('another path wished for (retrieval-fit.ts)', () => {
  const reply = '부모님이 바라는 길과 내가 원하는 길 사이에서 갈등하는 건 정말 괴로운 일이에요.';
  it('is presumed only when no text told one', () => {
    expect(replyPresumesOtherPath(reply, '엄마는 기대하는데', ['수능 D-30인데 공부가 안됨', '모의고사 또 4등급'])).toBe(true);
    expect(replyPresumesOtherPath(reply, '엄마는 의대 가래', ['난 미술 하고 싶은데'])).toBe(false);
    expect(replyPresumesOtherPath(reply, '부모님이 내 진로를 정해 놓으셨어', [])).toBe(false);
    expect(replyPresumesOtherPath(reply, '부모님 기대가 너무 부담돼요 난 그게 아닌데', [])).toBe(false);
    expect(replyPresumesOtherPath('사랑하는 사람들의 기대는 힘이 되기도 하지만 때로는 무거운 짐이 되기도 하죠.', '엄마는 기대하는데', [])).toBe(false);
  });
});

describe('single-intent guards (intent-guards.ts)', () => {
  it('an eye is no snow', () => {
    expect(presumesUnsaid('life_joy_first_snow', '눈 마주친것 같아요 진짜로')).toBe(true);
    expect(presumesUnsaid('life_joy_first_snow', '눈이 마주쳤어')).toBe(true);
    expect(presumesUnsaid('life_joy_first_snow', '눈물이 날 것 같아')).toBe(true);
    expect(presumesUnsaid('life_joy_first_snow', '눈 맞추고 웃어줬어')).toBe(true);
    // Snow itself, and snow falling on one.
    expect(presumesUnsaid('life_joy_first_snow', '첫눈 왔어요!')).toBe(false);
    expect(presumesUnsaid('life_joy_first_snow', '눈 맞으면서 걸었어')).toBe(false);
    expect(presumesUnsaid('life_joy_first_snow', '밖에 눈이 펑펑 와')).toBe(false);
  });

  it('"나 차인건가" asks, and is no rejection told', () => {
    for (const t of ['나 차인건가', '나 차인 거야?', '차였나', '나 까인 건가 ㅠ', '이거 차인 거 맞지?']) expect(presumesUnsaid('love_confess_rejected', t), t).toBe(true);
    for (const t of ['고백했는데 차였어', '차인 것 같아요 답이 없어', '좋아한다고 했는데 거절당했어']) expect(presumesUnsaid('love_confess_rejected', t), t).toBe(false);
  });

  it('a long unrequited love needs a sign of love', () => {
    expect(presumesUnsaid('love_unrequited_long', '근데 아무도 나 없는거 몰랐다는게 좀 그렇네')).toBe(true);
    expect(presumesUnsaid('love_unrequited_long', '그 사람은 내 마음 전혀 모를 거예요')).toBe(false);
    expect(presumesUnsaid('love_unrequited_long', '멀리서 바라보기만 하는 거 이제 너무 아파')).toBe(false);
  });

  it('a first relationship’s shyness is no complaint about the bot', () => {
    expect(presumesUnsaid('meta_complaint_weird_answer', '손잡는것도 어색해')).toBe(true);
    expect(presumesUnsaid('meta_complaint_weird_answer', '데이트 때 너무 어색했어')).toBe(true);
    expect(presumesUnsaid('meta_complaint_weird_answer', '대답이 좀 어색해')).toBe(false);
  });
});

describe('a rude customer is no loan and no unpaid wage (practical-help.ts)', () => {
  const story = ['알바하는데 진상손님 만남', '반말하면서 카드 던지더라', '내가 뭘 잘못했는지도 모르겠는데 점장님 불러오래', '점장님은 나보고 그냥 죄송하다고 하래'];
  it('"열받아 내가 왜 사과해야돼" and "시급 만원 받고 이런 대우" ask nothing of money', () => {
    expect(practicalTopic('아 진짜 열받아 내가 왜 사과해야돼', story)).toBeNull();
    expect(practicalTopic('시급 만원 받고 이런 대우 받아야 하나', [...story, '아 진짜 열받아 내가 왜 사과해야돼'])).toBeNull();
  });
  it('money and wages not paid still get their steps', () => {
    expect(practicalTopic('빌려준 돈 어떻게 받아내야 돼?', ['친구가 돈을 안 갚아'])).toBe('money_owed');
    expect(practicalTopic('알바비 못 받았는데 어떻게 해야 돼?', [])).toBe('wage');
    expect(practicalTopic('사장이 월급을 두 달째 안 줘요 어디에 말해야 돼요?', [])).toBe('wage');
  });
});

describe('a clerk in passing is no one close (topics.ts)', () => {
  const someone = (t: string) => toldTopics(t).includes('someone');
  it('opens no "그 사람" topic, nor does no friend at all, while someone named does', () => {
    expect(someone('가끔 편의점 직원한테 봉투 주세요 한마디 하는게 그날 제가 한 말 전부일때도 있어요')).toBe(false);
    expect(someone('택배 기사님한테 인사한 게 전부야')).toBe(false);
    expect(someone('서울 올라온지 1년 됐는데 아직 친구가 한명도 없어요')).toBe(false);
    expect(someone('친구 없어')).toBe(false);
    expect(someone('동생한테 그 얘기 했어')).toBe(true);
    expect(someone('민수한테 서운해')).toBe(true);
    expect(someone('친구가 내 얘기를 다른 애한테 했어')).toBe(true);
  });
});

describe('session 38 (retr) turns with the fake engine', () => {
  it('the rude customer’s story gets no loan or wage steps', async () => {
    const e = createChatEngine({ analyze: fakeAnalyze, index: fakeIndex(), seed: 3, gaugeThreshold: 60 });
    const rs = await talkThrough(e, ['알바하는데 진상손님 만남', '반말하면서 카드 던지더라', '점장님은 나보고 그냥 죄송하다고 하래', '아 진짜 열받아 내가 왜 사과해야돼', '시급 만원 받고 이런 대우 받아야 하나']);
    for (const r of rs) expect(r.reply).not.toMatch(/소액사건|지급명령|임금 체불|1350/u);
  });
});

describe.skipIf(!realModelPresent())('session 38 (retr) conversations with the shipped model', () => {
  const shipped = useShippedChat();

  it('an eye met at a concert is no snow', async () => {
    const rs = await talkThrough(shipped().engine, ['오늘 콘서트 다녀왔어요ㅠㅠㅠ', '10년 덕질한 가수인데 처음으로 앞자리 당첨됐어요', '눈 마주친것 같아요 진짜로']);
    expect(rs[2]!.intent).not.toBe('life_joy_first_snow');
    expect(rs[2]!.reply).not.toMatch(/눈 오는|하얗게/u);
  }, 60_000);

  it('a fiancé is no crush, a boyfriend no friend and no situationship', async () => {
    const w = await talkThrough(shipped().engine, ['다음주에 결혼해요', '너무 행복한데 한편으로는 좀 무서워요', '잘 살 수 있을까 싶고 준비할것도 산더미고', '그래도 그 사람이랑 평생 같이 있을 생각하면 설레요']);
    expect(w[3]!.intent ?? '').not.toMatch(/^love_crush|^love_situationship/u);
    expect(w[3]!.reply).not.toMatch(/마주쳐/u);
    const b = await talkThrough(shipped().engine, ['남친이랑 싸웠어 진짜 개빡쳐', '약속 또 까먹었대 이번이 세번째임', '내가 그렇게 별거 아닌 사람인가 싶기도 하고', '화내다가 이제는 그냥 슬프다', '나만 이 관계에 진심인거 같아']);
    expect(b[1]!.reply).not.toMatch(/이 친구/u);
    expect(b[4]!.intent).not.toBe('love_situationship_unclear');
  }, 90_000);

  it('a presentation is no interview, exam pressure no other path, a family photo no crush', async () => {
    const p = await talkThrough(shipped().engine, ['발표하다가 머리가 하얘졌어요', '준비한 말이 하나도 생각이 안나서 한 1분동안 아무말도 못했어요']);
    expect(p[1]!.reply).not.toMatch(/면접/u);
    const x = await talkThrough(shipped().engine, ['수능 D-30인데 공부가 안됨', '모의고사 또 4등급', '엄마는 기대하는데']);
    expect(x[2]!.reply).not.toMatch(/원하는 길/u);
    const f = await talkThrough(shipped().engine, ['별일 아닌데 그냥 얘기해볼게', '동생 생일파티 했는데 가족사진에 내가 빠져있더라', '화장실 간 사이에 찍었대', 'ㅋㅋ 뭐 그럴수도 있지', '근데 아무도 나 없는거 몰랐다는게 좀 그렇네']);
    expect(f[4]!.reply).not.toMatch(/짝사랑/u);
  }, 120_000);

  it('a clerk in passing is not asked about as someone close', async () => {
    const rs = await talkThrough(shipped().engine, ['요즘 너무 외로워요. 서울 올라온지 1년 됐는데 아직 친구가 한명도 없어요. 회사 사람들이랑은 일 얘기만 하고 주말에는 하루종일 아무랑도 말을 안해요.', '가끔 편의점 직원한테 봉투 주세요 한마디 하는게 그날 제가 한 말 전부일때도 있어요']);
    expect(rs[1]!.reply).not.toMatch(/그\s?사람/u);
  }, 60_000);

  it('"나 차인건가" is asked, not told; holding hands shyly is no complaint', async () => {
    const c = await talkThrough(shipped().engine, ['썸남이 인스타 스토리 안봄', '원래 맨날 봤는데', '나 차인건가']);
    expect(c[2]!.intent).not.toBe('love_confess_rejected');
    const h = await talkThrough(shipped().engine, ['나처음연애해', '어제 고백받았어ㅋㅋㅋ', '근데 뭐해야할지 모르겠음', '손잡는것도 어색해']);
    expect(h[3]!.intent).not.toBe('meta_complaint_weird_answer');
  }, 90_000);
});
