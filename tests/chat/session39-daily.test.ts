/**
 * Session 39 (daily): ordinary days told plainly (daily-talk.ts). Intents picked by one word are
 * held back (dailyMisfit), a plain report of the day is taken up by its topic without a feeling the
 * user did not say (dailyReport, pickDaily), someone's words that stayed are heard as a sting
 * (wordsStayed), and a move that is lonely says the loneliness back (newPlaceLonely).
 */
import { describe, expect, it } from 'vitest';
import {
  DAILY_AVOIDS_IDS,
  DAILY_EASED,
  DAILY_GLAD,
  DAILY_PLAIN,
  DAILY_RESOLVE,
  DAILY_SLIP,
  DAILY_SNAG,
  DAILY_WISH,
  NEW_PLACE_LONELY_REPLIES,
  WORDS_STAYED_REPLIES,
  dailyMisfit,
  dailyReplyFits,
  dailyReport,
  newPlaceLonely,
  pickDaily,
  topicOf,
  wordsStayed,
} from '../../src/chat/daily-talk';
import { joyTurn } from '../../src/chat/joy-thread';
import { createChatEngine } from '../../src/chat/engine';
import { EMOTIONS, mixFromArray } from '../../src/ml/emotions';
import type { Analysis } from '../../src/ml/encoder';
import { loadCorpus } from '../../scripts/dialogue/corpus';
import { fakeAnalyze, fakeIndex, realModelPresent, talkThrough, useShippedChat } from './helpers';

const ALL_DAILY: readonly string[] = [
  ...Object.values(DAILY_PLAIN).flat(),
  ...DAILY_GLAD,
  ...DAILY_RESOLVE,
  ...DAILY_WISH,
  ...DAILY_SLIP,
  ...DAILY_SNAG,
  ...DAILY_EASED,
];
/** The generic reflections the hunt found on plain facts. */
const INVENTED = /걱정|무겁|민망|움츠러|속상|시선|기쁨을|벅차|가물가물|굿나잇|바로 답이 떠오르지/u;

describe('dailyMisfit: intents picked by one word', () => {
  it('holds back the intents the hunt found', () => {
    const held: Array<[string, string]> = [
      ['life_daily_hangover', '어제 밤을 새웠어요'],
      ['life_daily_hangover', '과제 마감이라 밤샜어'],
      ['meta_good_night', '그래도 여전히 졸려요'],
      ['meta_good_night', '아직도 졸려'],
      ['conv_dont_know', '생각보다 할 만해'],
      ['meta_bot_what_doing', '지금은 자고 있어'],
      ['meta_complaint_repetitive', '그 말이 계속 마음에 남아'],
      ['parenting_child_gaming_withdrawn', '어제 새벽까지 게임했어'],
      ['life_health_feeling_unwell', '몸이 좀 가벼워진 것 같아요'],
      ['life_mood_bored', '30분 정도 걸려'],
      ['life_daily_rainy_day', '비 오는 날은 버스 타'],
      ['life_daily_rainy_day', '오늘 비 온대'],
      ['life_daily_rainy_day', '우산 챙겼어'],
      ['life_daily_coffee_break', '새로 카페 알바 시작했어'],
      ['life_daily_coffee_break', '커피 만드는 거 배우는 중'],
      ['school_studying_now', '오늘 도서관 갔다 왔어'],
      ['move_moving_day', '이사 온 지 한 달 됐어요'],
      ['work_endless_meetings', '오늘 회사에서 회의가 세 개나 있었어요'],
    ];
    for (const [id, t] of held) expect(dailyMisfit(id, t), `${id}: ${t}`).toBe(true);
  });
  it('keeps what those intents are for', () => {
    const kept: Array<[string, string]> = [
      ['life_daily_hangover', '어제 너무 많이 마셨어'],
      ['meta_good_night', '졸려서 이만 잘게'],
      ['meta_good_night', '나 졸려 잘래 ㅠ'],
      ['conv_dont_know', '잘 모르겠어'],
      ['meta_bot_what_doing', '혹시 자고 있었어?'],
      ['meta_bot_what_doing', '쉼표 지금 뭐 하고 있어?'],
      ['meta_complaint_repetitive', '같은 말만 반복하네'],
      ['parenting_child_gaming_withdrawn', '중2 아들이 하루 종일 게임만 해요'],
      ['life_health_feeling_unwell', '아침부터 머리가 지끈거려'],
      ['life_mood_bored', '너무 심심한데 뭐 하지'],
      ['life_daily_rainy_day', '밖에 비가 엄청 쏟아져요'],
      ['life_daily_coffee_break', '커피 한 잔 마시는 중'],
      ['school_studying_now', '도서관 왔어 공부하러'],
      ['move_moving_day', '오늘 이사했어'],
      ['work_endless_meetings', '오늘 회의가 세 개인데 다 결론 없이 길어졌어'],
    ];
    for (const [id, t] of kept) expect(dailyMisfit(id, t), `${id}: ${t}`).toBe(false);
    expect(dailyMisfit('life_daily_walk', '어제 밤을 새웠어요')).toBe(false);
  });
  it('blocks no example or held-out line of the guarded intents', () => {
    const corpus = loadCorpus();
    const held = corpus.intents
      .filter((it) => DAILY_AVOIDS_IDS.includes(it.id))
      .flatMap((it) => [...it.examples, ...it.heldout].filter((t) => dailyMisfit(it.id, t)).map((t) => `${it.id}: ${t}`));
    expect(held).toEqual([]);
  });
});

describe('dailyReport: a plain report of the day', () => {
  it('finds the topic of the turn, or of the plain turn before', () => {
    expect(dailyReport('박스가 스무 개나 돼요', ['다음 주에 이사 가요', '짐 싸는 중이에요'])).toEqual({ topic: 'move', kind: 'plain' });
    expect(dailyReport('과제 마감이라서요', ['어제 밤을 새웠어요'])).toEqual({ topic: 'deadline', kind: 'plain' });
    expect(dailyReport('그래도 여전히 졸려요', ['어제 밤을 새웠어요', '과제 마감이라서요'])).toEqual({ topic: 'sleep', kind: 'plain' });
    expect(dailyReport('하루에 단어 20개씩 외워', ['요즘 영어 공부 다시 시작했어'])).toEqual({ topic: 'learning', kind: 'plain' });
    expect(dailyReport('지금은 자고 있어', ['우리 강아지 오늘 산책 두 번 했어', '공원에서 다른 강아지랑 놀았어'])).toEqual({ topic: 'pet', kind: 'plain' });
    expect(dailyReport('30분 정도 걸려', ['요즘 자전거로 출퇴근해'])).toEqual({ topic: 'commute', kind: 'plain' });
    expect(topicOf('새로 카페 알바 시작했어')).toBe('newjob');
    expect(topicOf('벚꽃이 많이 피었어요')).toBe('outing');
    expect(topicOf('산책 나왔어요')).toBe('outing');
    expect(topicOf('영감이랑 둘이서 등산 다녀왔어요')).toBe('outing');
    // Words inside other words are no topic: 책임 no book, a racing heart no run, 마음 정리 no chores.
    expect(topicOf('산책하다가 생각났어')).not.toBe('books');
    expect(topicOf('책임이 커져서 부담돼요')).toBeNull();
    expect(topicOf('가슴이 뛰어')).toBeNull();
    expect(topicOf('마음 정리했어')).toBeNull();
    expect(topicOf('바람이 났대')).toBeNull();
  });
  it('tells a small good report, a resolve, a wish, a slip, a snag and a worry eased', () => {
    expect(dailyReport('생각보다 할 만해', ['요즘 운동 시작했어', '아침마다 30분씩 뛰어'])?.kind).toBe('glad');
    expect(dailyReport('그래도 계속 해보려고', ['하루에 단어 20개씩 외워', '근데 자꾸 까먹어'])?.kind).toBe('resolve');
    expect(dailyReport('다음 달엔 좀 줄여보려고요', ['커피값이 생각보다 많이 나가더라고요'])?.kind).toBe('resolve');
    expect(dailyReport('날씨만 좋으면 좋겠다', ['이번 주말에 친구들이랑 캠핑 가'])?.kind).toBe('wish');
    expect(dailyReport('우유를 깜빡했네요', ['장 본 거 정리하는 중이에요'])?.kind).toBe('slip');
    expect(dailyReport('근데 자꾸 까먹어', ['하루에 단어 20개씩 외워'])?.kind).toBe('snag');
    expect(dailyReport('라떼아트는 아직 어려워', [])?.kind).toBe('snag');
    expect(dailyReport('오늘은 좀 먹더라고요', ['고양이가 요즘 밥을 잘 안 먹어요', '사료를 바꿔봤어요'])?.kind).toBe('eased');
  });
  it('leaves feelings, hardships, someone else\'s story, words said, questions and heavy threads alone', () => {
    const none: Array<[string, string[]]> = [
      ['근데 여기 친구들이랑 멀어지는 게 좀 외로울 것 같아', ['다음 주에 이사 가', '짐 싸는 중이야']],
      ['근데 사실 살 빼라는 말 들어서 시작한 거야', ['요즘 운동 시작했어', '아침마다 30분씩 뛰어']],
      ['근데 무릎이 좀 아파', ['요즘 아침마다 운동해']],
      ['계산하다가 카드가 안 돼서 당황했어', ['오늘 마트 갔다 왔어']],
      ['요즘 계속 혼자 먹어', ['오늘 저녁에 혼자 라면 먹었어']],
      ['드라마 보다가 울었어', []],
      ['결국 아무것도 안 샀어 ㅋㅋ', ['쇼핑하러 갔는데']],
      ['회의 때 부장님 이름을 틀리게 불렀어요', []],
      ['엄마가 좀 질려하심', ['아버지가 은퇴하고 골프만 치세요']],
      ['동료가 회의에서 제 아이디어를 자기가 낸 것처럼 말했어요', []],
      ['15년 같이 살았어', ['강아지가 어제 무지개다리 건넜어']],
      ['마트 가야 하나?', []],
      ['암튼 다시 공부하러 간다', ['근데 가사 있는 건 공부할때 좀 방해되긴 해']],
      ['여행 다녀와서 또 얘기해드릴게요', []],
      ['퇴근했다...', []],
      ['완전 설레!! 드디어 원하던 회사 들어감', []],
    ];
    for (const [t, story] of none) expect(dailyReport(t, story), t).toBeNull();
    // Right after a hardship, the day's facts go on with that story.
    expect(dailyReport('사료를 바꿔봤어요', ['고양이가 요즘 밥을 잘 안 먹어요'])).toBeNull();
    // A heavy thread, unless the turns before were plain daily texts themselves.
    expect(dailyReport('점심은 샌드위치로 때웠어요', ['오늘 팀장님이 나한테만 일을 줘'], { heavy: true })).toBeNull();
    expect(dailyReport('퇴근하고 헬스장 가려고요', ['오늘 회사에서 회의가 세 개나 있었어요', '점심은 샌드위치로 때웠어요'], { heavy: true })).not.toBeNull();
    // A hurting reading the model is sure of stands when the turn has no topic of its own.
    expect(dailyReport('한 달 됐어요', ['요즘 아침마다 요가해요'], { hurting: 0.95 })).toBeNull();
    expect(dailyReport('박스가 스무 개나 돼요', ['짐 싸는 중이에요'], { hurting: 0.91 })).not.toBeNull();
  });
  it('picks a reply that takes up the turn first, and none that presumes what was not told', () => {
    const pick = (t: string, story: string[]) => pickDaily(dailyReport(t, story)!, t, story, new Set(), () => 0)?.text;
    expect(pick('생각보다 할 만해', ['아침마다 30분씩 뛰어'])).toMatch(/할 만하다니/u);
    expect(pick('어제 밤을 새웠어요', [])).toMatch(/밤을 새운/u);
    expect(pick('박스가 스무 개나 돼요', ['짐 싸는 중이에요'])).toMatch(/짐이 생각보다/u);
    expect(pick('퇴근하고 헬스장 가려고요', [])).toMatch(/운동까지 챙기려는/u);
    expect(dailyReplyFits('다녀온 이야기가 궁금해요. 가서 제일 기억에 남는 건 뭐였어요?', '여행 다녀와서 말해줄게', [])).toBe(false);
    expect(dailyReplyFits('밤을 새운 다음 날은 몸이 먼저 알아요. 오늘 밤엔 몇 시쯤 잘 수 있을 것 같아요?', '그래도 여전히 졸려요', [])).toBe(false);
    expect(dailyReplyFits('새로운 걸 하나씩 익혀 가는 중이군요. 처음엔 어떻게 시작하게 됐어요?', '커피 만드는 거 배우는 중', ['새로 카페 알바 시작했어'])).toBe(false);
    for (const r of ALL_DAILY) expect(r, r).not.toMatch(/당신|걱정되|민망|속상/u);
  });
});

describe('wordsStayed and newPlaceLonely', () => {
  it('hears someone\'s words that stayed', () => {
    expect(wordsStayed('그 말이 계속 마음에 남아', ['근데 사실 살 빼라는 말 들어서 시작한 거야'])).toBe(true);
    expect(wordsStayed('엄마 말이 자꾸 마음에 걸려', [])).toBe(true);
    expect(wordsStayed('그 말이 계속 마음에 남아', ['오늘 운동했어'])).toBe(false);
    expect(wordsStayed('네 말이 계속 마음에 남아', ['살 빼라는 말 들었어'])).toBe(false);
    expect(wordsStayed('그 말이 힘이 돼서 계속 마음에 남아', ['친구가 잘하고 있다고 했어'])).toBe(false);
  });
  it('hears loneliness in a move, before or after it', () => {
    expect(newPlaceLonely('근데 여기 친구들이랑 멀어지는 게 좀 외로울 것 같아', ['다음 주에 이사 가', '짐 싸는 중이야'])).toBe('ahead');
    expect(newPlaceLonely('거기엔 아는 사람이 하나도 없거든', ['다음 주에 이사 가', '근데 여기 친구들이랑 멀어지는 게 좀 외로울 것 같아'])).toBe('ahead');
    expect(newPlaceLonely('아는 사람이 없어서 사실 좀 외로워요', ['이사 온 지 한 달 됐어요', '근데 주말엔 좀 심심해요'])).toBe('now');
    expect(newPlaceLonely('이사 와서 안 외로워', [])).toBeNull();
    expect(newPlaceLonely('요즘 좀 외로워', ['회사에서 야근했어'])).toBeNull();
    expect(newPlaceLonely('이사 가면 외로울까?', [])).toBeNull();
  });
});

describe('joy-thread: a wish for how a plan goes is no glad news', () => {
  it('leaves "날씨만 좋으면 좋겠다" in a glad story to the daily reply', () => {
    expect(joyTurn('날씨만 좋으면 좋겠다', '날씨만 좋으면 좋겠다', { joyStory: true, laughedOff: false })).toBeNull();
    expect(joyTurn('합격했으면 좋겠다', '합격했으면 좋겠다', { joyStory: true, laughedOff: false })?.kind).toBe('glad_wish');
  });
});

/** A reply of the pool, whole or with its question left off (one of the same kind was just asked). */
const fromPool = (pool: readonly string[], reply: string): boolean => pool.some((r) => r === reply || r.startsWith(reply.split('.')[0]!));

/** The fake encoder with the hunt's misreadings: plain facts read as worry or sadness. */
async function misreading(texts: string[]): Promise<Analysis[]> {
  const base = await fakeAnalyze(texts);
  return base.map((a) => {
    const lean = /박스|단어/u.test(a.text) ? (/박스/u.test(a.text) ? 'anxiety' : 'sadness') : null;
    if (!lean) return a;
    const p = EMOTIONS.map((e) => (e === lean ? 0.91 : 0.015));
    return { ...a, emotions: mixFromArray(p), label: lean };
  });
}

describe('engine (fake encoder): plain reports get a topical reply, no invented feeling', () => {
  // No intent clears the threshold: the rules for the turns no intent answers are what is tested.
  const engine = () => {
    const index = fakeIndex();
    return createChatEngine({ analyze: misreading, index: { ...index, settings: { ...index.settings, threshold: 1.5 } }, seed: 3, gaugeThreshold: 60 });
  };
  it('a move packed in twenty boxes is no worry', async () => {
    const rs = await talkThrough(engine(), ['다음 주에 이사 가요', '짐 싸는 중이에요', '박스가 스무 개나 돼요']);
    expect(rs[2]!.reply).not.toMatch(INVENTED);
    expect(ALL_DAILY).toContain(rs[2]!.reply);
  }, 180_000);
  it('twenty words a day is no heavy heart; a resolve is cheered', async () => {
    const rs = await talkThrough(engine(), ['요즘 영어 공부 다시 시작했어', '하루에 단어 20개씩 외워', '근데 자꾸 까먹어', '그래도 계속 해보려고']);
    expect(rs[1]!.reply).not.toMatch(INVENTED);
    expect(DAILY_SNAG).toContain(rs[2]!.reply);
    expect(DAILY_RESOLVE).toContain(rs[3]!.reply);
  });
  it('the lonely move is said back, and someone\'s words that stayed are heard', async () => {
    const rs = await talkThrough(engine(), ['다음 주에 이사 가', '짐 싸는 중이야', '근데 여기 친구들이랑 멀어지는 게 좀 외로울 것 같아']);
    expect(fromPool(NEW_PLACE_LONELY_REPLIES.ahead, rs[2]!.reply), rs[2]!.reply).toBe(true);
    const ws = await talkThrough(engine(), ['요즘 운동 시작했어', '근데 사실 살 빼라는 말 들어서 시작한 거야', '그 말이 계속 마음에 남아']);
    expect(fromPool(WORDS_STAYED_REPLIES, ws[2]!.reply), ws[2]!.reply).toBe(true);
  });
});

describe.skipIf(!realModelPresent())('ordinary days (shipped model)', () => {
  const shipped = useShippedChat();
  it('a night up for a deadline: no hangover, no embarrassment, no goodnight', async () => {
    const rs = await talkThrough(shipped().engine, ['어제 밤을 새웠어요', '과제 마감이라서요', '그래도 여전히 졸려요']);
    expect(rs[0]!.intent).not.toBe('life_daily_hangover');
    expect(rs[2]!.intent).not.toBe('meta_good_night');
    for (const r of rs) expect(r.reply).not.toMatch(INVENTED);
    expect(ALL_DAILY).toContain(rs[1]!.reply);
  }, 60_000);
  it('exercise that is going well, boxes for a move, milk forgotten', async () => {
    const a = await talkThrough(shipped().engine, ['요즘 운동 시작했어', '아침마다 30분씩 뛰어', '생각보다 할 만해']);
    expect(a[2]!.intent).not.toBe('conv_dont_know');
    expect(a[2]!.reply).toMatch(/할 만하다니/u);
    const b = await talkThrough(shipped().engine, ['다음 주에 이사 가요', '짐 싸는 중이에요', '박스가 스무 개나 돼요']);
    expect(b[2]!.reply).not.toMatch(INVENTED);
    const c = await talkThrough(shipped().engine, ['마트 다녀왔어요', '장 본 거 정리하는 중이에요', '우유를 깜빡했네요']);
    expect(DAILY_SLIP).toContain(c[2]!.reply);
  }, 60_000);
  it('a move that is lonely keeps its loneliness', async () => {
    const rs = await talkThrough(shipped().engine, ['이사 온 지 한 달 됐어요', '동네는 조용하고 좋아요', '근데 주말엔 좀 심심해요', '아는 사람이 없어서 사실 좀 외로워요']);
    expect(rs[0]!.intent).not.toBe('move_moving_day');
    expect(fromPool(NEW_PLACE_LONELY_REPLIES.now, rs[3]!.reply), rs[3]!.reply).toBe(true);
  }, 60_000);
});
