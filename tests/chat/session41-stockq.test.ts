/**
 * Session 41 (stockq): stock questions that remember what was said. A tester's 40 conversations
 * (205 turns) found the bot asking what the user had already told («요즘 마음에 걸리는 일은 없어요?»
 * after a story, «오늘 제일 좋았던 순간은 언제였어요?» after the good news, «오늘 하루는 어떻게 흘러가고
 * 있어요?» after "별일 없어 / 그냥 그래"), asking "did you tell them?" twice in other words, and
 * answering a one-word answer ("수학이요", "편의점이요", "한 두 달 정도?") with «요즘 그렇게 지내고
 * 있었군요» and an unrelated question.
 */
import { describe, expect, it } from 'vitest';
import { createChatEngine } from '../../src/chat/engine';
import { answerLength, answerWord, echoLines, lengthLine } from '../../src/chat/answer-echo';
import { kindAllowed, memoOf, noteReply, questionKey, questionKind, questionsOf, toldKinds, toldSoFar, trimSpent } from '../../src/chat/long-memory';
import { plainReflectionFits } from '../../src/chat/stock-fit';
import { askedTopics, toldTopics } from '../../src/chat/topics';
import { realModelPresent, talkThrough, useShippedChat } from './helpers';

describe('a one-word answer (answer-echo.ts)', () => {
  it('finds the noun of a short answer', () => {
    const cases: Array<[string, string]> = [
      ['수학이요', '수학'],
      ['편의점이요', '편의점'],
      ['엄마요', '엄마'],
      ['떡볶이요', '떡볶이'],
      ['영어요', '영어'],
      ['고등학교 친구요', '고등학교 친구'],
      ['카톡이요.', '카톡'],
      ['화장실이요', '화장실'],
    ];
    for (const [text, word] of cases) expect(answerWord(text), text).toBe(word);
    // A bare noun only after a question that asked for one.
    expect(answerWord('떡볶이', '오늘 먹은 것 중에 제일 맛있었던 건 뭐였어요?')).toBe('떡볶이');
    expect(answerWord('떡볶이', '그 이야기 조금 더 들려줄래요?')).toBeNull();
  });

  it('leaves verbs, adverbs, interjections, times and feelings alone', () => {
    for (const text of ['싫어요', '좋아요', '그래요', '몰라요', '아니요', '그냥요', '글쎄요', '해요', '배고파요', '고마워요', '짜증이요', '지금이요', '어제요', '저요', '네', '응', '대박', '킹받네', '3년 사겼어', '내일 시험이요', '왜요?']) {
      expect(answerWord(text, '무슨 일이 있었어요?'), text).toBeNull();
    }
  });

  it('finds a bare length of time', () => {
    expect(answerLength('한 두 달 정도?')).toBe('한두 달');
    expect(answerLength('일주일째요')).toBe('일주일');
    expect(answerLength('3년쯤')).toBe('3년');
    expect(answerLength('한 달 넘었어')).toBe('한 달');
    for (const text of ['3년 뒤에', '내일이요', '2주 뒤에 시험이야', '한 달 동안 폰 없이 살라는데']) expect(answerLength(text), text).toBeNull();
  });

  it('says the word back in the bot’s register', () => {
    expect(echoLines('수학')[0]).toBe('아, 수학이었군요.');
    expect(echoLines('엄마')[0]).toBe('아, 엄마였군요.');
    expect(lengthLine('한두 달', '한 두 달 정도?')).toBe('한두 달 정도였군요.');
    expect(lengthLine('일주일', '일주일째요')).toBe('일주일째 이어지고 있군요.');
  });
});

describe('what was told, kept for the conversation (long-memory.ts)', () => {
  it('reads openers as one kind, not questions tied to the story', () => {
    for (const q of ['요즘 마음에 걸리는 일은 없어요?', '오늘 하루는 어떻게 보내고 있어요?', '오늘 하루는 어떻게 흘러가고 있어요?', '이번 주는 어떻게 지나가고 있어요?', '오늘 있었던 일 중에 기억에 남는 게 있어요?', '오늘은 어떤 하루를 보내고 있어요?']) {
      expect(questionKind(q), q).toBe('anything');
    }
    for (const q of ['요즘 소소하게 즐거운 일이 있었어요?', '오늘 제일 좋았던 순간은 언제였어요?']) expect(questionKind(q), q).toBe('glad-anything');
    expect(questionKind('그 일이 있고 나서 요즘은 어떻게 지내고 있어요?')).toBe('how-day');
    expect(questionKind('그 마음을 안고 오늘 하루는 어떻게 보냈어요?')).toBe('how-day');
    expect(questionKind('요즘 마음을 지치게 한 일이 있었나요?')).not.toBe('anything');
  });

  it('reads "did you tell them" in other words as one kind, asked once', () => {
    expect(questionKind('그 친구에게 이 마음을 말해 봤어요?')).toBe('told-them');
    expect(questionKind('그 사람에게 내 마음을 표현해 본 적 있어요?')).toBe('told-them');
    expect(questionKind('이런 마음을 누군가에게 털어놓은 적이 있어요?')).toBe('support');
    expect(kindAllowed('told-them', ['told-them', 'feeling-now'])).toBe(false);
    expect(kindAllowed('anything', ['anything', 'feeling-now'])).toBe(false);
    expect(kindAllowed('feeling-now', ['feeling-now', 'support'])).toBe(true);
  });

  it('reads how long, whether they told the other person, and nothing much, when the user says so', () => {
    for (const t of ['응 한 달째 이래', '이번주 내내 이래', '한 두 달 정도?', '응 처음이야 이런 거', '3년 정도요']) expect(toldKinds(t), t).toContain('how-long');
    for (const t of ['2주 뒤에 시험이야', '맨날 나한테만 뭐라 그래', '오늘 팀장이 또 갈궜어', '애기 낳은지 3주 됐어요', '요즘 계속 우울해']) expect(toldKinds(t), t).not.toContain('how-long');
    for (const t of ['부모님한테는 말 못해', '아니 아무한테도 말 못했어', '말은 안 했어', '티는 안 냈어']) expect(toldKinds(t), t).toContain('told-them');
    for (const t of ['친한 친구가 내 비밀을 다른 애들한테 말했어', '말도 안 돼', '걔가 그렇게 말했어']) expect(toldKinds(t), t).not.toContain('told-them');
    for (const t of ['별일 없어', '그냥 그래', '그럭저럭 지내']) expect(toldKinds(t), t).toContain('anything');
    for (const t of ['응', '요즘 너무 우울해', '무슨 일이 있었냐면요?']) expect(toldKinds(t), t).not.toContain('anything');
  });

  it('keeps what was told and the questions asked in the memo, and reads older memos', () => {
    let memo = memoOf(undefined);
    expect(memo).toEqual({ kinds: [], openings: [], people: [] });
    memo = noteReply(memo, '그 친구에게 이 마음을 말해 봤어요?', '친한 친구가 내 비밀을 다른 애들한테 말했어', 'other');
    expect(memo.told).toContain('anything');
    expect(memo.said).toEqual([questionKey('그 친구에게 이 마음을 말해 봤어요?')]);
    memo = noteReply(memo, '많이 속상했겠어요.', '응 한 달째 이래');
    expect(toldSoFar(memo, '배신감 장난 아님')).toEqual(expect.arrayContaining(['anything', 'how-long']));
    memo = noteReply(memo, '기쁜 날이네요.', '승진했어!', 'glad');
    expect(memo.told).toContain('glad-anything');
    // A memo saved before session 41 has neither field, and gets none until something is told.
    const old = memoOf({ kinds: ['feeling-now'], openings: [], people: [] });
    expect(old).toEqual({ kinds: ['feeling-now'], openings: [], people: [] });
    expect(noteReply(old, '그렇군요.', '응').told).toBeUndefined();
  });

  it('drops a last question asked word for word before, however spaced', () => {
    const asked = '그 말을 들었을 때 뭐라고 대답했어요?';
    expect(questionKey('그 말을 들었을 때  뭐라고 대답했어요')).toBe(questionKey(asked));
    expect(questionKey('그 말을 들었을 때 어떤 마음이 들었어요?')).not.toBe(questionKey(asked));
    const reply = '그런 말을 들으면 하루 종일 마음이 든든하죠. 그 말을 들었을 때 뭐라고 대답했어요?';
    expect(trimSpent(reply, [], [], [], [questionKey(asked)])).toBe('그런 말을 들으면 하루 종일 마음이 든든하죠.');
    expect(trimSpent(reply, [], [], [], [])).toBe(reply);
  });
});

describe('plain reflections and topics that fit what was said', () => {
  it('«요즘 그렇게 지내고 있었군요» only for days told; no small talk after a hurt', () => {
    const days = '요즘 그렇게 지내고 있었군요.';
    expect(plainReflectionFits(days, { text: '이번주 내내 이래', turns: 3, hurting: true })).toBe(true);
    expect(plainReflectionFits(days, { text: '요즘 계속 야근이야', turns: 1, hurting: false })).toBe(true);
    for (const text of ['수학이요', '편의점이요', '아직 안 읽었어']) expect(plainReflectionFits(days, { text, turns: 3, hurting: true }), text).toBe(false);
    const small = '소소한 이야기도 언제든 좋아요.';
    expect(plainReflectionFits(small, { text: '밥도 편의점에서 대충 먹었어', turns: 4, hurting: true })).toBe(false);
    expect(plainReflectionFits(small, { text: '점심에 김밥 먹었어', turns: 2, hurting: false })).toBe(true);
    expect(plainReflectionFits('그 이야기, 잘 들었어요.', { text: '수학이요', turns: 3, hurting: true })).toBe(true);
  });

  it('a remark told is not asked for, nor a reaction of one never told', () => {
    expect(askedTopics('어떤 말이나 행동이 제일 마음에 걸렸어요?')).toContain('what_said');
    expect(toldTopics('맨날 나한테만 뭐라 그래')).toContain('what_said');
    expect(toldTopics('회의 때 다 있는 데서 내 보고서 까더라')).toContain('what_said');
    expect(toldTopics('오늘 너무 속상해')).not.toContain('what_said');
    expect(askedTopics('상대는 그 뒤에 어떤 반응을 보였어요?')).toContain('their_reaction');
    for (const t of ['엄마한테는 말 못 했어', '말하면 나만 쪼잔해 보일까봐', '그냥 꾹 참았어']) expect(toldTopics(t), t).toContain('their_reaction');
    expect(toldTopics('그래서 따졌어')).not.toContain('their_reaction');
    expect(askedTopics('그 사람에게 내 마음을 표현해 본 적 있어요?')).toContain('confided');
  });
});

describe.skipIf(!realModelPresent())('session 41 conversations with the shipped model', () => {
  const shipped = useShippedChat();
  const opener = /마음에 걸리는 일은 없어요|즐거운 일이 있었어요|하루는 어떻게 (?:보내고|흘러가고)|이번 주는 어떻게|제일 좋았던 순간/u;

  it('a one-word answer is said back, not met with a stock opener (c07, c36, c29)', async () => {
    const math = await talkThrough(shipped().engine, ['수능 D-30인데 공부 하나도 안 됨', '모의고사 성적 또 떨어졌어', '수학이요']);
    expect(math[2]!.reply).toMatch(/수학이었군요/u);
    expect(math[2]!.reply).not.toMatch(opener);
    const shop = await talkThrough(shipped().engine, ['알바하는데 손님한테 욕먹었어', '내 잘못도 아닌데', '편의점이요']);
    expect(shop[2]!.reply).toMatch(/편의점이었군요/u);
    expect(shop[2]!.reply).not.toMatch(/그렇게 지내고 있었군요|마음에 걸리는 일/u);
    const cafe = await talkThrough(shipped().engine, ['알바하다가 실수했어', '카페요']);
    expect(cafe[1]!.reply).toMatch(/카페였군요/u);
    const english = await talkThrough(shipped().engine, ['시험 망쳤어 진짜', '영어요']);
    expect(english[1]!.reply).toMatch(/영어였군요/u);
    const months = await talkThrough(shipped().engine, ['요즘 그냥 아무것도 하기 싫어', '주말에도 침대에서 안 나옴', '한 두 달 정도?']);
    expect(months[2]!.reply).toMatch(/한두 달/u);
    expect(months[2]!.reply).not.toMatch(/마음에 걸리는 일|언제부터/u);
  }, 120_000);

  it('the story’s own intent still answers a word of it, and "그냥요" is not said back (near misses)', async () => {
    const boss = await talkThrough(shipped().engine, ['팀장 때문에 빡쳐', '맨날 나한테만 뭐라 그래', '팀장이요']);
    expect(boss[2]!.kind).toBe('retrieval');
    const plain = await talkThrough(shipped().engine, ['동생이 내 옷 또 몰래 입고 나갔어', '맨날 이래', '그냥요']);
    expect(plain[2]!.reply).not.toMatch(/그냥이었군요|그냥였군요/u);
  }, 120_000);

  it('no opener after a story is told, and none after the good news (c04, c20, c21, c27)', async () => {
    const overtime = await talkThrough(shipped().engine, ['오늘도 야근 ㅠㅠ', '11시 넘어서 퇴근함', '이번주 내내 이래', '밥도 편의점에서 대충 먹었어']);
    expect(overtime[2]!.reply).not.toMatch(opener);
    expect(overtime[3]!.reply).not.toMatch(/소소한/u);
    const praise = await talkThrough(shipped().engine, ['오늘 팀장님한테 칭찬받았어!', '보고서 잘 썼다고', '응 처음이야 이런 거', '기분 째짐']);
    for (const r of praise.slice(1)) expect(r.reply).not.toMatch(opener);
    const meal = await talkThrough(shipped().engine, ['오늘 점심에 먹은 국밥 존맛이었음 ㅋㅋ', '회사 근처에 새로 생긴 데야']);
    expect(meal[1]!.reply).not.toMatch(opener);
    const nothing = await talkThrough(shipped().engine, ['ㅎㅇ', '별일 없어', '그냥 그래', '저녁 먹었어']);
    expect(nothing[3]!.reply).not.toMatch(opener);
  }, 120_000);

  it('"did you tell them" is asked once, and no reaction is asked of one who kept quiet (c11, c03)', async () => {
    // Seed 1, as the tester's CLI ran them: the stock question each turn draws is the tester's.
    const seeded = () => createChatEngine({ analyze: (t) => shipped().encoder.analyze(t), index: shipped().index, seed: 1 });
    const secret = await talkThrough(seeded(), ['친한 친구가 내 비밀을 다른 애들한테 말했어', '걔한테만 말한 거였는데', '3년 친구야', '배신감 장난 아님']);
    expect(secret.filter((r) => /(?:말해|표현해|얘기해)\s?(?:봤|본\s?적)/u.test(r.reply)).length).toBeLessThanOrEqual(1);
    const idea = await talkThrough(seeded(), ['같은 팀 동료가 내 아이디어를 자기가 낸 것처럼 발표했어', '어이없어서 말도 안 나옴', '아니 아무한테도 말 못했어', '말하면 나만 쪼잔해 보일까봐']);
    for (const r of idea.slice(2)) expect(r.reply).not.toMatch(/어떤 반응을 보였|말해 봤어요|표현해 본 적/u);
  }, 120_000);

  it('no question is asked word for word twice in a conversation', async () => {
    const talks = [
      ['오늘 팀장님한테 칭찬받았어!', '보고서 잘 썼다고', '응 처음이야 이런 거', '기분 째짐'],
      ['오늘 승진했어!', '팀장님이 직접 알려줬어', '응 진짜 기뻐', '처음이야 이런 거'],
      ['친구랑 싸웠어', '걔가 먼저 시비 걸었어', '고등학교 친구요', '응 한 5년 됐어'],
    ];
    for (const lines of talks) {
      const rs = await talkThrough(shipped().engine, lines);
      const qs = rs.flatMap((r) => questionsOf(r.reply).map(questionKey));
      expect(new Set(qs).size, lines.join(' / ')).toBe(qs.length);
    }
  }, 120_000);
});
