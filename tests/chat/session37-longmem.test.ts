/**
 * Session 37 (longmem): memory and repetition over long conversations (src/chat/long-memory.ts).
 * A tester's 17 conversations of 13–21 turns found the same question in other words three to five
 * times, names forgotten, references back answered with another story's template, questions the
 * user had just answered, and weak endings.
 */
import { describe, expect, it } from 'vitest';
import { createChatEngine } from '../../src/chat/engine';
import {
  afterBye,
  afterByeReply,
  byeAgain,
  calledAs,
  keepPeople,
  kindAllowed,
  KIND_CAP,
  kindsAsked,
  MAX_PEOPLE,
  memoOf,
  nameIs,
  oneMoreThing,
  openingAllowed,
  openingOf,
  peopleTold,
  questionKind,
  recallPerson,
  referredPerson,
  saysBye,
  toldKinds,
  trimSpent,
  type Person,
} from '../../src/chat/long-memory';
import { givesName, nameLead } from '../../src/chat/pushback';
import type { ConversationState } from '../../src/chat/types';
import { fakeAnalyze, fakeIndex, realModelPresent, talkThrough, useShippedChat } from './helpers';

const engine = () => createChatEngine({ analyze: fakeAnalyze, index: fakeIndex(), seed: 3, gaugeThreshold: 60 });
const people = (...turns: string[]): Person[] => turns.reduce<Person[]>((kept, t) => keepPeople(kept, peopleTold(t)), []);

describe('question kinds', () => {
  it('puts the same question in other words under one kind', () => {
    const feelingNow = ['그 일을 떠올리면 지금은 어떤 마음이 들어요?', '지금은 어떤 마음이 더 크게 남아 있어요?', '그 일이 지금 마음에 어떻게 남아 있어요?', '지금 기분은 어떤가요?', '그 얘기를 하면서 마음은 좀 어때요?', '지금 마음은 처음보다 조금 가벼워졌어요?'];
    for (const q of feelingNow) expect(questionKind(q), q).toBe('feeling-now');
    const weighs = ['가장 걱정되는 부분은 어떤 거예요?', '요즘 가장 마음이 쓰이는 건 어떤 부분이에요?', '지금 가장 마음을 무겁게 하는 건 뭐예요?', '어떤 점이 제일 마음에 걸려요?'];
    for (const q of weighs) expect(questionKind(q), q).toBe('weighs-most');
  });

  it('tells other shapes apart', () => {
    const cases: Array<[string, string | null]> = [
      ['그때 곁에 누가 함께 있었어요?', 'who-there'],
      ['지금 곁에 기댈 수 있는 사람이 있어요?', 'support'],
      ['이런 마음을 누군가에게 털어놓은 적이 있어요?', 'support'],
      ['그때 어떤 생각이 제일 먼저 들었어요?', 'feeling-then'],
      ['그 말을 들었을 때 어떤 마음이 들었어요?', 'feeling-then'],
      ['하루 중 언제 그 마음이 제일 크게 느껴져요?', 'when-strongest'],
      ['언제부터 이런 마음이 들기 시작했어요?', 'how-long'],
      ['이럴 때 보통은 어떻게 마음을 달래요?', 'what-helps'],
      ['걱정을 잠깐이라도 내려놓을 수 있는 때는 언제예요?', 'what-helps'],
      ['조금 더 자세히 들려줄래요?', 'what-happened'],
      ['요즘 잠은 잘 자고 밥은 잘 챙겨 먹고 있어요?', 'body-care'],
      ['오늘 남은 시간은 어떻게 보내고 싶어요?', 'how-day'],
      ['오늘 하루는 어땠어요?', 'how-day'],
      ['그 이야기를 하면서 어떤 기분이 들어요?', 'feeling-now'],
      // Small talk of different things is not one question in other words.
      ['요즘 즐겨 듣는 노래가 있어요?', null],
      ['요즘 관심 가는 게 있어요?', null],
      ['면접에서 꼭 보여주고 싶은 내 모습은 어떤 거예요?', 'wish'],
      ['어떤 선물이었어요?', null],
    ];
    for (const [q, kind] of cases) expect(questionKind(q), q).toBe(kind);
  });

  it('keeps a kind from twice in a row, from what the turn tells and from a third time', () => {
    expect(kindAllowed('feeling-now', [])).toBe(true);
    expect(kindAllowed('feeling-now', ['feeling-now'])).toBe(false);
    expect(kindAllowed('feeling-now', ['feeling-now', 'support'])).toBe(true);
    expect(kindAllowed('feeling-now', ['feeling-now', 'support', 'feeling-now', 'daily'])).toBe(false);
    expect(KIND_CAP).toBe(2);
    expect(kindAllowed('who-there', ['daily'], ['who-there'])).toBe(false);
    expect(kindAllowed(null, ['feeling-now'])).toBe(true);
    expect(kindsAsked('그랬군요. 지금은 어떤 마음이 더 크게 남아 있어요?')).toEqual(['feeling-now']);
    expect(kindsAsked('정말 잘했어요.')).toEqual([]);
  });

  it('reads what a turn already answers', () => {
    expect(toldKinds('이정민 대리님이 발견해서 다행히 정정 메일 보냈어')).toContain('who-there');
    expect(toldKinds('제일 걱정되는 건 아버지가 혼자 계시다가 가스불 켜놓고 잊으실까봐요')).toContain('weighs-most');
    // Near misses: no one named; a worry not said to be the biggest; a question.
    expect(toldKinds('오늘 너무 힘들었어')).toEqual([]);
    expect(toldKinds('걱정돼서 잠이 안 와')).toEqual([]);
    expect(toldKinds('제일 걱정되는 게 뭔지 모르겠어?')).toEqual(['weighs-most']);
  });
});

describe('openings', () => {
  it('are read and capped at two a conversation', () => {
    expect(openingOf('이야기해 줘서 고마워요, 꺼내기 쉽지 않았을 텐데요.')).toBe('thanks');
    expect(openingOf('그런 일이 있었군요. 조금 더 들려줄래요?')).toBe('ack');
    expect(openingOf('그랬군요.')).toBe('ack');
    expect(openingOf('그런 마음이 들었군요.')).toBeNull();
    expect(openingOf('많이 속상했겠어요. 그랬군요.')).toBeNull();
    expect(openingAllowed('그랬군요.', ['ack'])).toBe(true);
    expect(openingAllowed('그랬군요.', ['ack', 'thanks', 'ack'])).toBe(false);
  });

  it('a spent opening and a last question of a spent kind are left out when something is left', () => {
    expect(trimSpent('그랬군요. 그 이야기 조금 더 들려줄래요?', ['ack', 'ack'], [])).toBe('그 이야기 조금 더 들려줄래요?');
    expect(trimSpent('그랬군요.', ['ack', 'ack'], [])).toBe('그랬군요.');
    expect(trimSpent('그렇게 말해 주니 저도 힘이 나요. 지금 마음은 처음보다 조금 가벼워졌어요?', [], ['feeling-now', 'daily', 'feeling-now'])).toBe('그렇게 말해 주니 저도 힘이 나요.');
    expect(trimSpent('그렇게 말해 주니 저도 힘이 나요. 지금 마음은 처음보다 조금 가벼워졌어요?', [], ['feeling-now', 'daily'])).toContain('가벼워졌어요?');
  });
});

describe('people named', () => {
  it('are read with who they are', () => {
    const cases: Array<[string, Person[]]> = [
      ['결혼한지 7년 됐고 남편 이름은 성훈이에요', [{ name: '성훈', role: '남편' }]],
      ['아이는 다섯 살 딸 하나 있어요. 이름은 서윤이에요', [{ name: '서윤', role: '딸' }]],
      ['새로 온 박 팀장님이 기획안을 다섯 번이나 다시 쓰라고 하셨거든요', [{ name: '박', role: '팀장님' }]],
      ['리드 개발자 태우 선배가 갑자기 퇴사해서 그 일까지 내가 떠안았어', [{ name: '태우', role: '선배' }]],
      ['14년 키운 강아지 초코가 오늘 아침에 무지개다리 건넜어요', [{ name: '초코', role: '강아지' }]],
      ['내 친구 소연이는 당장 헤어지라고 해', [{ name: '소연', role: '친구' }]],
      ['여자친구 지현이랑도 자주 싸워', [{ name: '지현', role: '여자친구' }]],
      ['아들 이름은 민재에요', [{ name: '민재', role: '아들' }]],
      ['아 그 팀장 이름 김철수임ㅋㅋ', [{ name: '김철수', role: '팀장' }]],
      ['이정민 대리님이 발견해서 다행히 정정 메일 보냈어', [{ name: '이정민', role: '대리님' }]],
    ];
    for (const [text, want] of cases) expect(peopleTold(text).map(({ name, role }) => ({ name, role })), text).toEqual(want);
    // A title given as a name ("박과장") is one person, and "직급이 과장" none.
    expect(peopleTold('팀장님 이름이 박과장인데요 ㅋㅋ 아 직급이 과장이에요').map((p) => p.name)).toEqual(['박과장']);
  });

  it('are not read from common nouns after a role, titles alone or 아저씨', () => {
    for (const text of ['남편 회사가 멀어서 힘들어', '친구 남친이랑 싸웠어', '회사 선배가 뭐라 했어', '친구 생일이라 선물 샀어', '그 선배가 또 그랬어', '과 선배한테 물어봤어', '우리 팀장님이 좀 깐깐해서', '동생 친구가 놀러왔어', '아 내일 대리님한테 커피 사드려야겠다', '아저씨가 소리쳤어', '친구 결혼식 있음ㅋㅋ']) {
      expect(peopleTold(text), text).toEqual([]);
    }
  });

  it('are kept, at most MAX_PEOPLE, a role once known staying', () => {
    const kept = people('남편 이름은 성훈이에요', '오늘 성훈씨랑 싸웠어');
    expect(kept).toHaveLength(1);
    expect(kept[0]!.role).toBe('남편');
    const many = people(...['가람', '나래', '다온', '라온', '마루', '바다', '사랑', '아라', '자람', '차미'].map((n) => `친구 ${n}가 왔어`));
    expect(many).toHaveLength(MAX_PEOPLE);
    expect(many.at(-1)!.name).toBe('차미');
  });

  it('are called as a counsellor would, with the right 이/가', () => {
    expect(calledAs({ name: '성훈', role: '남편' })).toBe('성훈 씨');
    expect(calledAs({ name: '박', role: '팀장님' })).toBe('박 팀장님');
    expect(calledAs({ name: '김철수', role: '팀장' })).toBe('김철수 팀장님');
    expect(calledAs({ name: '태우', role: '선배' })).toBe('태우 선배');
    expect(calledAs({ name: '초코', role: '강아지' })).toBe('초코');
    expect(calledAs({ name: '소연', role: '친구' })).toBe('소연이');
    expect(calledAs({ name: '민재', role: '아들' })).toBe('민재');
    expect(nameIs('민재')).toBe('민재군요');
    expect(nameIs('성훈')).toBe('성훈이군요');
    // "아들 이름은 민재에요" had been said back as «아들 이름이 민재에군요».
    const given = givesName('아들 이름은 민재에요')!;
    expect(given.name).toBe('민재');
    expect(nameLead(given)).toBe('아들 이름이 민재군요.');
  });
});

describe('memory questions and references back', () => {
  const kept = people('결혼한지 7년 됐고 남편 이름은 성훈이에요', '아이는 다섯 살 딸 하나 있어요. 이름은 서윤이에요');

  it('answers a name asked back from the people kept', () => {
    expect(recallPerson('제가 아까 남편 이름 뭐라고 했는지 기억하세요?', kept)).toBe('성훈 씨요. 남편 이름은 성훈이라고 했어요.');
    expect(recallPerson('딸 이름 기억해?', kept)).toMatch(/^서윤이요\./u);
    const coworker = people('이정민 대리님이 발견해서 다행히 정정 메일 보냈어');
    expect(recallPerson('너 내가 아까 누가 실수 발견해줬다고 했는지 기억해?', coworker)).toMatch(/^이정민 대리님이요\./u);
  });

  it('leaves the user’s own name, the bot’s name and statements alone', () => {
    expect(recallPerson('내 이름 기억해?', kept)).toBeNull();
    expect(recallPerson('너 이름 뭐야?', kept)).toBeNull();
    expect(recallPerson('남편 이름은 성훈이에요', kept)).toBeNull();
    expect(recallPerson('남편 이름 뭐라고 했는지 기억해?', [])).toBeNull();
  });

  it('finds the person a turn goes back to', () => {
    const story = people('리드 개발자 태우 선배가 갑자기 퇴사해서', '새로 온 박 팀장님이 기획안을', '이름은 준호고 2년 만났어');
    expect(referredPerson('아까 말한 태우 선배한테 연락해서 물어볼까 생각도 했어', story)?.name).toBe('태우');
    expect(referredPerson('면접 얘기는 됐고, 준호 생각하면 또 열받아', story)?.name).toBe('준호');
    expect(referredPerson('아까 말한 그 팀장님이 원래 그런 사람이라고 다른 팀 사람들도 그러더라고요', story)?.name).toBe('박');
    // Near misses: the name without going back, going back to no one kept, a name not kept.
    expect(referredPerson('태우 선배가 퇴사했어', story)).toBeNull();
    expect(referredPerson('다시 공부 얘기하면 수학이 제일 약해', story)).toBeNull();
    expect(referredPerson('아까 말한 수술 날짜가 다가오니까 더 무서워', story)).toBeNull();
    expect(referredPerson('아까 말한 민지가 연락 왔어', story)).toBeNull();
    expect(referredPerson('그 팀장 말이야, 오늘 또 그랬어', story)?.name).toBe('박');
    // Going back to the marriage, with the husband in the plan: a plan, not a reference to him.
    const marriage = people('남편 도윤씨가 어머니 편만 들어요');
    expect(referredPerson('다시 결혼 얘기로 돌아가면, 이번 주말에 도윤씨랑 둘이서만 얘기해보려고 해요', marriage)).toBeNull();
    expect(referredPerson('다시 도윤씨 얘기로 돌아가면 좀 서운해요', marriage)?.name).toBe('도윤');
  });
});

describe('goodbyes', () => {
  it('reads leaving said in passing, not plans or someone else', () => {
    for (const t of ['이제 공부하러 감 ㅂㅂ', '다시 공부하러 간다', '밥 먹으러 갈게', '아 서윤이 어린이집 데리러 가야해서 이만 갈게요', '들어주셔서 감사해요. 이제 좀 쉴게요', '감사해요 좋은 하루 보내세요', 'ㅂㅂ']) expect(saysBye(t), t).toBe(true);
    for (const t of ['내일 놀러 간다', '엄마가 공부하러 가래', '학원 가야 하는데 가기 싫어', '공부하러 가야 하는데 하기 싫다', '친구랑 놀러 갔다 왔어', '오늘 도서관에 공부하러 갔어', '나 이제 자러 갈게', '공부하러 갈까?']) expect(saysBye(t), t).toBe(false);
  });

  it('reads one more thing after a goodbye, not a new trouble or a question', () => {
    for (const t of ['참 하은이가 제 생일엔 케이크 만들어줬었어요 그래서 더 잘해주고 싶어요', '아 그리고 주말에 아버지 모시고 대청댐 낚시 한번 가볼까 해요', '아 내일 대리님한테 커피 사드려야겠다', '아 맞다 형이 다음주 월요일에 온대', '아 동욱이가 울면 어떡하지ㅋㅋ']) expect(oneMoreThing(t), t).toBe(true);
    for (const t of ['아 근데 사실 요즘 회사에서 너무 힘들어요 상사가 계속 괴롭혀요', '근데 하나만 물어봐도 돼?', '사실 아까 말 못 한 게 있는데 요즘 남편이랑 사이가 안 좋아서 이혼까지 생각하고 있어요 아이들 때문에 쉽지 않아요']) expect(oneMoreThing(t), t).toBe(false);
  });

  it('meets one more thing warmly, a plan cheered and a promise to come back awaited', () => {
    expect(afterByeReply('아 그리고 주말에 아버지 모시고 낚시 한번 가볼까 해요', null, 0)).toMatch(/응원할게요/u);
    expect(afterByeReply('아 수능 끝나면 다시 올게', null, 0)).toMatch(/기다리고 있을게요/u);
    expect(afterByeReply('아 맞다 형이 다음주 월요일에 온대', null, 0)).toMatch(/^그 얘기까지 들려줘서 고마워요\./u);
    expect(afterByeReply('참 하은이가 케이크 만들어줬었어요', { name: '하은', role: '여자친구' }, 0)).toMatch(/^하은 씨 얘기까지/u);
    for (const t of ['아 그리고 주말에 낚시 가볼까 해요', '아 수능 끝나면 다시 올게', '아 맞다']) expect(afterByeReply(t, null, 1)).not.toMatch(/[?？]/u);
  });

  it('knows a goodbye was just said, and a bare greeting after it', () => {
    expect(afterBye(['reflection:sadness#1', 'meta_goodbye#2'])).toBe(true);
    expect(afterBye(['meta_good_night#0'])).toBe(true);
    expect(afterBye(['meta_goodbye#2', 'reflection:sadness#1', 'sadness#3'])).toBe(false);
    expect(byeAgain('안녕')).toBe(true);
    expect(byeAgain('안녕히 계세요!')).toBe(true);
    expect(byeAgain('안녕 근데 하나만 더')).toBe(false);
  });
});

describe('the engine (fake model)', () => {
  it('old saved states without the memo still load and get one', async () => {
    const e = engine();
    const old = e.newConversation() as ConversationState;
    delete old.memo;
    const r = await e.reply(old, '남편 이름은 성훈이에요');
    expect(r.state.memo?.people).toEqual([expect.objectContaining({ name: '성훈', role: '남편' })]);
    expect(memoOf(undefined)).toEqual({ kinds: [], openings: [], people: [] });
  }, 180_000);

  it('never asks one kind twice in a row nor more than twice, nor opens the same way a third time', async () => {
    const lines = ['요즘 좀 그래', '그냥 그래', '몰라', '회사 다녀왔어', '밥 먹었어', '그냥 그렇지 뭐', '별일 없었어', '집에 왔어', '씻었어', '누워 있어', '폰 보고 있어', '음', '그냥', '그래', '흠', '아무튼'];
    const rs = await talkThrough(engine(), lines);
    const kinds: string[] = [];
    const openings: string[] = [];
    for (const r of rs) {
      if (r.kind === 'safety') continue;
      for (const k of kindsAsked(r.reply)) {
        expect(kinds.at(-1), r.reply).not.toBe(k);
        expect(kinds.filter((x) => x === k).length, r.reply).toBeLessThan(2);
        kinds.push(k);
      }
      const o = openingOf(r.reply);
      if (o) {
        expect(openings.filter((x) => x === o).length, r.reply).toBeLessThan(2);
        openings.push(o);
      }
    }
  });

  it('keeps a name for the whole conversation and answers it', async () => {
    const filler = ['요즘 대화가 거의 없어요', '퇴근하면 각자 핸드폰만 봐요', '지난 주말에 크게 싸웠어요', '그게 제일 속상해요', '친정엄마한테는 말 못했어요', '요즘 잠도 잘 못 자요', '밥맛도 없어요', '회사에서도 집중이 안 돼요'];
    const rs = await talkThrough(engine(), ['남편 이름은 성훈이에요', ...filler, '제가 아까 남편 이름 뭐라고 했는지 기억하세요?']);
    expect(rs.at(-1)!.reply).toMatch(/^성훈 씨요\./u);
  });

  it('a second 안녕 after a goodbye does not introduce the bot again; one more thing gets no question', async () => {
    const rs = await talkThrough(engine(), ['오늘 좀 힘들었어', '회사에서 혼났어', '고마워 이제 갈게 안녕', '안녕', '참 하은이가 케이크 만들어줬었어요']);
    expect(rs[2]!.intent).toBe('meta_goodbye');
    expect(rs[3]!.reply).not.toMatch(/쉼표예요|반가워요/u);
    expect(rs[4]!.reply).not.toMatch(/[?？]/u);
    expect(rs[4]!.reply).not.toMatch(/생일 축하/u);
  });

  it('"이제 공부하러 감 ㅂㅂ" is a goodbye', async () => {
    const rs = await talkThrough(engine(), ['수능이 얼마 안 남았어', '너무 불안해', '이제 공부하러 감 ㅂㅂ']);
    expect(rs[2]!.intent).toBe('meta_goodbye');
  });
});

describe.skipIf(!realModelPresent())('session 37 conversations with the shipped model', () => {
  const shipped = useShippedChat();

  it('the name the bot said at turn 2 is answered at turn 13 (c12)', async () => {
    const rs = await talkThrough(shipped().engine, [
      '안녕하세요. 요즘 남편이랑 사이가 안좋아요',
      '결혼한지 7년 됐고 남편 이름은 성훈이에요',
      '요즘 대화가 거의 없어요. 퇴근하면 각자 핸드폰만 봐요',
      '지난 주말에 시댁 문제로 크게 싸웠어요',
      '시어머니가 명절에 저희집에서 일주일 지내시겠다고 하셨는데 남편이 저한테 묻지도 않고 된다고 했어요',
      '제가 서운하다고 했더니 그게 뭐가 어렵냐고 하더라고요',
      '아이는 다섯 살 딸 하나 있어요. 이름은 서윤이에요',
      '서윤이가 저희 싸우는 걸 봤어요. 그게 제일 마음 아파요',
      '요즘은 이혼까지 생각해봤어요. 근데 서윤이 때문에 쉽지 않아요',
      '제가 아까 남편 이름 뭐라고 했는지 기억하세요?',
    ]);
    expect(rs[1]!.reply).toMatch(/성훈이군요/u);
    expect(rs.at(-1)!.reply).toMatch(/^성훈 씨요\./u);
  }, 60_000);

  it('a senior named again is not answered with the template for texting an ex (c08)', async () => {
    const rs = await talkThrough(shipped().engine, ['요즘 번아웃 온 것 같아', '리드 개발자 태우 선배가 갑자기 퇴사해서 그 일까지 내가 떠안았어', '매일 야근이야', '아까 말한 태우 선배한테 연락해서 물어볼까 생각도 했어']);
    expect(rs[3]!.intent).not.toBe('breakup_urge_to_contact_ex');
    expect(rs[3]!.reply).toMatch(/태우 선배/u);
  }, 60_000);

  it('the worry just told is not asked again, and a coworker named is not asked who was there (c15, c14)', async () => {
    const rs = await talkThrough(shipped().engine, ['아버지가 치매 진단을 받으셨어요', '어머니는 5년 전에 돌아가셔서 아버지 혼자 청주에 사세요', '제일 걱정되는 건 아버지가 혼자 계시다가 가스불 켜놓고 잊으실까봐요']);
    expect(kindsAsked(rs[2]!.reply)).not.toContain('weighs-most');
    const work = await talkThrough(shipped().engine, ['입사 3개월차 신입인데 오늘 진짜 최악이었어', '거래처에 보낼 메일에 단가를 0 하나 더 붙여서 보냈어', '이정민 대리님이 발견해서 다행히 정정 메일 보냈어']);
    expect(work[2]!.reply).not.toMatch(/누가 함께 있었/u);
  }, 60_000);

  it('one more thing after goodbye is met warmly, not as a birthday today (c05)', async () => {
    const rs = await talkThrough(shipped().engine, ['다음 달에 여자친구랑 제주도 여행 가기로 했어요', '여자친구 이름은 하은이에요', '감사해요 좋은 하루 보내세요', '참 하은이가 제 생일엔 케이크 만들어줬었어요 그래서 더 잘해주고 싶어요']);
    expect(rs[3]!.reply).not.toMatch(/생일 축하|[?？]/u);
    expect(rs[3]!.reply).toMatch(/하은 씨/u);
  }, 60_000);
});
