/**
 * Session 36 (pushback): testers talking to the CLI set facts right, turned advice down, doubted
 * the bot was listening, asked what they had told, gave names, left or stayed quiet (pushback.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createChatEngine } from '../../src/chat/engine';
import {
  asksForAWay,
  asksToRecall,
  correctedFact,
  doubtReply,
  doubtsListening,
  factCorrectionLead,
  givesName,
  heardSongs,
  HEARD_SONGS_REPLY,
  lastDetail,
  LEAVE_REPLIES,
  leaves,
  nameLead,
  NO_WAY_GENERIC,
  offersRejectedStep,
  QUIET_REPLIES,
  quietTurn,
  recallDetail,
  recallReply,
  rejectedSteps,
  rejectsAdvice,
  REJECTION_REPLIES,
  rejectionReplies,
  sighOpener,
  toldBefore,
  SIGH_REPLY,
  wayReply,
} from '../../src/chat/pushback';
import { durationReflection } from '../../src/chat/told-duration';
import { PRESENCE_REPLIES } from '../../src/chat/untold-event';
import { fakeAnalyze, fakeIndex, realModelPresent, talkThrough, useShippedChat } from './helpers';

const engine = () => createChatEngine({ analyze: fakeAnalyze, index: fakeIndex(), seed: 3, gaugeThreshold: 60 });
// The fake index is built (and cached) once, outside any one test's time limit.
beforeAll(() => {
  fakeIndex();
}, 300_000);

describe('a fact set right', () => {
  it('is read from "아니 X 아니고/말고 Y" and a slip owned, with nouns on both sides', () => {
    const cases: Array<[string, string | null]> = [
      ['아니 8개월 아니고 1년 8개월이요', '1년 8개월'],
      ['아니 선배 말고 동기요. 제가 잘못 썼어요', '동기'],
      ['아니 엄마 아니고 아빠였어 잘못 말함', '아빠'],
      ['아 세번이 아니라 두번이요 ㅋㅋ 두번 떨어짐', '두번'],
      ['아 이직한 회사 판교 아니고 분당이야 정정', '분당'],
      ['선배 말고 동기요 잘못 썼어요', '동기'],
      ['아뇨 공황은 아니래요 범불안장애래요', '범불안장애'],
      // Near misses: a choice, a feeling, a cause, a reading, songs, no "no".
      ['아니 라면 말고 밥 먹을래', null],
      ['라면 말고 밥 먹을래', null],
      ['아니 슬픈게 아니라 그냥 멍해', null],
      ['아니 엄마 때문이 아니라 동생 때문이야', null],
      ['아니 그게 아니고 내 말은', null],
      ['아 그거 말고', null],
      ['발라드 말고 신나는 노래', null],
      ['아 발라드 말고 댄스', null],
      ['8개월 됐어요', null],
      ['엄마 말고 아빠한테 말했어', null],
      ['아니 엄마 아니고 아빠가 그랬다니까 진짜 어이없어', null],
    ];
    for (const [text, want] of cases) expect(correctedFact(text)?.instead ?? null, text).toBe(want);
  });

  it('is said back as what it was', () => {
    expect(factCorrectionLead(correctedFact('아니 8개월 아니고 1년 8개월이요')!)).toMatch(/^아, 1년 8개월이었군요\./u);
    expect(factCorrectionLead(correctedFact('아니 선배 말고 동기요. 제가 잘못 썼어요')!)).toMatch(/^아, 동기였군요\./u);
    expect(factCorrectionLead(correctedFact('아니 엄마 아니고 아빠였어 잘못 말함')!)).toMatch(/^아, 아빠였군요\./u);
    expect(factCorrectionLead(correctedFact('아뇨 공황은 아니래요 범불안장애래요')!)).toMatch(/^아, 공황이 아니라 범불안장애라고 들었군요\./u);
  });

  it('is answered before any intent reads the denied word, and the story goes on', async () => {
    const rs = await talkThrough(engine(), ['퇴사하고 싶어요', '입사한지 8개월 됐어요', '아니 8개월 아니고 1년 8개월이요']);
    expect(rs[2]!.reply).toMatch(/^아, 1년 8개월이었군요\./u);
    expect(rs[2]!.reply).not.toMatch(/8개월이라는 시간/u);
    expect(rs[2]!.reply).toMatch(/[?？]$/u);
    const panic = await talkThrough(engine(), ['요즘 불안해서 숨이 잘 안 쉬어져요', '아뇨 공황은 아니래요 범불안장애래요']);
    expect(panic[1]!.reply).toMatch(/범불안장애라고 들었군요/u);
    expect(panic[1]!.intent).toBeNull();
  });
});

describe('a length of time measures a loss only', () => {
  it('is not said of weight, a baby or a job', () => {
    expect(durationReflection('6개월', 'anxiety', '6개월동안 8키로 쪘어요')).toBeNull();
    expect(durationReflection('6개월', 'anxiety', '우리 아기 6개월이에요', ['육아가 너무 힘들어요'])).toBeNull();
    expect(durationReflection('8개월', 'sadness', '8개월이요', ['퇴사하고 싶어요'])).toBeNull();
    expect(durationReflection('3년', 'sadness', '3년이요', ['회사 일이 너무 힘들어요'])).toBeNull();
  });
  it('still is of a relationship, a pregnancy, a pet, a job taken away', () => {
    expect(durationReflection('8주', 'sadness', '8주였어요')).toMatch(/^8주라는 /u);
    expect(durationReflection('2년', 'sadness', '2년이요', ['남자친구랑 헤어졌어요'])).toMatch(/^2년이면 /u);
    expect(durationReflection('14년', 'sadness', '14년 같이 살았어')).toMatch(/^14년이면 /u);
    expect(durationReflection('10년', 'sadness', '10년 다녔어요', ['회사에서 잘렸어요'])).toMatch(/^10년이면 /u);
  });
  it('the weight gain gets no grief line in a conversation', async () => {
    const rs = await talkThrough(engine(), ['요즘 살이 너무 쪄서 스트레스예요', '6개월동안 8키로 쪘어요']);
    expect(rs[1]!.reply).not.toMatch(/길든 짧든|마음이 깊이 들어/u);
  });
});

describe('advice turned down', () => {
  it('is told apart from a step that went well, a question and someone else\'s words', () => {
    const cases: Array<[string, string | null]> = [
      ['긴장 푸는 법이요? 그런건 다 알아요', 'known'],
      ['산책이라도 하라고? 그건 해봤어', 'tried'],
      ['산책? 해봤어', 'tried'],
      ['심호흡은 해봤어요 별로 소용없어요', 'failed'],
      ['말로 해봤어요. 세번이나요. 근데 그때뿐이에요', 'failed'],
      ['대화로 풀어보라고? 그거 안 통해 우리 아빠는', 'failed'],
      ['버티라는 말은 이제 안 통해요. 부모님도 친구도 다 버티래요', 'failed'],
      ['직접 물어보라는 말은 하지마 무서워서 못하겠어', 'dontsay'],
      ['긍정적으로 생각하라는 말 진짜 지겨워요', 'heard'],
      ['다른 강아지 입양하라는 말은 하지 마세요 그런 말 너무 많이 들었어요', 'heard'],
      ['괜찮아 더 좋은 사람 만날거야 이런 말은 하지 말아주세요', 'dontsay'],
      ['아껴쓰라는 말은 ㄴㄴ 이미 편의점 도시락만 먹음', 'tried'],
      ['명상 같은 거 하라고 하지 마 해봤는데 안 됨', 'failed'],
      ['종이에 적어보는 건 해봤어요', 'tried'],
      ['그런 말 많이 들었어요', 'heard'],
      ['쉬엄쉬엄 하라는 건 알아요. 근데 제가 안 하면 팀이 안 돌아가요', 'known'],
      // Near misses.
      ['요가 해봤는데 너무 좋았어요', null],
      ['운동 해봤어?', null],
      ['처음으로 번지점프 해봤어요', null],
      ['엄마가 운동하라는 말을 자꾸 해', null],
      ['친구가 힘내라는 말을 해줬는데 고마웠어', null],
      ['선생님이 자퇴하라는 말은 하지 말래요', null],
      ['그건 다 알아요 제 잘못인 거', null],
      ['산책하고 왔어요', null],
    ];
    for (const [text, want] of cases) expect(rejectsAdvice(text), text).toBe(want);
  });

  it('says "그때뿐" back only when the user said it', () => {
    expect(rejectionReplies('failed', '말로 해봤어요. 세번이나요. 근데 그때뿐이에요')[0]).toMatch(/그때뿐/u);
    expect(rejectionReplies('failed', '심호흡은 해봤어요 별로 소용없어요')[0]).not.toMatch(/그때뿐/u);
    for (const pool of Object.values(REJECTION_REPLIES)) for (const r of pool) expect(r).not.toMatch(/당신/u);
    // "많이 들었겠어요" only when the user said so.
    expect(rejectionReplies('dontsay', '직접 물어보라는 말은 하지마').join(' ')).not.toMatch(/들었/u);
  });

  it('keeps the kind of step turned down out of later replies', () => {
    expect(rejectedSteps('심호흡은 해봤어요 별로 소용없어요')).toEqual(['breath']);
    expect(rejectedSteps('긴장 푸는 법이요? 그런건 다 알아요')).toContain('nerves');
    expect(rejectedSteps('말로 해봤어요. 세번이나요')).toContain('talk');
    expect(offersRejectedStep('숨을 천천히 내쉬어 보세요.', ['pushback:step:breath'])).toBe(true);
    expect(offersRejectedStep('떨리는 게 당연하지 하고 인정해 주면 덜 커져요.', ['pushback:step:nerves'])).toBe(true);
    expect(offersRejectedStep('숨을 천천히 내쉬어 보세요.', ['pushback:step:walk'])).toBe(false);
    expect(offersRejectedStep('숨을 천천히 내쉬어 보세요.', [])).toBe(false);
  });

  it('is acknowledged in a conversation, not met with the same tips or "talking is pointless"', async () => {
    const rs = await talkThrough(engine(), ['저 내일 면접 봐요', '떨려서 잠이 안와요', '긴장 푸는 법이요? 그런건 다 알아요']);
    expect(rs[2]!.reply).toBe(REJECTION_REPLIES.known[0]);
    const room = await talkThrough(engine(), ['룸메랑 너무 안맞아요', '말로 해봤어요. 세번이나요. 근데 그때뿐이에요']);
    expect(room[1]!.reply).toMatch(/그때뿐이었다면/u);
    expect(room[1]!.reply).not.toMatch(/조용히 있고 싶은/u);
  });
});

describe('"방법이 없냐고요"', () => {
  it('is asked, not said of someone else or in despair', () => {
    expect(asksForAWay('아니 그러니까 방법이 없냐고요')).toBe(true);
    expect(asksForAWay('방법 없어요?')).toBe(true);
    expect(asksForAWay('그래서 뭘 하라고')).toBe(true);
    expect(asksForAWay('엄마가 방법이 없냐고 물었어')).toBe(false);
    expect(asksForAWay('방법이 없어서 포기했어요')).toBe(false);
  });
  it('gets concrete options for a known topic, else the question of what is left to try', () => {
    expect(wayReply(['룸메가 새벽 2시에 통화를 크게 해요'])).toMatch(/방 배정/u);
    expect(wayReply(['팀장이 자꾸 소리를 질러요'])).toBe(NO_WAY_GENERIC);
  });
});

describe('"내 말 이해 못하는구나"', () => {
  it('is told to the bot, not about someone else', () => {
    for (const t of ['너 진짜 내 말 이해 못하는구나', '제 얘기 듣고 있긴 해요?', '어쩌라고', '그래서 뭐 어쩌라고', '무슨 소리야', '딴 소리 하지 마']) expect(doubtsListening(t), t).toBe(true);
    for (const t of ['엄마는 내 말을 안 들어', '친구가 내 말 이해 못하는 것 같아요', '이해가 안 돼요 왜 그랬는지', '남친이 어쩌라고 하더라']) expect(doubtsListening(t), t).toBe(false);
  });
  it('owns it and says back the last concrete thing told', () => {
    const earlier = ['회사에서 팀장한테 또 깨졌어', '박 팀장이 회의 때 사람들 다 있는데서 내 보고서 찢었음', '산책이라도 하라고? 그건 해봤어'];
    expect(lastDetail(earlier)).toBe('박 팀장이 회의 때 사람들 다 있는데서 내 보고서 찢었음');
    expect(doubtReply(earlier)).toMatch(/^제가 제대로 못 따라갔네요.*"박 팀장이 회의 때/u);
    expect(doubtReply(['ㅇㅇ'])).toMatch(/^제가 제대로 못 따라갔네요/u);
    expect(doubtReply([])).not.toMatch(/"/u);
  });
  it('"아까 말씀드렸잖아요" is owned', () => {
    expect(toldBefore('아까 말씀드렸잖아요 11시까지 한다고요')).toBe(true);
    expect(toldBefore('아까 말했잖아 엄마 때문이라고')).toBe(true);
    expect(toldBefore('엄마가 아까 말했잖아 하면서 화냈어')).toBe(false);
    expect(toldBefore('친구한테 아까 말했는데 답이 없어')).toBe(false);
  });

  it('is never thanked for in a conversation', async () => {
    const rs = await talkThrough(engine(), ['회사에서 팀장한테 또 깨졌어', '박 팀장이 회의 때 사람들 다 있는데서 내 보고서 찢었음', '너 진짜 내 말 이해 못하는구나']);
    expect(rs[2]!.reply).toMatch(/^제가 제대로 못 따라갔네요/u);
    expect(rs[2]!.reply).not.toMatch(/고마워요/u);
  });
});

describe('what the user told, asked back', () => {
  it('is a question about what the user said, not an order someone gave', () => {
    expect(asksToRecall('수술 언제라고 했는지 기억해요?')).toEqual({ kind: 'when', topic: '수술', unit: null });
    expect(asksToRecall('내일 어디 면접이라고 했었죠? ㅎㅎ')).toEqual({ kind: 'where', topic: '면접', unit: null });
    expect(asksToRecall('몇 개월이라고 했는지 말해봐요')).toEqual({ kind: 'number', topic: null, unit: '개월' });
    expect(asksToRecall('근데 아까 제가 보리 몇살이라고 했죠?')?.unit).toBe('살');
    expect(asksToRecall('엄마가 어디 가라고 했는지 기억이 안 나')).toBeNull();
    expect(asksToRecall('수술 언제 하는지 모르겠어요')).toBeNull();
    expect(asksToRecall('친구가 언제라고 했는지 기억해요?')).toBeNull();
  });
  it('is answered from the earlier turns, the corrected value last, and never invented', () => {
    const surgery = ['아빠가 암 진단 받으셨어요', '대장암 3기래요', '다음달 15일에 수술 날짜 잡혔어요', '제가 장녀라서 엄마랑 동생 챙겨야 돼요'];
    expect(recallDetail(asksToRecall('수술 언제라고 했는지 기억해요?')!, surgery)).toBe('다음달 15일에 수술');
    const job = ['저 내일 면접 봐요', '삼성전자 최종면접이에요', '떨려서 잠이 안와요'];
    expect(recallDetail(asksToRecall('내일 어디 면접이라고 했었죠?')!, job)).toBe('삼성전자 최종면접');
    const tenure = ['입사한지 8개월 됐어요', '아니 8개월 아니고 1년 8개월이요'];
    expect(recallDetail(asksToRecall('몇 개월이라고 했는지 말해봐요')!, tenure)).toBe('1년 8개월');
    expect(recallDetail(asksToRecall('수술 언제라고 했는지 기억해요?')!, ['아빠가 암 진단 받으셨어요'])).toBeNull();
    expect(recallReply(null)).toMatch(/놓쳤을 수도/u);
    expect(recallReply('다음달 15일에 수술')).toBe('다음달 15일에 수술이라고 했죠. 잊지 않고 있어요.');
  });
  it('is answered in a conversation', async () => {
    const rs = await talkThrough(engine(), ['아빠가 암 진단 받으셨어요', '다음달 15일에 수술 날짜 잡혔어요', '긍정적으로 생각하라는 말 진짜 지겨워요', '수술 언제라고 했는지 기억해요?']);
    expect(rs[3]!.reply).toMatch(/^다음달 15일에 수술이라고 했죠\./u);
    const none = await talkThrough(engine(), ['요즘 너무 힘들어요', '수술 언제라고 했는지 기억해요?']);
    expect(none[1]!.reply).toMatch(/놓쳤을 수도/u);
  });
});

describe('a name given', () => {
  it('is read only when the turn gives it', () => {
    expect(givesName('그 친구 이름은 하은이에요. 중학교 때부터 친구')).toEqual({ name: '하은', who: '친구' });
    expect(givesName('우리 강아지 초코')).toEqual({ name: '초코', who: '강아지' });
    expect(givesName('이름은 민지예요')).toEqual({ name: '민지', who: null });
    expect(givesName('우리 강아지 초코가 어제 무지개다리 건넜어요')).toBeNull();
    expect(givesName('남편 이름은 준호예요. 준호씨는 퇴근하면 핸드폰만 봐요')).toBeNull();
    expect(givesName('이름이 민수인데 민수가 먼저 연락 안 하더니 갑자기..')).toBeNull();
    expect(givesName('이름은 비밀이에요')).toBeNull();
  });
  it('is said back with who they are', () => {
    expect(nameLead({ name: '하은', who: '친구' })).toBe('하은이라는 친구군요.');
    expect(nameLead({ name: '초코', who: '강아지' })).toBe('강아지 이름이 초코군요.');
    expect(nameLead({ name: '민지', who: null })).toBe('민지군요.');
  });
  it('gets no invented story in a conversation', async () => {
    const rs = await talkThrough(engine(), ['오늘 제일 친한 친구가 유학간다고 했어요', '그 친구 이름은 하은이에요. 중학교 때부터 친구']);
    expect(rs[1]!.reply).toMatch(/^하은이라는 친구군요\./u);
  });
});

describe('quiet and leaving turns', () => {
  it('reads leaving, quiet and a sigh tightly', () => {
    expect(leaves('됐어')).toBe('enough');
    expect(leaves('됐어요 그만할래요')).toBe('enough');
    expect(leaves('몰라 걍 잘래')).toBe('sleep');
    expect(leaves('합격 됐어!')).toBeNull();
    expect(leaves('됐어!!')).toBeNull();
    expect(leaves('다 됐어요')).toBeNull();
    expect(leaves('공부 그만할래')).toBeNull();
    for (const t of ['ㅇ', 'ㅇㅇ', '응', '그냥', '...']) expect(quietTurn(t), t).toBe(true);
    for (const t of ['응 그래서 힘들어', '그냥 다 싫어']) expect(quietTurn(t), t).toBe(false);
    for (const t of ['하...', '하아', '휴', '에휴', '후...']) expect(sighOpener(t), t).toBe(true);
    for (const t of ['하하', '하하하', '하이', '후회돼']) expect(sighOpener(t), t).toBe(false);
  });

  it('keep the promise of no questions, leave without one, meet a sigh', async () => {
    const rs = await talkThrough(engine(), ['하...', '그냥 좀 힘들어요', '말하기 싫어요', 'ㅇ', 'ㅇ']);
    expect(rs[0]!.reply).toBe(SIGH_REPLY);
    expect(PRESENCE_REPLIES).toContain(rs[2]!.reply);
    expect(QUIET_REPLIES).toContain(rs[3]!.reply);
    expect(QUIET_REPLIES).toContain(rs[4]!.reply);
    expect(rs[3]!.reply).not.toMatch(/[?？]/u);
    const gone = await talkThrough(engine(), ['엄마랑 또 싸웠어', '됐어']);
    expect(gone[1]!.reply).toBe(LEAVE_REPLIES.enough);
    const sleep = await talkThrough(engine(), ['회사에서 팀장한테 또 깨졌어', '몰라 걍 잘래']);
    expect(sleep[1]!.reply).toBe(LEAVE_REPLIES.sleep);
    expect(sleep[1]!.reply).not.toMatch(/[?？]/u);
  });
});

describe('songs heard already', () => {
  it('is about the songs, without stigma', async () => {
    expect(heardSongs('아이유 노래는 이미 다 들어봤어')).toBe(true);
    expect(heardSongs('그 노래 들어봤어?')).toBe(false);
    expect(heardSongs('추천해준 노래 들어봤는데 좋았어')).toBe(false);
    const rs = await talkThrough(engine(), ['노래 추천해줘', '아이유 노래는 이미 다 들어봤어']);
    expect(rs[1]!.reply).toBe(HEARD_SONGS_REPLY);
  });
});

describe.skipIf(!realModelPresent())('session 36 pushback with the shipped model', () => {
  const shipped = useShippedChat();

  it('a fact set right is heard, and asked back later', async () => {
    const rs = await talkThrough(shipped().engine, ['퇴사하고 싶어요', '입사한지 8개월 됐어요', '아니 8개월 아니고 1년 8개월이요', '몇 개월이라고 했는지 말해봐요']);
    expect(rs[2]!.reply).toMatch(/^아, 1년 8개월이었군요\./u);
    expect(rs[3]!.reply).toMatch(/^1년 8개월이라고 했죠\./u);
  }, 60_000);

  it('a correction of a person does not match the colleague intent', async () => {
    const rs = await talkThrough(shipped().engine, ['저 오늘 고백했는데 차였어요', '동아리 선배한테요. 2년 짝사랑했어요', '아니 선배 말고 동기요. 제가 잘못 썼어요']);
    expect(rs[2]!.intent).toBeNull();
    expect(rs[2]!.reply).toMatch(/^아, 동기였군요\./u);
  }, 60_000);

  it('the roommate story: talking tried is not "talking to the bot is pointless"; a way is offered', async () => {
    const rs = await talkThrough(shipped().engine, ['룸메랑 너무 안맞아요', '룸메가 새벽 2시에 통화를 크게 해요. 기숙사 2인실이에요', '말로 해봤어요. 세번이나요. 근데 그때뿐이에요', '아니 그러니까 방법이 없냐고요']);
    expect(rs[2]!.intent).not.toBe('mood_talking_feels_pointless');
    expect(rs[2]!.reply).toMatch(/그때뿐이었다면/u);
    expect(rs[3]!.reply).not.toMatch(/정해 드릴 수는 없지만/u);
    expect(rs[3]!.reply).toMatch(/방 배정/u);
  }, 60_000);

  it('the interview: tips turned down are not repeated, and the company is remembered', async () => {
    const rs = await talkThrough(shipped().engine, ['저 내일 면접 봐요', '삼성전자 최종면접이에요', '떨려서 잠이 안와요', '긴장 푸는 법이요? 그런건 다 알아요', '내일 어디 면접이라고 했었죠? ㅎㅎ']);
    expect(rs[3]!.reply).not.toMatch(/떨리는 게 당연/u);
    expect(rs[4]!.reply).toMatch(/^삼성전자 최종면접이라고 했죠\./u);
  }, 60_000);
});
