/**
 * Session 38 (feel): generic follow-ups that named the wrong feeling, and intent answers picked by
 * one word whose mood the turn contradicts (src/chat/plain-feeling.ts, src/chat/intent-guards.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createChatEngine } from '../../src/chat/engine';
import { presumesUnsaid } from '../../src/chat/intent-guards';
import { feelingToName, moodClash, pastNotNow, showsEmbarrassment, showsWorry, statedFeeling, unsureReading } from '../../src/chat/plain-feeling';
import { EMOTIONS, mixFromArray, type EmotionId, type EmotionMix } from '../../src/ml/emotions';
import type { Analysis } from '../../src/ml/encoder';
import { fakeAnalyze, fakeIndex, realModelPresent, talkThrough, useShippedChat } from './helpers';

/** A reading with `top` at `p`, the rest spread evenly (or a second emotion at `q`). */
function reading(top: EmotionId, p: number, second?: EmotionId, q = 0): EmotionMix {
  const rest = (1 - p - q) / (EMOTIONS.length - (second ? 2 : 1));
  return mixFromArray(EMOTIONS.map((e) => (e === top ? p : e === second ? q : rest)));
}

/** The fake analyser, with the shipped model's readings of a few turns put in by hand. */
function analyzeAs(readings: Record<string, EmotionMix>) {
  return async (texts: string[]): Promise<Analysis[]> => {
    const base = await fakeAnalyze(texts);
    return base.map((a, i) => {
      const r = readings[texts[i]!];
      if (!r) return a;
      const label = EMOTIONS.reduce((x, y) => (r[y] > r[x] ? y : x));
      return { ...a, emotions: r, label };
    });
  };
}

const HEAVY = /창피|민망|당황|조마조마|걱정|아팠|아프|화가|억울|속상|무거/u;
const GLAD = /기쁘|기뻤|기쁜|벅차|환해|반짝|신이|행복|좋은 기분|밝아/u;

describe('statedFeeling: the feeling the user states as their own, now', () => {
  it('finds a plain feeling, gladness by liking and slang', () => {
    const cases: Array<[string, EmotionId]> = [
      ['대학 와서 너무 좋아', 'joy'],
      ['내일도 피구 한대 개꿀', 'joy'],
      ['조용해서 좋아요', 'joy'],
      ['할아버지 건강하셔서 다행이에요', 'joy'],
      ['벌써 설레요', 'joy'],
      ['재밌었다', 'joy'],
      ['요즘 너무 우울해', 'sadness'],
      ['팀장 때문에 진짜 빡쳐', 'anger'],
      ['내일 발표라 불안해요', 'anxiety'],
      ['그 말이 좀 서운했어', 'hurt'],
      ['다들 보는 앞에서 너무 창피했어', 'embarrassment'],
    ];
    for (const [text, want] of cases) expect(statedFeeling(text), text).toBe(want);
  });

  it('finds none when negated, someone else’s, reported, asked, several, or only liked', () => {
    const none = [
      '하나도 안 슬퍼요',
      '슬프지는 않아',
      '걱정 없어요',
      '기쁘진 않아',
      '친구가 화났어요',
      '엄마가 할머니 됐다고 엄청 좋아하세요',
      '걔가 너무 좋대',
      '동생이 우울하다고 하더라',
      '이거 좋아?',
      '기쁘면 안 되는 걸까',
      '걱정했는데 다행이야',
      '혼자 밥 먹는 거 좋아해요',
      '오늘 날씨 안 좋아',
      '회사 갔다가 밥먹고 왔지',
    ];
    for (const text of none) expect(statedFeeling(text), text).toBeNull();
  });

  it('reads what is said of now after a past told as past', () => {
    expect(pastNotNow('그땐 진짜 힘들었는데 지금은 추억이야')).toBe(true);
    expect(pastNotNow('예전엔 무서웠지만 이젠 괜찮아')).toBe(true);
    expect(statedFeeling('예전엔 무서웠지만 지금은 너무 좋아')).toBe('joy');
    expect(pastNotNow('지금 너무 힘들어')).toBe(false);
    expect(pastNotNow('그때 진짜 힘들었어')).toBe(false);
  });
});

describe('moodClash: an intent whose mood the turn plainly contradicts', () => {
  it('holds back hurting intents for gladness stated, and glad ones for a hurt stated', () => {
    expect(moodClash('sadness', '내일도 피구 한대 개꿀')).toBe(true);
    expect(moodClash('sadness', '대학 와서 너무 좋아')).toBe(true);
    expect(moodClash('joy', '요즘 너무 우울해')).toBe(true);
  });

  it('keeps intents of the same mood, two moods told together, and turns that state none', () => {
    expect(moodClash('joy', '대학 와서 너무 좋아')).toBe(false);
    expect(moodClash('sadness', '홀가분하면서도 좀 허무하네요')).toBe(false);
    expect(moodClash('sadness', '좋긴 한데 한편으론 좀 허전해')).toBe(false);
    expect(moodClash('sadness', '월요일 출근하기 싫다')).toBe(false);
    expect(moodClash('sadness', '친구가 너무 좋대')).toBe(false);
    expect(moodClash('neutral', '너무 좋아')).toBe(false);
  });
});

describe('signs of embarrassment and worry', () => {
  it('are found in being seen, laughed at or tongue-tied, and in waits, tests and what-ifs', () => {
    for (const t of ['다들 보는 앞에서 넘어졌어', '회사 사람들이 다 놀렸어요', '긴장해서 말 더듬었어', '단톡에 잘못 보냈어']) expect(showsEmbarrassment(t), t).toBe(true);
    for (const t of ['내일 결과 나와요', '떨어지면 어떡하지', '서류에서 계속 떨어져요', '월세 내야 되는데', '잘할 수 있을까 봐']) expect(showsWorry(t), t).toBe(true);
  });

  it('are not found in a plain mishap, a menu question or not knowing an app', () => {
    for (const t of ['축구하다가 발목 삐었어', '어제 계단에서 넘어져서 무릎에 멍 들었어요', '친구한테 미안해요']) expect(showsEmbarrassment(t), t).toBe(false);
    for (const t of ['메뉴 고르는 중인데 짜장면 말고 다른 거 뭐 있을까', '나이가 많아서 잘 몰라요', '오늘 점심 뭐 먹지']) expect(showsWorry(t), t).toBe(false);
  });
});

describe('feelingToName', () => {
  it('lets a stated feeling speak over a carried one of the other mood, or over none', () => {
    expect(feelingToName('hurt', '대학 와서 너무 좋아', reading('joy', 0.98), 'hurt')).toBe('joy');
    expect(feelingToName('joy', '요즘 너무 우울해', reading('sadness', 0.9), 'joy')).toBe('sadness');
    expect(feelingToName('neutral', '조용해서 좋아요', reading('neutral', 0.6), null)).toBe('joy');
    // A sure reading of the chosen feeling stands (engine.test.ts: "다행이다 ㅎ" read as worry 0.9).
    expect(feelingToName('anxiety', '다행이다 ㅎ', reading('anxiety', 0.9), null)).toBe('anxiety');
    // Same mood, another feeling: left to the engine's own rules (onlyNamedFeeling with the model).
    expect(feelingToName('sadness', '그 말이 좀 서운했어', reading('sadness', 0.6), null)).toBe('sadness');
  });

  it('names none for embarrassment or worry with no sign, a past hardship, or joy against a sure hurt', () => {
    expect(feelingToName('embarrassment', '축구하다가 발목 삐었어', reading('embarrassment', 0.71), null)).toBe('unsure');
    expect(feelingToName('anxiety', '메뉴 고르는 중인데 짜장면 말고 다른 거 뭐 있을까', reading('anxiety', 0.89), null)).toBe('unsure');
    expect(feelingToName('sadness', '그땐 진짜 힘들었는데 지금은 추억이야', reading('sadness', 0.92), null)).toBe('unsure');
    expect(feelingToName('joy', '5년 다닌 회사인데', reading('sadness', 0.73), 'joy')).toBe('unsure');
    expect(feelingToName('joy', '회사 사람들이 다 놀렸어요 ㅎㅎ', reading('joy', 0.98), null)).toBe('unsure');
    expect(feelingToName('sadness', '결국 아무것도 안 샀어 ㅋㅋ', reading('sadness', 0.81), null)).toBe('unsure');
    expect(feelingToName('hurt', '매번 같은 얘기인데 귀엽더라구요', reading('joy', 0.49, 'hurt', 0.16), 'hurt')).toBe('unsure');
  });

  it('keeps a feeling with a sign of it, carried in its own thread, or read surely', () => {
    expect(feelingToName('embarrassment', '다들 보는 앞에서 넘어졌어', reading('embarrassment', 0.8), null)).toBe('embarrassment');
    expect(feelingToName('embarrassment', '롤 하는데 내가 좀 못하긴 했어', reading('embarrassment', 0.84), 'embarrassment')).toBe('embarrassment');
    // Outside a mishap or a choice the engine's own rules decide (engine.test.ts' thread tests).
    expect(feelingToName('embarrassment', '음 그냥 그랬다는 거야', reading('embarrassment', 0.45, 'sadness', 0.15), null)).toBe('embarrassment');
    expect(feelingToName('anxiety', '음 그냥 그랬다는 거야', reading('anxiety', 0.6), 'sadness')).toBe('anxiety');
    expect(feelingToName('anxiety', '내일 결과 나와요', reading('anxiety', 0.7), null)).toBe('anxiety');
    expect(feelingToName('sadness', '그때 진짜 힘들었어', reading('sadness', 0.9), null)).toBe('sadness');
    expect(feelingToName('joy', '오늘 승진했거든', reading('joy', 0.95), null)).toBe('joy');
    expect(feelingToName('sadness', '결국 아무것도 못 샀어 ㅠㅠ 속상해', reading('sadness', 0.81), null)).toBe('sadness');
  });

  it('names none from an unsure reading: close top two under a half, unless a probable intent lends one', () => {
    const close = reading('anger', 0.3, 'hurt', 0.29);
    expect(unsureReading(close)).toBe(true);
    expect(unsureReading(reading('anger', 0.45, 'hurt', 0.2))).toBe(false);
    expect(unsureReading(reading('joy', 0.7))).toBe(false);
    expect(feelingToName('anger', '아빠가 군대 얘기를 또 하셨어요', close, null)).toBe('unsure');
    expect(feelingToName('hurt', '아빠가 군대 얘기를 또 하셨어요', close, null, 0.34)).toBe('unsure');
    expect(feelingToName('hurt', '아빠가 군대 얘기를 또 하셨어요', close, null, 0.9)).toBe('hurt');
    // In a thread the engine carries its mood (engine.test.ts: "자주 만났는데" after a grief).
    expect(feelingToName('sadness', '자주 만났는데', reading('sadness', 0.3, 'hurt', 0.25), 'sadness')).toBe('sadness');
  });
});

describe('keyword picks held back (intent-guards.ts)', () => {
  it('holds back intents one word had picked', () => {
    const held: Array<[string, string]> = [
      ['life_joy_plant_bloomed', '벚꽃이 많이 피었어요'],
      ['family_sibling_fight', '동생이랑 싸우다가 동생이 나 때렸어 ㅋㅋ 베개로'],
      ['work_arrived_at_work', '회사 갔다가 밥먹고 왔지'],
      ['life_travel_trip', '집사람이 친구들이랑 여행 갔어요'],
      ['life_joy_good_meal', '맛집 추천도 받았어'],
      ['life_daily_coffee_break', '커피 사줬더니 풀렸어요 ㅎㅎ'],
      ['conv_bittersweet', '근데 좀 허전하네'],
      ['family_good_news', '80년대에 강원도에서 근무하셨대요'],
    ];
    for (const [id, t] of held) expect(presumesUnsaid(id, t), `${id}: ${t}`).toBe(true);
  });

  it('keeps them for what they answer', () => {
    const kept: Array<[string, string]> = [
      ['life_joy_plant_bloomed', '벚꽃 분재에 꽃이 맺혔어 ㅠㅠ 너무 예쁘다'],
      ['life_joy_plant_bloomed', '키우던 화분에 꽃 폈어!'],
      ['family_sibling_fight', '동생이랑 또 싸웠어 진짜 꼴보기 싫어'],
      ['work_arrived_at_work', '방금 회사 도착했어'],
      ['life_travel_trip', '친구들이랑 강릉 놀러 왔어!'],
      ['life_joy_good_meal', '회사 근처에 숨은 맛집 발견했어요!'],
      ['life_daily_coffee_break', '일하다가 잠깐 나와서 커피 사 왔어요'],
      ['conv_bittersweet', '홀가분한데 이상하게 마음 한구석이 비어'],
      ['family_good_news', '동생이 대학에 붙었어'],
    ];
    for (const [id, t] of kept) expect(presumesUnsaid(id, t), `${id}: ${t}`).toBe(false);
  });
});

describe('the engine names the feeling the user said (fake model with the shipped readings)', () => {
  // The fake index trains a small classifier on the corpus: slow on a busy machine.
  beforeAll(() => {
    fakeIndex();
  }, 600_000);
  const make = (readings: Record<string, EmotionMix>) => createChatEngine({ analyze: analyzeAs(readings), index: fakeIndex(), seed: 3, gaugeThreshold: 60 });

  it('does not tell an injury it was embarrassing, nor a menu question it is worried', async () => {
    const a = await talkThrough(make({ '축구하다가 발목 삐었어': reading('embarrassment', 0.71, 'sadness', 0.11) }), ['축구하다가 발목 삐었어']);
    expect(a[0]!.kind).toBe('followup');
    expect(a[0]!.reply).not.toMatch(/창피|민망|당황/u);
    const b = await talkThrough(make({ '메뉴 고르는 중인데 짜장면 말고 다른 거 뭐 있을까': reading('anxiety', 0.89) }), ['메뉴 고르는 중인데 짜장면 말고 다른 거 뭐 있을까']);
    expect(b[0]!.reply).not.toMatch(/조마조마|걱정|불안|초조|긴장/u);
  });

  it('does not celebrate a turn read as sure sadness in a glad thread, nor mourn one that is glad', async () => {
    const rs = await talkThrough(make({ '5년 다닌 회사인데': reading('sadness', 0.73, 'hurt', 0.2) }), ['오늘 합격했어 너무 기뻐', '5년 다닌 회사인데']);
    expect(rs[1]!.kind).toBe('followup');
    expect(rs[1]!.reply).not.toMatch(GLAD);
    const glad = await talkThrough(make({ '대학 와서 너무 좋아': reading('joy', 0.98) }), ['요즘 너무 우울해', '대학 와서 너무 좋아']);
    expect(glad[1]!.reply).not.toMatch(HEAVY);
  });
});

describe.skipIf(!realModelPresent())('session 38 (feel) turns with the shipped model', () => {
  const shipped = useShippedChat();

  it('"개꿀" and "너무 좋아" get no reply of the opposite mood; "벚꽃" no house plant', async () => {
    const a = await talkThrough(shipped().engine, ['오늘 체육시간에 피구했는데 공에 얼굴 맞았어 ㅋㅋ', '근데 우리 반이 이김!!', '내일도 피구 한대 개꿀']);
    expect(a[2]!.intent).not.toBe('life_weekend_monday_blues');
    expect(a[2]!.reply).not.toMatch(/무거|부담/u);
    const b = await talkThrough(shipped().engine, ['고3 때 생각나네', '그땐 진짜 힘들었는데 지금은 추억이야', '대학 와서 너무 좋아']);
    expect(b[1]!.reply).not.toMatch(/아프|아팠|참아/u);
    expect(b[2]!.intent).not.toBe('uni_freshman_no_friends');
    expect(b[2]!.reply).not.toMatch(/허전|외롭|쓸쓸/u);
    const c = await talkThrough(shipped().engine, ['오늘 날씨 좋네요', '산책 나왔어요', '벚꽃이 많이 피었어요']);
    expect(c[2]!.intent).not.toBe('life_joy_plant_bloomed');
    expect(c[2]!.reply).not.toMatch(/식물|화분/u);
  }, 60_000);

  it('mishaps get no embarrassment or celebration the user did not tell, and a dad’s old stories no hurt', async () => {
    const a = await talkThrough(shipped().engine, ['축구하다가 발목 삐었어']);
    expect(a[0]!.reply).not.toMatch(/창피|민망/u);
    const b = await talkThrough(shipped().engine, ['옷 사러 갔는데 맘에 드는 게 없었어', '점원이 다른 거 보여준다는데 그것도 별로', '결국 아무것도 안 샀어 ㅋㅋ']);
    expect(b[0]!.reply).not.toMatch(GLAD);
    expect(b[2]!.reply).not.toMatch(GLAD);
    expect(b[2]!.reply).not.toMatch(/힘들었|아팠/u);
    const c = await talkThrough(shipped().engine, ['아빠가 군대 얘기를 또 하셨어요', '80년대에 강원도에서 근무하셨대요', '매번 같은 얘기인데 귀엽더라구요']);
    expect(c[0]!.reply).not.toMatch(/무시|아팠|쓰라/u);
    expect(c[1]!.intent).not.toBe('family_good_news');
    expect(c[2]!.reply).not.toMatch(/아팠|아프|상처/u);
  }, 60_000);

  it('mixed feelings still reach the bittersweet intent, and a pillow fight no sibling quarrel', async () => {
    const a = await talkThrough(shipped().engine, ['오랜만이에요', '요즘 회사 일이 많아서 못 왔어요', '그래도 이번 프로젝트 잘 끝났어요', '홀가분하면서도 좀 허무하네요']);
    expect(a[3]!.intent).toBe('conv_bittersweet');
    const b = await talkThrough(shipped().engine, ['동생이랑 싸우다가 동생이 나 때렸어 ㅋㅋ 베개로', '베개싸움이었음']);
    expect(b[0]!.intent).not.toBe('family_sibling_fight');
    expect(b[1]!.reply).not.toMatch(/화가|억울/u);
  }, 60_000);
});
