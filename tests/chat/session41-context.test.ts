/**
 * Session 41 (context): a short turn read with its story: who the story is about (a sick pet,
 * parents fighting each other, a grandparent, an ex, a crush) and whether the turn speaks of the
 * future (story-frame.ts; short-answer.ts for a weekday told as a date).
 */
import { describe, expect, it } from 'vitest';
import { createChatEngine } from '../../src/chat/engine';
import { isShortFact } from '../../src/chat/short-answer';
import { dateAhead, decidedPlan, futureFit, parentsFightEachOther, petSymptom, presumesPast, sorryToElder, speaksOfFuture, storyFrameTurn, storySubject } from '../../src/chat/story-frame';
import { fakeAnalyze, fakeIndex, realModelPresent, talkThrough, useShippedChat } from './helpers';

const engine = () => createChatEngine({ analyze: fakeAnalyze, index: fakeIndex(), seed: 3, gaugeThreshold: 60 });
const check = (f: (t: string) => boolean, cases: Array<[string, boolean]>) => {
  for (const [text, want] of cases) expect(f(text), text).toBe(want);
};
const frame = (story: string[], text: string) => storyFrameTurn(text, { story })?.id ?? null;

describe('who the story is about', () => {
  it('parents fighting each other are told apart from a fight with mum', () => {
    check(parentsFightEachOther, [
      ['엄마랑 아빠가 또 싸웠어', true],
      ['아빠랑 엄마랑 싸워', true],
      ['엄마하고 아빠가 또 다퉜어', true],
      ['엄마 아빠가 맨날 싸워', true],
      ['부모님이 또 싸우셨어', true],
      ['어머니랑 아버지가 서로 말도 안 하셔', true],
      ['엄마랑 또 싸웠어', false],
      ['엄마랑 아빠랑 밥 먹었어', false],
      ['엄마랑 아빠한테 혼났어', false],
      ['엄마랑 싸웠는데 아빠가 편들어', false],
      ['엄마랑 아빠랑 나랑 싸웠어', false],
    ]);
  });

  it('the latest subject named wins', () => {
    expect(storySubject('어제부터 밥을 안 먹어', ['우리 강아지가 아파'])).toBe('pet');
    expect(storySubject('방에서 이어폰 끼고 있어', ['엄마랑 아빠가 또 싸웠어'])).toBe('parents_fighting');
    expect(storySubject('자주 못 찾아가서 죄송해', ['할머니가 요양원에 들어가셨어'])).toBe('elder');
    expect(storySubject('친구들은 이제 그만하래', ['헤어진 지 한 달 됐는데', '아직도 걔 인스타 들어가봐'])).toBe('ex');
    expect(storySubject('어제 같이 밥 먹었어', ['나 썸타는 사람 생겼어 ㅎㅎ'])).toBe('crush');
    expect(storySubject('요즘 밥을 안 먹어', ['회사 일이 너무 많아'])).toBeNull();
  });

  it("a pet's symptom is the pet's, not the user's", () => {
    expect(petSymptom('어제부터 밥을 안 먹어', ['우리 강아지가 아파'])).toBe('eating');
    expect(petSymptom('사료를 하나도 안 먹어요', ['고양이가 요즘 이상해요'])).toBe('eating');
    expect(petSymptom('하루 종일 구석에만 있어', ['우리 댕댕이가 좀 이상해'])).toBe('unwell');
    expect(petSymptom('아침에 두 번이나 토했어', ['강아지가 아파서 걱정이야'])).toBe('unwell');
    // The user speaks of themself, asks, or there is no pet in the story.
    expect(petSymptom('나도 밥이 안 넘어가', ['우리 강아지가 아파'])).toBeNull();
    expect(petSymptom('밥을 안 먹어도 괜찮을까?', ['우리 강아지가 아파'])).toBeNull();
    expect(petSymptom('어제부터 밥을 안 먹어', ['요즘 너무 힘들어'])).toBeNull();
  });

  it('sorry to a grandparent is not sorry to the bot', () => {
    expect(sorryToElder('자주 못 찾아가서 죄송해', ['할머니가 요양원에 들어가셨어', '어릴 때 할머니가 키워주셨거든'])).toBe('할머니');
    expect(sorryToElder('요즘 연락을 잘 못 드려서 죄송하다', ['할아버지가 입원하셨어'])).toBe('할아버지');
    expect(sorryToElder('자주 못 가봐서 미안해', ['엄마가 혼자 시골에 계셔'])).toBe('엄마');
    // Sorry for the talk itself, no one in the story, or nothing left undone.
    expect(sorryToElder('이런 얘기 해서 죄송해', ['할머니가 요양원에 들어가셨어'])).toBeNull();
    expect(sorryToElder('자주 못 찾아가서 죄송해', ['회사 일이 너무 많아'])).toBeNull();
    expect(sorryToElder('죄송해요 갑자기 울어서', ['할머니가 요양원에 들어가셨어'])).toBeNull();
  });

  it('short turns of each story get its own reading, near misses none', () => {
    expect(frame(['엄마랑 아빠가 또 싸웠어'], '방에서 이어폰 끼고 있어')).toBe('frame:parents_shelter');
    expect(storyFrameTurn('이불 뒤집어쓰고 노래 크게 틀었어', { story: ['아빠랑 엄마랑 또 싸워'] })?.reply).toMatch(/음악을 크게/u);
    expect(frame(['부모님이 또 싸우셔'], '그냥 방에 들어와 있어')).toBe('frame:parents_shelter');
    expect(frame(['오늘 엄마랑 싸웠어'], '방에서 이어폰 끼고 있어')).toBeNull();
    expect(frame(['엄마랑 아빠가 싸우다가 아빠가 물건을 던졌어'], '방에서 이어폰 끼고 있어')).toBeNull();
    expect(frame(['할머니가 요양원에 들어가셨어', '자주 못 찾아가서 죄송해'], '주말에 가보려고')).toBe('frame:visit_elder');
    expect(frame(['할머니 생신이야'], '주말에 가보려고')).toBeNull();
    expect(frame(['우리 강아지가 아파', '병원 갔는데 신장이 안 좋대'], '오늘 밤 옆에 있어줄 거야')).toBe('frame:beside');
    expect(frame(['강아지가 요즘 기운이 없어'], '내일 병원 데려갈 거야')).toBe('frame:vet_plan');
    expect(frame(['강아지가 요즘 기운이 없어'], '나 내일 병원 갈 거야')).toBeNull();
    expect(storyFrameTurn('아침에 두 번이나 토했어', { story: ['강아지가 요즘 기운이 없어'], used: ['frame:pet_symptom'] })?.id).toBe('frame:pet_symptom_again');
    expect(frame(['남친이랑 싸웠어'], '오늘 밤 옆에 있어줄 거야')).toBeNull();
    expect(frame(['헤어진 지 한 달 됐는데', '응 차단은 못하겠어'], '친구들은 이제 그만하래')).toBe('frame:ex_told_to_stop');
    expect(frame(['전남친 생각이 자꾸 나'], '주변에서 다 잊으래')).toBe('frame:ex_told_to_stop');
    expect(frame(['친구랑 손절하고 싶어'], '친구들은 이제 그만하래')).toBeNull();
    expect(frame(['헤어진 지 한 달 됐는데'], '나도 알아 근데 잘 안돼')).toBe('frame:ex_know_but');
    expect(frame(['나 썸타는 사람 생겼어 ㅎㅎ'], '회사 다른 팀 사람인데 어제 같이 밥 먹었어')).toBe('frame:crush_together');
    expect(frame(['짝사랑하는 선배가 있는데'], '내일 같이 영화 보기로 했어')).toBe('frame:crush_plan');
    expect(frame(['오늘 회사에서 회식했어'], '팀장님이랑 같이 밥 먹었어')).toBeNull();
    expect(frame(['단톡방에서 나만 빼고 약속 잡았더라'], '인스타 스토리 보고 알았어')).toBe('frame:found_out');
    expect(frame(['친구가 결혼한대'], '인스타 보고 알았어')).toBeNull();
    expect(frame(['카톡 잘못 보냈어 ㅠㅠ', '팀장 욕한 걸 팀장한테 보냄'], '아직 안 읽었어')).toBe('frame:wrong_message_unread');
    expect(frame(['카톡 잘못 보냈어 ㅠㅠ', '아직 안 읽었어'], '삭제했는데 알림 갔을까')).toBe('frame:wrong_message_deleted');
    expect(frame(['단톡방에 엄마 욕한 걸 엄마한테 보냄'], '헐 방금 읽었어')).toBe('frame:wrong_message_read');
    expect(frame(['남친한테 카톡 보냈어'], '아직 안 읽었어')).toBeNull();
    expect(frame(['퇴사했어'], '오늘이 마지막 출근이었어')).toBe('frame:last_day');
    expect(frame(['퇴사하기로 했어'], '다음주가 마지막 출근이야')).toBeNull();
    expect(frame(['퇴사했어', '좀 불안하긴 한데 일단 쉴래'], '여행 가고 싶다')).toBe('frame:trip_in_rest');
    expect(frame(['회사 너무 힘들어'], '여행 가고 싶다')).toBeNull();
  });
});

describe('a turn that speaks of the future', () => {
  it('plans and dates ahead are told apart from the past', () => {
    check(speaksOfFuture, [
      ['내일 친구들이랑 노래방 가', true],
      ['응 내일 독립해', true],
      ['다음주 화요일', true],
      ['주말에 가보려고', true],
      ['이따 저녁에 노래방 갈 거야', true],
      ['다음 달에 이사 가기로 했어', true],
      ['담주에 면접 봐', true],
      ['어제 노래방 갔어', false],
      ['노래방 가서 2시간 불렀어', false],
      ['다음 직장은 아직 안 정했어', false],
      ['오늘 엄마랑 싸웠어', false],
      ['그거야', false],
    ]);
    check(decidedPlan, [
      ['응 내일 독립해', true],
      ['다음 달에 이사 가기로 했어', true],
      ['내일 독립할까 고민 중이야', false],
      ['다음주에 갈지 말지 모르겠어', false],
    ]);
  });

  it('replies that presume it happened are spotted', () => {
    check(presumesPast, [
      ['그렇게 신나게 불렀다니 제대로 즐겼네요 ㅎㅎ 노래방 가면 꼭 부르는 애창곡이 있어요?', true],
      ['마음껏 소리 내서 부르고 나면 속이 뻥 뚫리죠, 정말 신났겠어요! 오늘의 최고 선곡은 뭐였어요?', true],
      ['요즘 그렇게 지내고 있었군요.', true],
      ['오늘 가장 기억에 남는 장면은 뭐예요?', true],
      ['이 기쁨에 가장 큰 몫을 한 건 뭐였던 것 같아요?', true],
      ['그래서 그 뒤엔 어떻게 됐어요?', true],
      ['노래방 가면 꼭 부르는 애창곡이 있어요?', false],
      ['요즘 부르고 싶어지는 노래는 어떤 분위기예요?', false],
    ]);
  });

  it('a reply for the past keeps only a question that fits, after a lead about the plan', () => {
    const karaoke = '그렇게 신나게 불렀다니 제대로 즐겼네요 ㅎㅎ 노래방 가면 꼭 부르는 애창곡이 있어요?';
    expect(futureFit(karaoke, '내일 친구들이랑 노래방 가', true)).toBe('내일이 기다려지겠어요! 노래방 가면 꼭 부르는 애창곡이 있어요?');
    expect(futureFit(karaoke, '어제 친구들이랑 노래방 갔어', true)).toBe(karaoke);
    expect(futureFit('마음껏 소리 내서 부르고 나면 속이 뻥 뚫리죠, 정말 신났겠어요! 오늘의 최고 선곡은 뭐였어요?', '내일 노래방 가', true)).toBeNull();
    const weighing = '편안함과 자유 사이에서 고민되는 거군요. 둘 다 소중한 거라 쉽게 고르기 어렵죠. 혼자 살게 된다면 가장 기대되는 건 뭐고, 가장 걱정되는 건 뭐예요?';
    expect(futureFit(weighing, '응 내일 독립해', false)).toBe('벌써 내일이군요. 혼자 살게 된다면 가장 기대되는 건 뭐고, 가장 걱정되는 건 뭐예요?');
    expect(futureFit(weighing, '내일 독립할까 고민 중이야', false)).toBe(weighing);
  });

  it('a weekday told as a date is a short fact, said back when ahead', () => {
    check(isShortFact, [
      ['다음주 화요일', true],
      ['화요일', true],
      ['이번 주말', true],
      ['담주 월요일이요', true],
      ['화요일에 갔어', false],
      ['주말에 뭐해', false],
    ]);
    expect(dateAhead('다음주 화요일', ['건강검진 결과 기다리는 중이야'])).toBe('다음주 화요일이군요. 그날까지 기다리는 시간이 참 길게 느껴지겠어요.');
    expect(dateAhead('이번 주말', ['친구 만나기로 했어'])).toBe('이번 주말이군요.');
    expect(dateAhead('어제', ['친구 만났어'])).toBeNull();
  });
});

describe('in a conversation (test index)', () => {
  it("a sick pet's symptom and a night beside it are answered about the pet", async () => {
    const rs = await talkThrough(engine(), ['우리 강아지가 아파', '어제부터 밥을 안 먹어', '오늘 밤 옆에 있어줄 거야']);
    expect(rs[1]!.reply).toMatch(/보호자 마음/u);
    expect(rs[1]!.reply).toMatch(/동물병원/u);
    expect(rs[2]!.reply).toMatch(/곁을 지켜/u);
  });

  it('hiding from the parents\' fight gets room, not the withdrawn-child reply', async () => {
    const rs = await talkThrough(engine(), ['엄마랑 아빠가 또 싸웠어', '방에서 이어폰 끼고 있어']);
    expect(rs[1]!.reply).toMatch(/이어폰/u);
    expect(rs[1]!.reply).not.toMatch(/아이가|싸우고 나서/u);
  });

  it('sorry to a grandmother, then the visit planned', async () => {
    const rs = await talkThrough(engine(), ['할머니가 요양원에 들어가셨어', '어릴 때 할머니가 키워주셨거든', '자주 못 찾아가서 죄송해', '주말에 가보려고']);
    expect(rs[2]!.reply).toMatch(/^할머니께 죄송한 마음/u);
    expect(rs[3]!.reply).toMatch(/^할머니 뵈러 가는군요/u);
  });
});

describe.skipIf(!realModelPresent())("the tester's conversations (shipped model)", () => {
  const shipped = useShippedChat();
  it('c16: the sick dog not eating is not the user', async () => {
    const rs = await talkThrough(shipped().engine, ['우리 강아지가 아파', '어제부터 밥을 안 먹어']);
    expect(rs[1]!.reply).not.toMatch(/몸도 마음도 많이 지쳐/u);
    expect(rs[1]!.reply).toMatch(/보호자/u);
  });
  it('c33: parents fighting each other, then earphones in the room', async () => {
    const rs = await talkThrough(shipped().engine, ['엄마랑 아빠가 또 싸웠어', '방에서 이어폰 끼고 있어']);
    expect(rs[0]!.intent).toBe('family_parents_fighting');
    expect(rs[1]!.intent).not.toBe('parenting_child_gaming_withdrawn');
    expect(rs[1]!.reply).toMatch(/이어폰/u);
  });
  it('c35, c40: a plan for tomorrow is not told as past, nor as still weighed', async () => {
    const rs = await talkThrough(shipped().engine, ['시험 끝났다!!', '이제 놀 거임 ㅋㅋ', '내일 친구들이랑 노래방 가']);
    expect(rs[2]!.reply).not.toMatch(/불렀다니|즐겼네요|신났겠어요|뭐였어요/u);
    const ws = await talkThrough(shipped().engine, ['오늘 너무 행복한데 왜 눈물이 나지', '엄마가 손편지 써줬어', '이사 간다고', '응 내일 독립해']);
    expect(ws[3]!.reply).not.toMatch(/고민/u);
  });
  it('c18: a date ahead is not asked what happened after', async () => {
    const rs = await talkThrough(shipped().engine, ['요즘 자꾸 가슴이 두근거려', '건강검진 결과 기다리는 중이야', '다음주 화요일']);
    expect(rs[2]!.reply).toMatch(/^다음주 화요일이군요/u);
    expect(rs[2]!.reply).not.toMatch(/그 뒤엔|지내고 있었군요|기대되는/u);
  });
  it('c39: sorry to grandma is no apology to the bot', async () => {
    const rs = await talkThrough(shipped().engine, ['할머니가 요양원에 들어가셨어', '어릴 때 할머니가 키워주셨거든', '자주 못 찾아가서 죄송해']);
    expect(rs[2]!.intent).not.toBe('conv_sorry_for_venting');
    expect(rs[2]!.reply).toMatch(/할머니/u);
  });
  it('c38: the last day at work after quitting, then a trip while resting', async () => {
    const rs = await talkThrough(shipped().engine, ['퇴사했어', '오늘이 마지막 출근이었어', '시원섭섭해', '다음 직장은 아직 안 정했어', '좀 불안하긴 한데 일단 쉴래', '여행 가고 싶다']);
    expect(rs[1]!.reply).toMatch(/마지막 출근/u);
    expect(rs[5]!.intent).not.toBe('life_mood_want_to_escape');
  });
  it('c15, c13, c12: an ex, a crush, a slight found out', async () => {
    const ex = await talkThrough(shipped().engine, ['헤어진 지 한 달 됐는데', '아직도 걔 인스타 들어가봐', '응 차단은 못하겠어', '친구들은 이제 그만하래']);
    expect(ex[3]!.intent).not.toBe('friends_want_to_cut_off');
    const crush = await talkThrough(shipped().engine, ['나 썸타는 사람 생겼어 ㅎㅎ', '회사 다른 팀 사람인데 어제 같이 밥 먹었어']);
    expect(crush[1]!.reply).not.toMatch(/기념/u);
    const left = await talkThrough(shipped().engine, ['단톡방에서 나만 빼고 약속 잡았더라', '인스타 스토리 보고 알았어']);
    expect(left[1]!.intent).not.toBe('self_sns_comparison');
  });
});
