/**
 * Session 36 (memory): times and names asked back, the user's name told, praise asked for, warm
 * goodbyes, earlier chats and advice recalled, "내 편이지?", moved tears (memory.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createChatEngine } from '../../src/chat/engine';
import {
  adviceRecalled,
  asksName,
  asksSides,
  cannotFollowAdvice,
  cannotFollowReply,
  closeReply,
  goesQuiet,
  itHelped,
  lastTimeAsked,
  memoryReply,
  movedTears,
  nameReply,
  otherNameGiven,
  ownNameGiven,
  pleasantClose,
  praiseAsked,
  recallTime,
  sameOldWords,
  sleptHours,
  timeAskedBack,
  triedIt,
  triedQuotedAdvice,
} from '../../src/chat/memory';
import { presumesUnsaid } from '../../src/chat/intent-guards';
import { fakeAnalyze, fakeIndex, realModelPresent, talkThrough, useShippedChat } from './helpers';

const engine = () => createChatEngine({ analyze: fakeAnalyze, index: fakeIndex(), seed: 3, gaugeThreshold: 60 });
beforeAll(() => {
  fakeIndex();
}, 300_000);

const SLEEP_STORY = ['나 요즘 새벽 3시에 자', '일어나는 건 7시고', '회사 가면 하루종일 졸려'];

describe('a time asked back', () => {
  it('reads the verb of the question', () => {
    expect(timeAskedBack('내가 아까 몇 시에 잔다고 했지?')?.verb).toBe('sleep');
    expect(timeAskedBack('몇 시에 일어난다고 했죠?')?.verb).toBe('wake');
    expect(timeAskedBack('엄마가 몇 시에 잔다고 했지?')).toBeNull();
    expect(timeAskedBack('몇 시에 자야 돼?')).toBeNull();
    expect(timeAskedBack('새벽 3시에 잔다고 했어')).toBeNull();
  });

  it('says the sentence that fits the verb, not the latest number', () => {
    expect(recallTime('내가 아까 몇 시에 잔다고 했지?', SLEEP_STORY)).toBe('새벽 3시에 잔다고 했어요. 맞죠?');
    expect(recallTime('몇 시에 일어난다고 했지?', SLEEP_STORY)).toBe('7시에 일어난다고 했어요. 맞죠?');
  });

  it('asks when two times fit or none does', () => {
    expect(recallTime('몇 시에 잔다고 했지?', ['어제는 새벽 2시에 잤어', '오늘은 새벽 4시에 자'])).toMatch(/헷갈려요/u);
    expect(recallTime('몇 시에 잔다고 했지?', ['회사 가면 하루종일 졸려'])).toMatch(/다시 알려 줄래요/u);
  });

  it('counts the hours slept from the two times told', () => {
    expect(sleptHours('그럼 몇 시간 자는 거야?', SLEEP_STORY)).toMatch(/^새벽 3시에 자서 7시에 일어나면 4시간쯤 자는 거예요/u);
    expect(sleptHours('그럼 몇 시간 자는 거야?', ['밤 11시에 자', '일어나는 건 6시야'])).toMatch(/7시간쯤/u);
    expect(sleptHours('그럼 몇 시간 자는 거야?', ['회사 가면 하루종일 졸려'])).toBeNull();
    expect(sleptHours('몇 시간 자야 건강해?', SLEEP_STORY)).toBeNull();
  });

  it('is answered so in the engine', async () => {
    const rs = await talkThrough(engine(), [...SLEEP_STORY, '내가 아까 몇 시에 잔다고 했지?', '그럼 몇 시간 자는 거야?']);
    expect(rs[3]!.reply).toMatch(/^새벽 3시에 잔다고 했어요/u);
    expect(rs[3]!.reply).not.toMatch(/^7시라고/u);
    expect(rs[4]!.reply).toMatch(/4시간쯤/u);
  });
});

describe('names', () => {
  it('reads the user giving their own name', () => {
    const cases: Array<[string, string | null]> = [
      ['안녕 나 서연이라고 해', '서연'],
      ['안녕 나 지민이야', '지민'],
      ['민수야 민수', '민수'],
      ['제 이름은 하린이에요', '하린'],
      ['나 지민이야', '지민'],
      // Near misses: not a name.
      ['나 학생이야', null],
      ['안녕 나 고3이야', null],
      ['나 혼자야', null],
      ['나 왕따야', null],
      ['친구야 친구', null],
      ['민수야 밥 먹자', null],
      ['엄마가 나 바보라고 했어', null],
      ['나 천재라고 해', null],
    ];
    for (const [text, want] of cases) expect(ownNameGiven(text), text).toBe(want);
  });

  it('reads a question about my name or that person\'s name, not the bot\'s', () => {
    expect(asksName('너 내 이름 기억해?')).toBe('mine');
    expect(asksName('내 이름 뭐라고 했지?')).toBe('mine');
    expect(asksName('그 사람 이름 뭐라고 했죠 제가?')).toBe('theirs');
    expect(asksName('걔 이름 기억나?')).toBe('theirs');
    expect(asksName('그 사람 이름이 뭐였더라?')).toBe('theirs');
    expect(asksName('너 이름 뭐야?')).toBeNull();
    expect(asksName('이름이 뭐예요?')).toBeNull();
    expect(asksName('우리 강아지 이름 뭐로 지을까?')).toBeNull();
  });

  it('answers from the names told in this conversation, or honestly', () => {
    expect(nameReply('mine', ['나 지민이야', '오늘 시험 끝났어!!'])).toBe('그럼요, 지민 씨잖아요. 아까 알려 줬죠.');
    expect(nameReply('mine', [], ['memory:own_name:민수'])).toMatch(/민수 씨/u);
    expect(nameReply('mine', ['오늘 시험 끝났어'])).toMatch(/아직 이름을 듣지 못했어요.*지난 대화를 기억하지 못/u);
    expect(otherNameGiven('팀장님 이름이 박과장인데요 ㅋㅋ 아 직급이 과장이에요')).toEqual({ who: '팀장님', name: '박과장' });
    expect(nameReply('theirs', ['팀장님 이름이 박과장인데요 ㅋㅋ 아 직급이 과장이에요', '박과장님이 제 보고서를 사람들 앞에서 찢었어요'])).toBe('팀장님 이름은 박과장이라고 했어요.');
    expect(nameReply('theirs', ['팀장이 보고서를 찢었어요'])).toMatch(/듣지 못한 것 같아요/u);
  });

  it('says the praise asked for with the name', () => {
    expect(praiseAsked('서연이 잘했다고 한 번만 말해줘', ['안녕 나 서연이라고 해', '합격했어'], true)).toBe('서연 씨, 정말 잘했어요! 그동안 애쓴 만큼 오늘은 마음껏 기뻐해도 돼요.');
    expect(praiseAsked('잘했다고 말해줘', [], false)).toMatch(/^정말 잘했어요!/u);
    expect(praiseAsked('엄마가 잘했다고 말해줬어', [], true)).toBeNull();
    expect(praiseAsked('잘했다고 하더라', [], true)).toBeNull();
  });

  it('is answered so in the engine', async () => {
    const mine = await talkThrough(engine(), ['안녕 나 지민이야', '오늘 시험 끝났어!!', '내 이름 기억해?']);
    expect(mine[2]!.reply).toMatch(/지민 씨/u);
    const none = await talkThrough(engine(), ['너 내 이름 기억해?', '민수야 민수', '내 이름 뭐라고 했지?']);
    expect(none[0]!.reply).not.toMatch(/쉼표예요/u);
    expect(none[0]!.reply).toMatch(/이름을 듣지 못했어요/u);
    expect(none[1]!.reply).toMatch(/^민수 씨군요, 반가워요/u);
    expect(none[2]!.reply).toMatch(/민수 씨/u);
    const theirs = await talkThrough(engine(), ['팀장님 이름이 박과장인데요 ㅋㅋ 아 직급이 과장이에요', '박과장님이 제 보고서를 사람들 앞에서 찢었어요', '그 사람 이름 뭐라고 했죠 제가?']);
    expect(theirs[2]!.reply).toMatch(/박과장이라고 했어요/u);
    const praise = await talkThrough(engine(), ['안녕 나 서연이라고 해', '오늘 합격했어 너무 기뻐', '서연이 잘했다고 한 번만 말해줘']);
    expect(praise[2]!.reply).toMatch(/^서연 씨, 정말 잘했어요!/u);
  });
});

describe('goodbyes', () => {
  it('reads a warm close, and not a plan or a story', () => {
    expect(pleasantClose('잘래 피곤해')).toBe('sleep');
    expect(pleasantClose('피곤해서 잘래')).toBe('sleep');
    expect(pleasantClose('이제 자야겠다')).toBe('sleep');
    expect(pleasantClose('됐어 이제 괜찮아')).toBe('okay');
    expect(pleasantClose('잠이 안 와')).toBeNull();
    expect(pleasantClose('잘래 말래 고민이야')).toBeNull();
    expect(pleasantClose('괜찮아 보여?')).toBeNull();
    expect(pleasantClose('다음에 또 가려고')).toBeNull();
  });

  it('closes only after a glad or settled story', () => {
    expect(closeReply('sleep', ['오늘 친구들이랑 놀이공원 다녀왔어', '진짜 재밌었다'], true)).toBe('신나게 놀았으니 오늘은 푹 자요. 잘 자요!');
    expect(closeReply('sleep', ['팀장한테 또 깨졌어'], false)).toBeNull();
    expect(closeReply('okay', ['오늘 좀 속상한 일 있었는데', '친구랑 얘기하다 보니 풀렸어'], false)).toMatch(/^괜찮아졌다니 다행이에요/u);
    expect(closeReply('okay', ['엄마랑 또 싸웠어'], false)).toBeNull();
  });

  it('hears "말 안 할래요" and "똑같은 말만"', () => {
    expect(goesQuiet('됐어요 그냥 말 안 할래요')).toBe(true);
    expect(goesQuiet('됐어 말 안 할래')).toBe(true);
    expect(goesQuiet('엄마한테는 말 안 할래요')).toBe(false);
    expect(sameOldWords('다른 사람들이랑 똑같은 말만 하시네요')).toBe(true);
    expect(sameOldWords('맨날 똑같은 말만 하네')).toBe(true);
    expect(sameOldWords('엄마는 맨날 똑같은 말만 해')).toBe(false);
    expect(sameOldWords('다른 사람들이랑 똑같이 살고 싶어')).toBe(false);
  });

  it('keeps plans and stories from the goodbye and return-visit replies', () => {
    expect(presumesUnsaid('meta_goodbye', '다음에 또 가려고')).toBe(true);
    expect(presumesUnsaid('meta_goodbye', '나 이제 갈게')).toBe(false);
    expect(presumesUnsaid('meta_greeting_again', '다시 데리고 들어왔어')).toBe(true);
    expect(presumesUnsaid('meta_greeting_again', '나 또 왔어')).toBe(false);
  });

  it('is answered so in the engine; pushback keeps "됐어" after distress', async () => {
    const park = await talkThrough(engine(), ['오늘 놀이공원 다녀왔어 너무 신나', '롤러코스터 세 번이나 탔어 너무 좋아', '잘래 피곤해']);
    expect(park[2]!.reply).toBe('신나게 놀았으니 오늘은 푹 자요. 잘 자요!');
    const ok = await talkThrough(engine(), ['오늘 좀 속상한 일 있었는데', '친구랑 얘기하다 보니 풀렸어', '됐어 이제 괜찮아']);
    expect(ok[2]!.reply).toMatch(/^괜찮아졌다니 다행이에요/u);
    expect(ok[2]!.reply).not.toMatch(/[?？]/u);
    const fight = await talkThrough(engine(), ['엄마랑 또 싸웠어', '됐어']);
    expect(fight[1]!.reply).toMatch(/미안해요/u);
    const quiet = await talkThrough(engine(), ['요즘 넘 지쳐서 아무것도 하기 싫어요', '다른 사람들이랑 똑같은 말만 하시네요', '됐어요 그냥 말 안 할래요']);
    expect(quiet[1]!.reply).toMatch(/^맞아요, 누구나 하는 말만/u);
    expect(quiet[2]!.reply).toMatch(/더 묻지 않을게요/u);
    expect(quiet[2]!.reply).not.toMatch(/[?？]/u);
  });
});

describe('earlier chats and advice tried', () => {
  it('reads an earlier chat asked about', () => {
    expect(lastTimeAsked('저번에 면접 본다고 했잖아 기억나?')).toBe('면접');
    expect(lastTimeAsked('저번에 내가 고양이 키운다고 했던 거 기억해?')).toBe('고양이');
    expect(lastTimeAsked('저번에 여자친구 얘기했잖아')).toBe('여자친구');
    expect(lastTimeAsked('저번에 엄마가 그렇게 말했잖아')).toBeNull();
    expect(lastTimeAsked('저번에 면접 봤는데 떨어졌어')).toBeNull();
    expect(lastTimeAsked('전에 말했잖아 11시까지 한다고')).toBeNull();
    // Told in this very conversation: not denied.
    expect(lastTimeAsked('저번에 면접 본다고 했잖아 기억나?', ['다음주에 면접 봐요'])).toBeNull();
  });

  it('reads advice recalled, tried and found good', () => {
    expect(adviceRecalled('기분 안 좋을 때 산책하라고 했잖아')).toBe('산책');
    expect(adviceRecalled('엄마가 산책하라고 했잖아')).toBeNull();
    expect(adviceRecalled('산책하라고 하더라')).toBeNull();
    expect(triedIt('해봤어')).toBe(true);
    expect(triedIt('해봤어?')).toBe(false);
    expect(triedIt('해봤는데 별로야')).toBe(false);
    expect(itHelped('진짜 효과 있더라 ㅋㅋ')).toBe(true);
    expect(itHelped('효과 없더라')).toBe(false);
    expect(triedQuotedAdvice('음악 들으라는 것도 해봤어요')).toBe(true);
    expect(triedQuotedAdvice('음악 들으라는 것도 해봤는데 좋더라')).toBe(false);
    expect(triedQuotedAdvice('음악 들으라는 거 해봤어?')).toBe(false);
  });

  it('reads advice quoted back as impossible', () => {
    expect(cannotFollowAdvice('그냥 좀 쉬라고요? 쉴 시간이 없다니까요')).toBe('쉬');
    expect(cannotFollowReply('쉬')).toMatch(/^쉴 시간조차 없는데/u);
    expect(cannotFollowAdvice('운동하라고요? 할 수가 없어요 다리 다쳐서')).toBe('운동하');
    expect(cannotFollowAdvice('쉬라고 했는데 시간이 없어')).toBeNull();
    expect(cannotFollowAdvice('엄마가 쉬라고? 시간이 없다니까')).toBeNull();
    expect(cannotFollowAdvice('쉴 시간이 없어요')).toBeNull();
  });

  it('goes on in the engine', async () => {
    const rs = await talkThrough(engine(), ['기분 안 좋을 때 산책하라고 했잖아', '해봤어', '진짜 효과 있더라 ㅋㅋ']);
    expect(rs[0]!.reply).toMatch(/^산책 얘기군요/u);
    expect(rs[1]!.reply).toBe('해 봤군요! 어땠어요?');
    expect(rs[2]!.reply).toMatch(/^효과가 있었다니 정말 다행이에요/u);
    const last = await talkThrough(engine(), ['저번에 면접 본다고 했잖아 기억나?']);
    expect(last[0]!.reply).toMatch(/지난 대화를 기억하지 못해요.*면접 이야기/u);
    const music = await talkThrough(engine(), ['요즘 넘 지쳐서 아무것도 하기 싫어요', '음악 들으라는 것도 해봤어요']);
    expect(music[1]!.reply).not.toMatch(/곡/u);
    expect(music[1]!.reply).toMatch(/이미 해 본 걸/u);
  });
});

describe('"너는 내편이지?"', () => {
  it('is read as asking for a side', () => {
    expect(asksSides('너는 내편이지?')).toBe(true);
    expect(asksSides('넌 내 편 맞지?')).toBe(true);
    expect(asksSides('엄마는 내 편이 아니야')).toBe(false);
    expect(asksSides('내 편이 하나도 없어')).toBe(false);
  });

  it('sides with the feeling in the engine', async () => {
    const rs = await talkThrough(engine(), ['팀장이 내 보고서 가지고 뭐라함', '근데 그거 팀장이 시킨대로 한거거든', '너는 내편이지?']);
    expect(rs[2]!.reply).toMatch(/^그럼요, .*억울할 만해요/u);
    expect(rs[2]!.reply).not.toMatch(/정답을 줄 수는 없/u);
  });
});

describe('moved tears', () => {
  it('are read at weddings, gifts, graduations and reunions, not in sorrow', () => {
    expect(movedTears('신부 입장할 때 저도 모르게 눈물이 났어요', ['언니 결혼식 다녀왔어요'])).toBe('wedding');
    expect(movedTears('열어보니까 대학 동기가 보낸 생일선물이었어 ㅠㅠ', ['택배가 문 앞에 와 있는데', '누가 보낸 건지 모르겠어'])).toBe('gift');
    expect(movedTears('졸업식에서 엄마 보자마자 울컥했어', [])).toBe('graduation');
    expect(movedTears('언니 결혼식인데 엄마가 안 계셔서 눈물 났어요', [])).toBeNull();
    expect(movedTears('결혼식 끝나고 혼자 집에 오는데 눈물이 났어', [])).toBeNull();
    expect(movedTears('헤어진 남친한테 받은 선물 보니까 눈물나', [])).toBeNull();
    expect(movedTears('오늘 너무 힘들어서 눈물 났어', [])).toBeNull();
    expect(movedTears('선물 받았는데 맘에 안 들어 ㅠㅠ', [])).toBeNull();
    expect(movedTears('친구 결혼식 축가 불렀는데 다들 울었어 ㅠㅠ', [])).toBeNull();
    expect(movedTears('택배가 아직 안 와 ㅠㅠ', [])).toBeNull();
    expect(movedTears('결혼식 축가 망쳐서 ㅠㅠ', [])).toBeNull();
    expect(movedTears('전 여친 결혼식 갔는데 눈물 났어', [])).toBeNull();
    expect(movedTears('결혼식 가야 하는데 입을 옷이 없어 ㅠㅠ', [])).toBeNull();
  });

  it('are met as moved in the engine', async () => {
    const rs = await talkThrough(engine(), ['언니 결혼식 다녀왔어요', '신부 입장할 때 저도 모르게 눈물이 났어요']);
    expect(rs[1]!.reply).toMatch(/뭉클/u);
    expect(rs[1]!.reply).not.toMatch(/무겁/u);
  });
});

describe('memoryReply stays out of ordinary talk', () => {
  it('returns null for everyday turns', () => {
    const ctx = { earlier: ['회사에서 팀장한테 또 깨졌어'], used: [], joyful: false, firstTurn: false };
    for (const t of ['오늘 너무 피곤해', '잠이 안 와요', '친구 이름이 특이해', '결혼식 준비 때문에 스트레스야', '다음에 또 가려고', '나 또 왔어', '몇 시간 잤는지 모르겠어', '잘래?', '이제 괜찮아', '엄마는 내 편이야?', '저번에 말했던 거 있잖아 그거 취소됐어', '선물 고르기 너무 어려워']) {
      expect(memoryReply(t, ctx), t).toBeNull();
    }
  });
});

describe.skipIf(!realModelPresent())('session 36 memory with the shipped model', () => {
  const shipped = useShippedChat();

  it('recalls the bedtime asked, and counts the hours', async () => {
    const rs = await talkThrough(shipped().engine, [...SLEEP_STORY, '내가 아까 몇 시에 잔다고 했지?', '그럼 몇 시간 자는 거야?']);
    expect(rs[3]!.reply).toMatch(/^새벽 3시에 잔다고 했어요/u);
    expect(rs[4]!.reply).toMatch(/4시간쯤/u);
  }, 120_000);

  it('names the user, closes warmly and meets moved tears', async () => {
    const name = await talkThrough(shipped().engine, ['안녕 나 지민이야', '오늘 시험 끝났어!!', '생각보다 잘 본 것 같아', '내 이름 기억해?']);
    expect(name[3]!.reply).toMatch(/지민 씨/u);
    const park = await talkThrough(shipped().engine, ['오늘 친구들이랑 놀이공원 다녀왔어', '롤러코스터 세 번이나 탔어 ㅋㅋㅋ', '진짜 재밌었다', '아 근데 너무 많이 걸었나봐', '잘래 피곤해']);
    expect(park[4]!.reply).toMatch(/잘 자요/u);
    const gift = await talkThrough(shipped().engine, ['택배가 문 앞에 와 있는데', '누가 보낸 건지 모르겠어', '열어보니까 대학 동기가 보낸 생일선물이었어 ㅠㅠ']);
    expect(gift[2]!.reply).toMatch(/뭉클/u);
    const cafe = await talkThrough(shipped().engine, ['어제 친구랑 카페 갔는데', '거기 케이크가 진짜 맛있었어', '다음에 또 가려고']);
    expect(cafe[2]!.reply).not.toMatch(/조심히 가요/u);
  }, 180_000);
});
