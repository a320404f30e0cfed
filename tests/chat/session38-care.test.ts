/**
 * Session 38 (care): names told with no role word kept and used later (names.ts, long-memory.ts),
 * room needed after a fight, and a caregiver's "다 놓아버리고 싶어요" asked about plainly (care.ts).
 */
import { describe, expect, it } from 'vitest';
import { createChatEngine } from '../../src/chat/engine';
import { bareNamesTold, exNameTurn, mayBeName, nameTurn } from '../../src/chat/names';
import { keepPeople, memoOf, peopleTold } from '../../src/chat/long-memory';
import { ambiguousOnly, answerToCareCheck, CARE_CHECK_REPLIES, caregiverLetGo, careNoReply, caringStory, deathAsBackground, letGoWish, PAST_LOSS_REPLIES, pastLossInPregnancy, WITHDREW_REPLIES, withdrewAfterFight } from '../../src/chat/care';
import { answerToCheckIn, isIndirectCue } from '../../src/chat/safety-check';
import { detectSafety } from '../../src/chat/safety';
import { fakeAnalyze, fakeIndex, realModelPresent, talkThrough, useShippedChat } from './helpers';

const engine = () => createChatEngine({ analyze: fakeAnalyze, index: fakeIndex(), seed: 3, gaugeThreshold: 60 });
const CARE_STORY = ['아버지가 치매 진단 받으신지 2년 됐습니다', '요즘은 저를 못 알아보실 때가 많아요', '형제들은 돈만 보내고 들여다보지도 않고요', '요양원 보내자니 불효하는 것 같고 계속 모시자니 제가 먼저 쓰러질 것 같습니다'];
const CRISIS_LINE = /109/u;

describe('bare names (names.ts)', () => {
  it('reads a name in tight frames, with the tie the frame tells', () => {
    const cases: Array<[string, string, 'partner' | null]> = [
      ['3년 사귄 민지랑. 홍대 카페에서 만나서 얘기했는데 걔가 먼저 그만하자고 하더라', '민지', 'partner'],
      ['사귀던 수진이가 떠났어', '수진', 'partner'],
      ['2년 만난 지훈이랑 헤어졌어', '지훈', 'partner'],
      ['결국 민지랑 헤어졌어', '민지', 'partner'],
      ['지훈이한테 차였어', '지훈', 'partner'],
      ['지훈이가 헤어지자고 했어', '지훈', 'partner'],
      ['수진이랑 싸웠어', '수진', null],
      ['민지가 먼저 연락 왔어요', '민지', null],
      ['민지한테 연락은 안 하기로 했어', '민지', null],
    ];
    for (const [text, name, tie] of cases) expect(bareNamesTold(text), text).toEqual([{ name, tie }]);
  });

  it('takes no ordinary noun, role, title, place or time for a name', () => {
    for (const text of [
      '회사랑 연락이 안 돼',
      '친구랑 싸웠어',
      '오늘이랑 내일 쉬어요',
      '카톡이 왔어',
      '과장님한테 연락했어',
      '사귄 지가 3년인데',
      '사귄 사람이랑 헤어졌어',
      '만난 사람이랑 얘기했어',
      '오래 좋아하던 노래가 있어',
      '팀원이랑 싸웠어',
      '걔가 먼저 연락했어',
      '엄마가 연락 왔어',
      '동생이랑 싸웠어',
      '룸메랑 싸웠어',
      '그 사람한테 연락할까',
      '택배가 왔어',
      '학교가 연락했어',
      '남자친구랑 헤어졌어',
      '우리 헤어졌어',
      '사귀는 건 아니고',
      '전남친이랑 연락했어',
      '상사랑 싸웠어요',
    ]) {
      expect(bareNamesTold(text), text).toEqual([]);
    }
    expect(mayBeName('오늘이')).toBe(false);
    expect(mayBeName('카톡이')).toBe(false);
    expect(mayBeName('민지')).toBe(true);
  });

  it('keeps the name in the conversation memory with its tie', () => {
    const told = peopleTold('3년 사귄 민지랑. 홍대 카페에서 만나서 얘기했는데 걔가 먼저 그만하자고 하더라');
    expect(told.map((p) => [p.name, p.role, p.tie])).toEqual([['민지', '', 'partner']]);
    const kept = keepPeople(keepPeople([], told), peopleTold('민지가 연락 왔어'));
    expect(kept).toHaveLength(1);
    expect(kept[0]!.tie).toBe('partner');
    // A role word still wins: "남편 성훈이" is 성훈 the husband.
    expect(peopleTold('남편 성훈이가 늦게 와요').map((p) => [p.name, p.role])).toEqual([['성훈', '남편']]);
  });

  it('reads getting in touch with the kept ex, and nothing else', () => {
    expect(nameTurn('근데 오늘 민지가 먼저 연락 왔어요', '민지')).toBe('contacted');
    expect(nameTurn('민지한테서 카톡 왔어', '민지')).toBe('contacted');
    expect(nameTurn('다시 민지 얘기로 돌아가면, 연락해볼까 고민 중이야', '민지')).toBe('weighs');
    expect(nameTurn('민지한테 연락할까 말까', '민지')).toBe('weighs');
    expect(nameTurn('민지한테 연락은 안 하기로 했어', '민지')).toBe('decided');
    // The user got in touch first, the name asked back, someone else, no contact.
    expect(nameTurn('민지한테 내가 먼저 연락했어', '민지')).toBeNull();
    expect(nameTurn('민지 이름 기억해?', '민지')).toBeNull();
    expect(nameTurn('수진이가 연락 왔어', '민지')).toBeNull();
    expect(nameTurn('민지 생각이 자꾸 나', '민지')).toBeNull();
  });

  it('ties the reply to the break-up only when one was told, once', () => {
    const ex = [{ name: '민지', role: '', tie: 'partner' as const, said: '3년 사귄 민지랑 헤어졌어요' }];
    const r = exNameTurn('민지가 연락 왔어요', ex, [], []);
    expect(r?.reply).toMatch(/^헤어진 민지한테서 연락이 왔군요/u);
    expect(exNameTurn('민지가 연락 왔어요', ex, [], [r!.id])).toBeNull();
    // A friend fought with is no ex: no break-up reply.
    expect(exNameTurn('수진이가 연락 왔어', [{ name: '수진', role: '', said: '수진이랑 싸웠어' }], ['수진이랑 싸웠어'], [])).toBeNull();
    // A partner with no break-up told.
    expect(exNameTurn('민지가 연락 왔어요', [{ name: '민지', role: '', tie: 'partner', said: '2년 만난 민지랑 결혼해요' }], [], [])).toBeNull();
  });
});

describe('withdrawing after a fight (care.ts)', () => {
  it('is read after a fight told now or just before', () => {
    const fight = ['오늘 엄마랑 싸웠어요', '제 말을 하나도 안 들어줘요'];
    expect(withdrewAfterFight('방에 들어와서 문 잠갔어요', fight)).toBe(true);
    expect(withdrewAfterFight('방에 틀어박혀 있어요', fight)).toBe(true);
    expect(withdrewAfterFight('문 쾅 닫고 들어왔어', fight)).toBe(true);
    expect(withdrewAfterFight('아빠랑 대판 싸우고 방에 들어와 버렸어요', [])).toBe(true);
  });

  it('is not someone else, a question, a quiet evening, or hiding from violence', () => {
    const fight = ['오늘 엄마랑 싸웠어요'];
    expect(withdrewAfterFight('동생이 방에 들어가서 문 잠갔어요', fight)).toBe(false);
    expect(withdrewAfterFight('문 잠갔나? 기억이 안 나', fight)).toBe(false);
    expect(withdrewAfterFight('방에 들어와서 문 잠갔어요', ['오늘 너무 피곤해요'])).toBe(false);
    expect(withdrewAfterFight('방에 들어와서 문 잠갔어요', ['아빠가 술 마시고 물건 던졌어요'])).toBe(false);
    expect(withdrewAfterFight('무서워서 방에 숨었어요', fight)).toBe(false);
    expect(withdrewAfterFight('엄마랑 싸웠어요', [])).toBe(false);
  });

  it('gets room and a gentle question in the engine, no lesson', async () => {
    const rs = await talkThrough(engine(), ['오늘 엄마랑 싸웠어요', '방에 들어와서 문 잠갔어요']);
    expect(WITHDREW_REPLIES).toContain(rs[1]!.reply);
    expect(rs[1]!.reply).not.toMatch(/대화|얘기해\s?보|말해\s?보|사과/u);
  });
});

describe("a caregiver's wish to let go (care.ts)", () => {
  it('reads a story of caring and a wish to let go', () => {
    expect(caringStory('솔직히 가끔은 다 놓아버리고 싶어요', CARE_STORY)).toBe(true);
    expect(caringStory('다 놓고 싶어', ['엄마 간병한 지 3년이에요'])).toBe(true);
    expect(caringStory('다 놓고 싶어', ['장애가 있는 아이를 키워요'])).toBe(true);
    expect(caringStory('다 놓고 싶어', ['회사에서 또 깨졌어요', '요즘 일이 너무 많아요'])).toBe(false);
    expect(caringStory('다 놓고 싶어', ['엄마를 모시고 병원에 다녀왔어요'])).toBe(false);
    expect(caringStory('다 놓고 싶어', ['엄마를 모시고 산 지 5년이에요'])).toBe(true);
    expect(letGoWish('솔직히 가끔은 다 놓아버리고 싶어요')).toBe(true);
    expect(letGoWish('그냥 다 내려놓고 싶어요')).toBe(true);
    expect(letGoWish('손 놓고 싶어요')).toBe(true);
    expect(letGoWish('걱정은 내려놓고 쉬고 싶어요')).toBe(false);
    expect(letGoWish('다 놓아버리고 죽고 싶어요')).toBe(false);
    expect(letGoWish('다 놓아버리고 사라지고 싶어')).toBe(false);
    expect(caregiverLetGo('솔직히 가끔은 다 놓아버리고 싶어요', CARE_STORY)).toBe(true);
    expect(caregiverLetGo('솔직히 가끔은 다 놓아버리고 싶어요', ['회사에서 또 깨졌어요'])).toBe(false);
  });

  it('counts only ambiguous verdicts: explicit wishes and methods are never ambiguous', () => {
    expect(ambiguousOnly(detectSafety('솔직히 가끔은 다 놓아버리고 싶어요'), isIndirectCue)).toBe(true);
    expect(ambiguousOnly(detectSafety('그냥 다 내려놓고 싶어요'), isIndirectCue)).toBe(true);
    expect(ambiguousOnly(detectSafety('다 놓아버리고 죽고 싶어요'), isIndirectCue)).toBe(false);
    expect(ambiguousOnly(detectSafety('수면제 모아 뒀어요'), isIndirectCue)).toBe(false);
    expect(ambiguousOnly(detectSafety('아버지가 저를 때려요'), isIndirectCue)).toBe(false);
  });

  it('reads the answer in the light of the question', () => {
    const read = (t: string) => answerToCareCheck(t, answerToCheckIn(t));
    expect(read('그런 건 아니고 그냥 지쳐서요')).toBe('no');
    expect(read('그냥 지쳐서요')).toBe('no');
    expect(read('아니요 그냥 좀 쉬고 싶다는 거예요')).toBe('no');
    expect(read('죽고 싶은 건 아니에요')).toBe('no');
    expect(read('네 가끔은요')).toBe('yes');
    expect(read('사실 죽고 싶을 때도 있어요')).toBe('yes');
    expect(read('잘 모르겠어요')).toBe('unsure');
    expect(read('형제들한테 말해봐도 소용없어요')).toBeNull();
  });

  it('support after no names the dementia centre only for dementia', () => {
    expect(careNoReply(CARE_STORY)).toMatch(/치매안심센터/u);
    expect(careNoReply(['아이 돌보느라 잠을 못 자요'])).not.toMatch(/치매/u);
    expect(careNoReply(['아이 돌보느라 잠을 못 자요'])).toMatch(/지역마다 다르지만/u);
  });

  it('in the engine: asked plainly, then no → burnout support', async () => {
    const rs = await talkThrough(engine(), [...CARE_STORY, '솔직히 가끔은 다 놓아버리고 싶어요', '그런 건 아니고 그냥 지쳐서요']);
    const check = rs[4]!;
    expect(CARE_CHECK_REPLIES).toContain(check.reply);
    expect(check.reply).toMatch(/살고 싶지 않다는 생각/u);
    expect(check.kind).toBe('safety');
    expect(check.suppressRecommendations).toBe(true);
    expect(rs[5]!.reply).toMatch(/치매안심센터/u);
    expect(rs[5]!.kind).toBe('followup');
  });

  it('in the engine: yes → the full crisis reply; an explicit wish → at once', async () => {
    const yes = await talkThrough(engine(), [...CARE_STORY, '솔직히 가끔은 다 놓아버리고 싶어요', '네 가끔은요']);
    expect(yes[5]!.kind).toBe('safety');
    expect(yes[5]!.reply).toMatch(CRISIS_LINE);
    expect(CARE_CHECK_REPLIES).not.toContain(yes[5]!.reply);
    const explicit = await talkThrough(engine(), [...CARE_STORY, '솔직히 다 놓아버리고 죽고 싶어요']);
    expect(explicit[4]!.kind).toBe('safety');
    expect(CARE_CHECK_REPLIES).not.toContain(explicit[4]!.reply);
    expect(explicit[4]!.reply).toMatch(CRISIS_LINE);
  });

  it('outside a story of caring the words keep their path', async () => {
    const rs = await talkThrough(engine(), ['회사에서 또 깨졌어요', '요즘 일이 너무 많아요', '솔직히 가끔은 다 놓아버리고 싶어요']);
    expect(CARE_CHECK_REPLIES).not.toContain(rs[2]!.reply);
  });

  it('a second cue after the question gets the crisis reply', async () => {
    const rs = await talkThrough(engine(), [...CARE_STORY, '솔직히 가끔은 다 놓아버리고 싶어요', '가끔은 그냥 사라지고 싶어요']);
    expect(rs[5]!.kind).toBe('safety');
    expect(rs[5]!.reply).toMatch(CRISIS_LINE);
  });
});

describe('no loss presumed that was not told (care.ts)', () => {
  const ILL = ['엄마가 지난주에 유방암 진단 받으셨어', '2기래. 다음주 화요일에 서울대병원에서 수술하셔'];

  it('a death told in passing in a story of someone living and ill is background', () => {
    expect(deathAsBackground('아빠는 돌아가셨고 형은 미국에 있어서 내가 다 챙겨야돼', ILL)).toBe(true);
    expect(deathAsBackground('어머니는 5년 전에 돌아가셔서 아버지 혼자 사세요', ['아버지가 치매 진단을 받으셨어요'])).toBe(true);
    // The news of a death, or no illness in the story: a bereavement as before.
    expect(deathAsBackground('아빠가 어제 돌아가셨어', ILL)).toBe(false);
    expect(deathAsBackground('엄마가 결국 돌아가셨어요', ILL)).toBe(false);
    expect(deathAsBackground('아빠는 돌아가셨고 형은 미국에 있어', ['요즘 회사가 너무 힘들어'])).toBe(false);
  });

  it('the mother alive is never asked of as if she had died', async () => {
    const rs = await talkThrough(engine(), [...ILL, '아빠는 돌아가셨고 형은 미국에 있어서 내가 다 챙겨야돼', '응 혼자 감당하는 느낌이야', '회사에 휴가 내야하는데 눈치보여ㅠ']);
    for (const r of rs.slice(2)) {
      expect(r.intent).not.toBe('life:bereavement');
      expect(r.reply).not.toMatch(/그분께|그분과 함께한|떠나보낸|슬픔이 가장 크게/u);
    }
  });

  it('an earlier pregnancy loss inside a pregnancy now is the worry it casts', async () => {
    expect(pastLossInPregnancy('작년에 한번 유산했었어. 그래서 12주까지는 조심하래', ['나 임신했어ㅠㅠ 7주래'])).toBe(true);
    expect(pastLossInPregnancy('전에 유산한 적이 있어서 무서워요', ['임신 8주예요'])).toBe(true);
    expect(pastLossInPregnancy('어제 유산했어요', ['나 임신했어'])).toBe(false);
    expect(pastLossInPregnancy('작년에 한번 유산했었어', ['요즘 회사가 바빠'])).toBe(false);
    const rs = await talkThrough(engine(), ['나 임신했어ㅠㅠ 7주래', '결혼하고 2년동안 기다렸거든', '작년에 한번 유산했었어. 그래서 12주까지는 조심하래']);
    expect(rs[2]!.reply).toBe(PAST_LOSS_REPLIES[0]);
  });
});

describe('names in the engine (fake model)', () => {
  it('an ex named bare is kept and tied back to the break-up, once', async () => {
    const rs = await talkThrough(engine(), ['나 어제 헤어졌어', '3년 사귄 민지랑 헤어졌어요', '요즘 잠이 안 와요', '근데 오늘 민지가 먼저 연락 왔어요', '민지가 또 연락 왔어']);
    expect(memoOf(rs[1]!.state.memo).people.map((p) => p.name)).toContain('민지');
    expect(rs[3]!.reply).toMatch(/^헤어진 민지한테서 연락이 왔군요/u);
    expect(rs[4]!.reply).not.toMatch(/^헤어진 민지한테서/u);
  });
});

describe.skipIf(!realModelPresent())('session 38 care with the shipped model', () => {
  const shipped = useShippedChat();

  it("the caregiver's conversation: a plain question, then burnout support", async () => {
    const rs = await talkThrough(shipped().engine, [...CARE_STORY, '솔직히 가끔은 다 놓아버리고 싶어요', '그런 건 아니고 그냥 지쳐서요']);
    expect(CARE_CHECK_REPLIES).toContain(rs[4]!.reply);
    expect(rs[5]!.reply).toMatch(/치매안심센터/u);
  }, 60_000);

  it('the door locked after a fight with a mother', async () => {
    const rs = await talkThrough(shipped().engine, ['오늘 엄마랑 싸웠어요', '제 진로 얘기하다가요', '제 말을 하나도 안 들어줘요', '방에 들어와서 문 잠갔어요']);
    expect(WITHDREW_REPLIES).toContain(rs[3]!.reply);
  }, 60_000);

  it('민지, told bare, comes back by name', async () => {
    const rs = await talkThrough(shipped().engine, ['나 어제 헤어졌어', '3년 사귄 민지랑. 홍대 카페에서 만나서 얘기했는데 걔가 먼저 그만하자고 하더라', '밤에 잠이 안 와', '다시 민지 얘기로 돌아가면, 연락해볼까 고민 중이야']);
    expect(rs[3]!.reply).toMatch(/^민지한테 다시 연락해 볼지/u);
  }, 60_000);
});
