/**
 * Session 40 (shorthand): odd input an input tester typed (shorthand, typos, English words,
 * speech-level switches, a long diary) and the replies it got. src/chat/shorthand.ts,
 * src/chat/odd-turns.ts, complimentHeard (misread-turns.ts), answersQuestion (texting.ts),
 * namesUnsaidFeeling (plain-feeling.ts), hot-weather and endless-meeting guards (intent-guards.ts).
 */
import { describe, expect, it } from 'vitest';
import { createChatEngine } from '../../src/chat/engine';
import { fixTypos, koreanForEnglish, normalizeShorthand } from '../../src/chat/shorthand';
import { meetingWentWrong, swampedBy, aloneAmongHappy, isLongDiary, keepsMood, longDiaryReply, sorryShorthand, speechLevelSwitch, weighsBreakup } from '../../src/chat/odd-turns';
import { complimentHeard } from '../../src/chat/misread-turns';
import { answersQuestion } from '../../src/chat/texting';
import { namesUnsaidFeeling } from '../../src/chat/plain-feeling';
import { presumesUnsaid } from '../../src/chat/intent-guards';
import { detectSafety } from '../../src/chat/safety';
import { fakeAnalyze, fakeIndex, talkThrough, useShippedChat } from './helpers';

const engine = () => createChatEngine({ analyze: fakeAnalyze, index: fakeIndex(), seed: 3, gaugeThreshold: 60 });

const DIARY = "오늘 아침에 알람을 못 들어서 지각했어. 지하철은 또 고장나서 20분이나 서 있었고, 회사 도착하자마자 팀장님이 왜 연락도 없냐고 한 소리 하셨어. 점심은 시간이 없어서 편의점 삼각김밥 하나로 때웠고 오후엔 회의가 세 개나 연달아 있었는데 그중 하나는 내가 준비한 자료에 오타가 있어서 다들 앞에서 지적받았어. 퇴근하고 나서는 엄마한테 전화가 왔는데 동생 일로 또 나한테 뭐라고 하셔서 결국 언성이 높아졌어. 집에 와서 씻고 누웠는데 눈물이 그냥 나더라. 내가 뭘 그렇게 잘못하고 사는 건지 모르겠어. 다들 나한테만 뭐라고 하는 것 같고, 나도 잘하고 싶은데 몸이 안 따라줘. 그래도 저녁에 친구가 보내준 고양이 사진 보고 잠깐 웃었어. 그거 하나가 오늘 유일하게 좋았던 일이야.";

function check<T>(fn: (s: string) => T, cases: ReadonlyArray<readonly [string, T]>): void {
  for (const [text, want] of cases) expect(fn(text), text).toBe(want);
}

describe('typos read as meant (13)', () => {
  it('fixes ㅅ typed for ㅆ before an ending, and 보고십어', () => {
    check(fixTypos, [
      ['남친이랑 헤어졋는데 너무 보고십어', '남친이랑 헤어졌는데 너무 보고싶어'],
      ['아무것도 못하겟어', '아무것도 못하겠어'],
      ['오늘 너무 힘들엇어', '오늘 너무 힘들었어'],
      ['울면서 밥먹엇어', '울면서 밥먹었어'],
      ['숙제 햇어?', '숙제 했어?'],
      ['집에 잇어', '집에 있어'],
      ['잇엇어', '있었어'],
      ['갓다 왔어', '갔다 왔어'],
      ['아팟어ㅠㅠ', '아팠어ㅠㅠ'],
      ['하고 십다', '하고 싶다'],
      ['보고시퍼', '보고싶어'],
    ]);
  });
  it('leaves real words alone', () => {
    for (const w of ['그럴 것 같아', '옷 샀어', '젓가락 어디 있어', '잇몸이 아파', '햇빛 좋다', '햇살', '십만원', '갓생 살기', '엇갈렸어', '빼앗고 싶어', '타겟이 뭐야', '끈을 잇고', '셧다운', '갓 구운 빵', '앗 깜짝이야', '엇 뭐야', '노래 브릿지 부분', '초콜릿을 먹었어', '오십어치', '했어', '벗어', '웃어', '씻어', '낫다']) {
      expect(fixTypos(w), w).toBe(w);
    }
  });
});

describe('English work words in Korean turns (12)', () => {
  it('reads them in Korean, with the particle that fits', () => {
    check(koreanForEnglish, [
      ['오늘 meeting 완전 망했어', '오늘 회의 완전 망했어'],
      ['presentation 하는데 말이 안 나오더라', '발표 하는데 말이 안 나오더라'],
      ['boss가 표정 썩었음', '상사가 표정 썩었음'],
      ['team leader가 또 뭐라 함', '팀장이 또 뭐라 함'],
      ['내일 exam이라 떨려', '내일 시험이라 떨려'],
      ['deadline 때문에 죽겠어', '마감 때문에 죽겠어'],
      ["I'm so tired 진짜", '너무 피곤해 진짜'],
    ]);
  });
  it('leaves English turns, longer words and Korean alone', () => {
    check(koreanForEnglish, [
      ['I have a meeting today', 'I have a meeting today'],
      ['bossy하네 진짜', 'bossy하네 진짜'],
      ['Examples 봐', 'Examples 봐'],
      ['오늘 회의 망했어', '오늘 회의 망했어'],
    ]);
    expect(normalizeShorthand('오늘 meeting 망햇어')).toBe('오늘 회의 망했어');
  });
});

describe('detectors', () => {
  it('a compliment is about the user, not others looking happy (6)', () => {
    check(complimentHeard, [
      ['다들 행복해 보이는데 나만 혼자인 것 같더라', false],
      ['사람들이 다 좋아 보이더라', false],
      ['신랑 신부 둘 다 행복해 보이더라', false],
      ['나 요즘 좋아 보인대', true],
      ['얼굴 좋아 보인다고 하더라', true],
      ['다들 나보고 좋아 보인대', true],
      ['엄마가 얼굴 좋아 보인대', true],
    ]);
    check(aloneAmongHappy, [
      ['다들 행복해 보이는데 나만 혼자인 것 같더라', true],
      ['커플들만 행복해 보이고 나만 외로워', true],
      ['다들 행복해 보여서 좋았어', false],
      ['나만 혼자 남은 것 같아', false],
      ['다들 행복해 보이는데 나도 행복해', false],
      ['다들 행복해 보이는데 나만 혼자인 걸까?', false],
    ]);
  });

  it('a switch to 반말 (8)', () => {
    check(speechLevelSwitch, [
      ['근데 존댓말 불편하다 그냥 반말할게', 'tell'],
      ['아 그냥 말 놓을게', 'tell'],
      ['편하게 말해도 돼?', 'ask'],
      ['반말해도 돼요?', 'ask'],
      ['팀장이 나한테 반말해', null],
      ['너도 반말해', null],
      ['반말해줘', null],
      ['말 놓으라고 하더라', null],
      ['회사에서 신입이 반말해서 기분 나빴어', null],
      ['오늘 진짜 힘들었어 회사에서 팀장한테 크게 혼났어 반말할게', null],
    ]);
  });

  it('ㅈㅅ as an apology for rambling or a double send (9)', () => {
    check(sorryShorthand, [
      ['ㅈㅅ합니다 말을 좀 두서없이 할게요', 'ramble'],
      ['ㅈㅅ 두번 보냄', 'double'],
      ['죄송해요 두서없이 말해서', 'ramble'],
      ['미안 오타', 'double'],
      ['ㅈㅅ하고싶다', null],
      ['ㅈㅅ', null],
      ['두번 보냄', null],
      ['친구한테 미안해', null],
      ['자료에 오타 나서 팀장님께 죄송해요 했어', null],
    ]);
    // Safety still reads ㅈㅅ as itself.
    expect(detectSafety('ㅈㅅ하고싶다').category).toBe('suicide');
  });

  it('songs that keep the mood (10)', () => {
    check(keepsMood, [
      ['이 기분 이어갈 노래 추천해줘', true],
      ['이 텐션 유지할 노래', true],
      ['지금 기분 오래 간직하고 싶어 노래 틀어줘', true],
      ['이 기분 바꿔줄 노래', false],
      ['우울한 기분 계속 느끼기 싫어', false],
      ['기분 좋아지는 노래', false],
    ]);
  });

  it('a breakup weighed (15)', () => {
    check((s) => weighsBreakup(s), [
      ['헤어져야 하나 싶어', true],
      ['그만 만나야 하나', true],
      ['헤어질까 고민 중이야', true],
      ['친구가 남친이랑 헤어져야 하나 고민하더라', false],
      ['우리 헤어졌어', false],
      ['안 헤어질 거야', false],
      ['남친이랑 싸웠어', false],
    ]);
    expect(weighsBreakup('이제 끝내야 하나', ['남친이랑 또 싸웠어'])).toBe(true);
    expect(weighsBreakup('이 일 끝내야 하나', ['회사 프로젝트가 힘들어'])).toBe(false);
  });

  it('a task that swamped the day (11)', () => {
    check(swampedBy, [
      ['오늘 과제 때문에 죽는 줄', '과제'],
      ['시험 공부하느라 죽을 뻔', '공부'],
      ['야근 때문에 진짜 죽겠다', '야근'],
      ['너 때문에 죽는 줄', null],
      ['배고파 죽겠다', null],
      ['과제 때문에 죽고 싶어', null],
    ]);
  });

  it('a meeting gone wrong (12)', () => {
    check(meetingWentWrong, [
      ['오늘 회의 완전 망했어', true],
      [normalizeShorthand('오늘 meeting 완전 망했어'), true],
      ['회의에서 망함 ㅠ', true],
      ['회의 망한 줄 알았는데 잘 끝났어', false],
      ['회의 망했어?', false],
      ['회의 너무 많아', false],
    ]);
  });

  it('a noun answer is no thanks or predicate (7)', () => {
    const asked = '그 얘기를 하면서 마음은 좀 어때요?';
    for (const s of ['응 고마워', '응 감사해요', '응 미안', 'ㅇㅇ 땡큐', '응 그랬대', '응 무서워', '응 할래']) expect(answersQuestion(s, asked), s).toBeNull();
    expect(answersQuestion('ㅇㅇ 세븐틴', '오늘 제일 좋았던 순간은 언제였어요?')?.reply).toMatch(/^세븐틴이군요/u);
    expect(answersQuestion('응 공군', '어디서 복무했어요?')?.reply).toMatch(/^공군이군요/u);
    expect(answersQuestion('응 홍대', '어디 갔어요?')?.reply).toMatch(/^홍대군요/u);
  });

  it('anger and shame are named only when the turn shows them (12, 15)', () => {
    const anger = '그렇게 화가 나는 건 그만큼 중요한 일이었기 때문이에요.';
    const shame = '스스로가 부끄럽게 느껴져서 속상했겠어요.';
    expect(namesUnsaidFeeling(anger, '헤어져야 하나 싶어')).toBe(true);
    expect(namesUnsaidFeeling(anger, '오늘 좀 피곤하네')).toBe(true);
    expect(namesUnsaidFeeling(anger, '개빡쳐서 ㅈㄴ 퇴사각 재는 중')).toBe(false);
    expect(namesUnsaidFeeling(shame, "I'm so tired 진짜")).toBe(true);
    expect(namesUnsaidFeeling(shame, '사람들 앞에서 실수해서 창피했어')).toBe(false);
    expect(namesUnsaidFeeling('참느라 정말 힘들었겠어요.', '헤어져야 하나 싶어')).toBe(false);
    expect(namesUnsaidFeeling('어이없고 황당한 상황이었네요.', '나만 맨날 참는 느낌이야')).toBe(true);
  });

  it('hot weather needs heat; a meeting gone wrong is no meeting too many (11, 12)', () => {
    expect(presumesUnsaid('life_daily_hot_weather', '오늘 과제 때문에 죽는 줄')).toBe(true);
    expect(presumesUnsaid('life_daily_hot_weather', '오늘 진짜 쪄 죽는 줄')).toBe(false);
    expect(presumesUnsaid('life_daily_hot_weather', '더워 죽겠다 진짜')).toBe(false);
    expect(presumesUnsaid('work_endless_meetings', '오늘 회의 완전 망했어')).toBe(true);
    expect(presumesUnsaid('work_endless_meetings', '오늘 회의만 다섯 개.. 내 일은 언제 해')).toBe(false);
  });
});

describe('a long diary (7)', () => {
  it('says back the first and last hard events and the good moment', () => {
    const r = longDiaryReply(DIARY)!;
    expect(r).toMatch(/^아침 지각부터 엄마와의 말다툼까지/u);
    expect(r).toMatch(/친구가 보내준 고양이 사진 보고 잠깐이라도 웃을 수 있었다니/u);
  });
  it('other diaries: events found, or a reply that honours the length; a glad one is not this', () => {
    const school = '오늘 진짜 정신없었어요. 아침에 버스가 연착돼서 수업에 늦었고, 교수님이 출석 부르다가 저만 찍어서 뭐라고 하셨어요. 점심엔 조별과제 때문에 애들이랑 회의했는데 아무도 자료를 안 가져와서 제가 다 떠안게 됐고요. 오후엔 알바 갔는데 손님이 계산 잘못했다고 소리 지르셔서 사장님한테까지 혼났어요. 집에 오니까 동생이랑 리모컨 때문에 싸웠고 엄마는 또 제 편 안 들어주시고. 밤에 혼자 방에서 라면 먹으면서 유튜브 보는데 좋아하는 가수 신곡 나와서 그거 듣고 기분이 좀 좋아졌어요.';
    expect(longDiaryReply(school)).toMatch(/^버스 지연부터 동생과의 말다툼까지/u);
    const brooding = '요즘 계속 생각이 많아. 회사 일도 그렇고 연애도 그렇고 뭐 하나 제대로 되는 게 없는 것 같아. 친구들은 다 결혼하고 집 사고 그러는데 나는 아직 월세 살면서 적금 하나 제대로 못 들고 있고. 부모님은 명절마다 언제 결혼하냐고 물어보시고 그럴 때마다 괜히 죄송하고 화도 나고. 그렇다고 뭘 바꿀 용기도 없고 그냥 하루하루 버티는 느낌이야. 주말에도 그냥 누워서 휴대폰만 보다가 하루가 끝나고. 이렇게 살아도 되나 싶다가도 또 별 수 없지 하고 넘어가게 돼.';
    expect(longDiaryReply(brooding)).toMatch(/^이렇게 길게 적어 준 만큼/u);
    const glad = '오늘은 좋은 일이 많았어! 아침에 일찍 일어나서 산책도 하고 카페에서 책도 읽었어. 점심엔 오랜만에 대학 동기들 만나서 수다 떨었는데 다들 그대로라서 너무 반가웠어. 오후엔 집에 와서 대청소를 했는데 방이 깨끗해지니까 기분까지 상쾌해지더라. 저녁엔 엄마가 해 준 김치찌개 먹고 같이 드라마 봤어. 이런 날이 자주 있었으면 좋겠다. 요즘 계속 바빠서 이렇게 여유 있는 하루가 정말 오랜만이었거든. 내일부터 다시 출근이지만 오늘 충전 제대로 한 것 같아.';
    expect(isLongDiary(glad)).toBe(true);
    expect(longDiaryReply(glad)).toBeNull();
    expect(longDiaryReply('오늘 지각하고 엄마랑 싸웠어. 힘들다.')).toBeNull();
  });
});

describe('the engine (fake model)', () => {
  it('answers the odd turns with their own replies', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['오늘 친구 결혼식 갔다 왔어', '다들 행복해 보이는데 나만 혼자인 것 같더라'], /혼자인 것 같으면 그 외로움/u],
      [['오늘 좀 우울하네요', '근데 존댓말 불편하다 그냥 반말할게'], /^편하게 말해요! .*아까 하던 얘기/u],
      [['편하게 말해도 돼?'], /^그럼요, 편하게 말해요!/u],
      [['ㅈㅅ합니다 말을 좀 두서없이 할게요'], /두서없어도 다 들을게요/u],
      [['오늘회사에서완전깨졌어 오늘회사에서완전깨졌어', 'ㅈㅅ 두번 보냄'], /신경 쓰지 않아도 돼요/u],
      [['남친이랑 싸웠어 내가 먼저 연락 안 했다고 화내더라', '나만 맨날 참는 느낌이야', '헤어져야 하나 싶어'], /헤어져야 하나 싶을 만큼|헤어지는 쪽을 떠올리면/u],
    ];
    for (const [lines, want] of cases) {
      const rs = await talkThrough(engine(), lines);
      expect(rs.at(-1)!.reply, lines.join(' / ')).toMatch(want);
      expect(rs.at(-1)!.reply).not.toMatch(/화가 나는 건|좋아 보인다는 말|단어 하나만/u);
    }
  });

  it('"ㅈㅅ하고싶다" is still a safety turn', async () => {
    const rs = await talkThrough(engine(), ['요즘 너무 지쳐', 'ㅈㅅ하고싶다']);
    expect(rs[1]!.kind).toBe('safety');
  });

});

describe('the shipped model: the tester conversations', () => {
  const shipped = useShippedChat();

  it('c23 typos find the missing-an-ex intent; c42 no weather invented; c04 no shame invented', async () => {
    const a = await talkThrough(shipped().engine, ['오늘 너무 힘들엇어', '남친이랑 헤어졋는데 너무 보고십어']);
    expect(a[1]!.intent).toBe('breakup_missing_ex');
    const b = await talkThrough(shipped().engine, ['배고파 죽겠다 ㅋㅋ', '오늘 과제 때문에 죽는 줄']);
    expect(b[1]!.intent).not.toBe('life_daily_hot_weather');
    expect(b[1]!.reply).not.toMatch(/더운|덥|시원한/u);
    expect(b[1]!.reply).toMatch(/과제 때문에 정말 정신없는 하루/u);
    const c = await talkThrough(shipped().engine, ['오늘 meeting 완전 망했어', 'presentation 하는데 말이 안 나오더라', 'boss가 표정 썩었음', "I'm so tired 진짜"]);
    expect(c[0]!.intent).not.toBe('work_endless_meetings');
    expect(c[0]!.reply).toMatch(/회의가 생각대로 안 풀렸군요/u);
    expect(c[1]!.intent).toBe('work_presentation_flop');
    expect(c.map((r) => r.reply).join(' ')).not.toMatch(/부끄럽게 느껴져서/u);
  }, 60_000);

  it('c19 a long diary is said back by its events; "응 고마워" is no noun', async () => {
    const rs = await talkThrough(shipped().engine, [DIARY, '응 고마워']);
    expect(rs[0]!.reply).toMatch(/^아침 지각부터 엄마와의 말다툼까지/u);
    expect(rs[1]!.reply).not.toMatch(/고마워군요/u);
  }, 60_000);

  it('c07 keeps the happy mood with songs; c18 weighs the breakup', async () => {
    const a = await talkThrough(shipped().engine, ['오늘 진짜 개꿀잼이었음 ㅋㅋㅋ', '친구들이랑 한강 감 ㅋㅋ', '치킨 먹고 노래 부르고 ㄹㅇ 행복했다', '이 기분 이어갈 노래 추천해줘']);
    expect(a[3]!.reply).toMatch(/이 기분을 이어 갈 노래/u);
    expect(a[3]!.songMode).toBe('similar');
    const b = await talkThrough(shipped().engine, ['남친이랑 싸웠어 내가 먼저 연락 안 했다고 화내더라 남친이랑 싸웠어 내가 먼저 연락 안 했다고 화내더라', '나만 맨날 참는 느낌이야', '헤어져야 하나 싶어']);
    expect(b.map((r) => r.reply).join(' ')).not.toMatch(/화가 나는 건/u);
    expect(b[2]!.reply).toMatch(/헤어져야 하나 싶을 만큼|헤어지는 쪽을 떠올리면/u);
  }, 60_000);
});
