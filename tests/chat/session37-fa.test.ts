/**
 * Session 37 (fa): misfires of the day's rules found by a tester (misread-turns.ts, life-stage.ts).
 * Each detector is checked on the tester's turn and on near misses; then the engine, fake and shipped.
 */
import { describe, expect, it } from 'vitest';
import { createChatEngine } from '../../src/chat/engine';
import { parentOfStudent } from '../../src/chat/life-stage';
import {
  asksWhyBotSaid,
  babyMilestone,
  babySmiles,
  botWordsNamed,
  childAdmitted,
  comingOutTurn,
  complimentHeard,
  fluentForeigner,
  goodAccess,
  goodTestResult,
  hardButLovely,
  hopesToJoin,
  lightNag,
  misreadTurn,
  nearMiss,
  othersPregnancy,
  playedGame,
  retirementAhead,
  sleepHoursQuestion,
  sleepHoursTold,
  sorryForVenting,
  won,
} from '../../src/chat/misread-turns';
import { fakeAnalyze, fakeIndex, talkThrough, useShippedChat } from './helpers';

const engine = () => createChatEngine({ analyze: fakeAnalyze, index: fakeIndex(), seed: 3, gaugeThreshold: 60 });
const check = (f: (t: string) => boolean, cases: Array<[string, boolean]>) => {
  for (const [text, want] of cases) expect(f(text), text).toBe(want);
};

describe('detectors: positives and near misses', () => {
  it('a test come back fine (1)', () => {
    check(goodTestResult, [
      ['엄마가 치매 검사 받으셨는데 정상이래요!', true],
      ['건강검진 결과 이상 없대요', true],
      ['아빠 조직검사 결과 암 아니래요', true],
      ['엄마가 치매 진단을 받으셨어요', false],
      ['검사 결과 정상이 아니래요', false],
      ['다음 주에 치매 검사 받기로 했어요', false],
      ['정상으로 나왔으면 좋겠어요', false],
      ['재검 받으래요', false],
    ]);
  });

  it("a child's admission (2), and the 고3 parent's worry is not fired by it", () => {
    check(childAdmitted, [
      ['우리 애가 고3인데 수시 붙었어요!', true],
      ['딸이 대학 합격했어요', true],
      ['우리 애가 수시 떨어졌어요', false],
      ['아들이 붙었으면 좋겠어요', false],
      ['우리 애가 고3이에요', false],
      ['제가 합격했어요 애들도 기뻐해요', false],
    ]);
    expect(parentOfStudent('우리 애가 고3인데 수시 붙었어요!')).toBeNull();
    expect(parentOfStudent('고3 딸 엄마예요')).toBe('opener');
    expect(parentOfStudent('딸이 고3인데 수시 떨어졌어요')).not.toBeNull();
  });

  it("someone else's pregnancy (3)", () => {
    check(othersPregnancy, [
      ['회사 동료가 임신했대요', true],
      ['친구가 임신했다고 연락 왔어', true],
      ['언니가 아기 가졌대요', true],
      ['저 임신했어요', false],
      ['친구가 임신했대요 축하를 못 하겠어요', false],
      ['친구는 임신했대 난 왜 안 될까', false],
      ['동료가 임신했는데 시험관 하는 나는 마음이 복잡해', false],
    ]);
  });

  it('retirement ahead (4)', () => {
    check(retirementAhead, [
      ['저 내년에 은퇴해요', true],
      ['다음 달에 정년퇴임이에요', true],
      ['은퇴를 앞두고 있어요', true],
      ['은퇴한 지 3년 됐어요', false],
      ['아버지가 내년에 은퇴하세요', false],
      ['내년에 명퇴 신청해야 할 것 같아요', false],
    ]);
  });

  it("a friend's coming out (5)", () => {
    const story = ['친구가 커밍아웃했어'];
    expect(comingOutTurn('친구가 커밍아웃했어', [])).toBe('told');
    expect(comingOutTurn('나는 당연히 응원한다고 했지', story)).toBe('supported');
    expect(comingOutTurn('걔가 고맙다고 울더라', story)).toBe('thanked');
    expect(comingOutTurn('좋은 친구가 되고 싶어', story)).toBe('good_friend');
    // Outside that story, or a user who struggles with it, the rules stay out.
    expect(comingOutTurn('나는 당연히 응원한다고 했지', [])).toBeNull();
    expect(comingOutTurn('걔가 고맙다고 울더라', ['동생이 시험 붙었어'])).toBeNull();
    expect(comingOutTurn('솔직히 받아들이기 힘들어', story)).toBeNull();
    expect(comingOutTurn('응원해줘', story)).toBeNull();
  });

  it('a compliment heard (6)', () => {
    check(complimentHeard, [
      ['친구가 그 말 하더라 너 요즘 좋아 보인다고', true],
      ['엄마가 얼굴 좋아 보인대', true],
      ['친구가 그 말 하더라 너 요즘 안 좋아 보인다고', false],
      ['팀장이 요즘 피곤해 보인다고 하더라', false],
      ['나 요즘 좋아 보여?', false],
    ]);
  });

  it('disability named with a good experience, and hoping to join (7)', () => {
    check(goodAccess, [
      ['회사 면접에서 장애인 전형 있는지 물어봤는데 친절하게 알려주더라', true],
      ['휠체어 타는데 건물도 다 경사로 있었어', true],
      ['휠체어 때문에 면접장에 못 들어갔어', false],
      ['경사로가 없어서 돌아왔어', false],
      ['장애인이라고 다들 쳐다봐서 창피했어', false],
    ]);
    expect(hopesToJoin('여기 붙고 싶다', ['회사 면접에서 장애인 전형 있는지 물어봤는데 친절하게 알려주더라'])).toBe(true);
    expect(hopesToJoin('아무도 모르는 곳으로 떠나고 싶다', ['면접 봤어'])).toBe(false);
    expect(hopesToJoin('여기 붙고 싶다', ['오늘 날씨 좋다'])).toBe(false);
  });

  it('a fluent foreign worker glad of life here (8)', () => {
    check(fluentForeigner, [
      ['외국인 노동자인데 한국 생활 좋아요', true],
      ['외국인인데 한국어 잘 못해요', false],
      ['외국인 노동자인데 너무 힘들어요', false],
      ['외국인도 여기 써도 돼요?', false],
    ]);
  });

  it('sorry for venting, in 반말 (9)', () => {
    check(sorryForVenting, [
      ['미안 너한테 괜히 화풀이했네', true],
      ['너한테 짜증내서 미안해', true],
      ['친구한테 괜히 화풀이했네', false],
      ['너한테 화풀이하고 싶다', false],
      ['엄마한테 짜증내서 미안해', false],
    ]);
  });

  it('sleep hours on any day (10)', () => {
    check(sleepHoursQuestion, [
      ['요즘 하루에 몇 시간 자는 게 적당해?', true],
      ['적정 수면 시간이 얼마야?', true],
      ['어제 몇 시간 잤더라', false],
      ['나는 7시간 정도 자', false],
    ]);
    expect(sleepHoursTold('나는 7시간 정도 자')).toBe(7);
    expect(sleepHoursTold('요즘 잠이 안 와')).toBeNull();
  });

  it("the bot's own words asked about (11)", () => {
    check(asksWhyBotSaid, [
      ['왜 그 말 했어?', true],
      ['근데 왜 그렇게 말했어?', true],
      ['걔가 왜 그 말 했는지 모르겠어', false],
      ['엄마는 왜 그 말을 했을까', false],
      ['왜 그 말 했을까', false],
      ['왜 그 말 했는지 모르겠어', false],
    ]);
    expect(asksWhyBotSaid('왜 그 말 했어?', ['팀장이 나보고 일 못한다고 했어'])).toBe(false);
    expect(asksWhyBotSaid('왜 그 말 했어?', ['오늘 좀 힘들었어'])).toBe(true);
    expect(botWordsNamed('아까 너가 힘내라고 한 거')).toBe('힘내');
    expect(botWordsNamed('엄마가 힘내라고 했어')).toBeNull();
  });

  it('a scare, not good news (12)', () => {
    check(nearMiss, [
      ['보복운전 당할 뻔했어요', true],
      ['오늘 사고 날 뻔했어', true],
      ['웃겨서 죽을 뻔했어', false],
      ['맛있어서 기절할 뻔', false],
      ['보복운전 당했어요', false],
    ]);
  });

  it('a light story: a nag laughed off, a game, a win (13)', () => {
    check(lightNag, [
      ['마누라가 잔소리를 해서 도망 나왔어 ㅋㅋ', true],
      ['엄마 잔소리 지겨워 ㅋㅋ 못 살겠어', false],
      ['마누라가 잔소리를 해서 화가 나', false],
    ]);
    check(playedGame, [
      ['경로당에서 장기 뒀지', true],
      ['바둑 두다가 싸웠어 짜증나', false],
    ]);
    check(won, [
      ['내가 이겼어', true],
      ['제가 이겼어요', true],
      ['내가 졌어', false],
      ['이겼으면 좋겠다', false],
      ['못 이겼어', false],
    ]);
  });

  it("a baby's milestone and smiles (14)", () => {
    check(babyMilestone, [
      ['출산하고 100일 됐어요', true],
      ['애기 백일 잔치 했어요', true],
      ['출산하고 100일 됐는데 너무 힘들어요', false],
    ]);
    expect(babySmiles('애기가 요즘 웃어요', ['출산하고 100일 됐어요'])).toBe(true);
    expect(babySmiles('애기가 요즘 안 웃고 울기만 해요 걱정돼요', ['출산하고 100일 됐어요'])).toBe(false);
    expect(hardButLovely('힘들어도 너무 예뻐요')).toBe(true);
    expect(hardButLovely('너무 힘들어요')).toBe(false);
  });
});

describe('misreadTurn', () => {
  it('follows a story only when its first turn was answered', () => {
    expect(misreadTurn('다행히 아무 일 없었어요', { lastId: 'fa:near_miss#0' })?.kind).toBe('near_miss_relief');
    expect(misreadTurn('다행히 아무 일 없었어요', { lastId: 'joy:x#0' })).toBeNull();
    expect(misreadTurn('경로당에서 장기 뒀지', { lastId: 'fa:light_nag#0', older: true })?.replies[0]).toMatch(/경로당/u);
    // The widower's "장기두고 그럭저럭 지내는데" is no light story.
    expect(misreadTurn('낮에는 경로당 가서 장기두고 그럭저럭 지내는데', { older: true, earlier: ['마누라 간지 일년인데'] })).toBeNull();
    expect(misreadTurn('마누라 잔소리 ㅋㅋ', { older: true })?.replies[0]).not.toMatch(/피신/u);
    expect(misreadTurn('그냥 좀 부담스러웠어', { lastId: 'fa:bot_words_named#0' })?.kind).toBe('bot_words_owned');
  });

  it('never calls the user 당신 nor assumes 엄마 for a parent who did not say so', () => {
    const turns = ['우리 애가 고3인데 수시 붙었어요!', '회사 동료가 임신했대요', '저 내년에 은퇴해요', '출산하고 100일 됐어요', '보복운전 당할 뻔했어요'];
    for (const t of turns) {
      const r = misreadTurn(t)!;
      expect(r, t).not.toBeNull();
      for (const reply of r.replies) expect(reply).not.toMatch(/당신|엄마시/u);
    }
  });
});

describe('the engine (fake model)', () => {
  it('answers the misread turns with their own replies', async () => {
    const e = engine();
    const cases: Array<[string[], RegExp]> = [
      [['엄마가 치매 검사 받으셨는데 정상이래요!'], /정상이라니 정말 다행/u],
      [['우리 애가 고3인데 수시 붙었어요!'], /축하드려요/u],
      [['회사 동료가 임신했대요'], /좋은 소식/u],
      [['저 내년에 은퇴해요'], /은퇴를 앞두고/u],
      [['친구가 커밍아웃했어', '나는 당연히 응원한다고 했지'], /응원한다고 말해 줬다니/u],
      [['친구가 그 말 하더라 너 요즘 좋아 보인다고'], /좋아 보인다는 말/u],
      [['아 짜증나 진짜', '미안 너한테 괜히 화풀이했네'], /미안해하지 않아도/u],
      [['요즘 하루에 몇 시간 자는 게 적당해?'], /7~9시간/u],
      [['보복운전 당할 뻔했어요', '다행히 아무 일 없었어요'], /정말 다행/u],
      [['출산하고 100일 됐어요', '애기가 요즘 웃어요'], /웃어 주면/u],
    ];
    for (const [lines, want] of cases) {
      const rs = await talkThrough(e, lines);
      expect(rs.at(-1)!.reply, lines.join(' / ')).toMatch(want);
    }
  });

  it('owns the question about its own words, then the words named', async () => {
    const rs = await talkThrough(engine(), ['오늘 좀 힘들었어', '왜 그 말 했어?', '아까 너가 힘내라고 한 거']);
    expect(rs[1]!.reply).toMatch(/제 말이 마음에 걸렸군요/u);
    expect(rs[2]!.reply).toMatch(/'힘내'라는 말/u);
  });
});

describe('the shipped model: the tester conversations', () => {
  const shipped = useShippedChat();

  it('a good dementia test, a child admitted, a colleague pregnant: no grief, no 엄마, no life upheaval', async () => {
    const a = await talkThrough(shipped().engine, ['엄마가 치매 검사 받으셨는데 정상이래요!', '너무 다행이에요']);
    expect(a[0]!.intent).not.toBe('life:dementia');
    expect(a[0]!.reply).not.toMatch(/흐려져|먹먹/u);
    const b = await talkThrough(shipped().engine, ['우리 애가 고3인데 수시 붙었어요!', '1지망이에요']);
    expect(b[0]!.reply).not.toMatch(/엄마시군요|마음에 걸려요/u);
    expect(b[1]!.reply).toMatch(/1지망/u);
    const c = await talkThrough(shipped().engine, ['회사 동료가 임신했대요', '다 같이 축하 파티 했어요', '케이크 골랐어요']);
    expect(c[0]!.intent).not.toBe('life:pregnancy_news');
    expect(c[2]!.reply).toMatch(/케이크까지 직접 골랐다니/u);
  }, 90_000);

  it('a friend came out; a wheelchair user hopes to get the job; an older man won at 장기', async () => {
    const a = await talkThrough(shipped().engine, ['친구가 커밍아웃했어', '나는 당연히 응원한다고 했지', '걔가 고맙다고 울더라', '좋은 친구가 되고 싶어']);
    expect(a.slice(1).map((r) => r.intent)).not.toContain('conv_ask_encouragement');
    expect(a.slice(1).map((r) => r.intent)).not.toContain('meta_thanks');
    const b = await talkThrough(shipped().engine, ['회사 면접에서 장애인 전형 있는지 물어봤는데 친절하게 알려주더라', '휠체어 타는데 건물도 다 경사로 있었어', '여기 붙고 싶다']);
    for (const r of b) expect(r.reply).not.toMatch(/부끄럽|아무도 나를 모르는|움츠러/u);
    const c = await talkThrough(shipped().engine, ['마누라가 잔소리를 해서 도망 나왔어 ㅋㅋ', '경로당에서 장기 뒀지', '내가 이겼어']);
    for (const r of c) expect(r.reply).not.toMatch(/분한|화가/u);
    expect(c[2]!.reply).toMatch(/이기셨다니/u);
  }, 90_000);

  it('a fluent foreign worker is not told about language; a near miss is no joy', async () => {
    const a = await talkThrough(shipped().engine, ['사장님이 이번 달 월급 올려주셨어요', '외국인 노동자인데 한국 생활 좋아요']);
    expect(a[1]!.reply).not.toMatch(/서툴러도/u);
    const b = await talkThrough(shipped().engine, ['보복운전 당할 뻔했어요', '다행히 아무 일 없었어요', '그냥 깜짝 놀랐어요']);
    for (const r of b) expect(r.reply).not.toMatch(/환해지는|기쁨을 충분히|잘 풀렸다니/u);
  }, 90_000);
});
