/**
 * Warning signs without words of dying, and what follows a crisis reply (src/chat/warning-signs.ts,
 * src/chat/safety-check.ts): session 31's helpers found a farewell told in calm words cheered
 * ("듣는 제 마음까지 환해지는 소식이에요"), "ㅇㅇ 자주" after the help lines taken as small talk, and
 * "방법이 없을까요" about a parent's debts answered with the crisis reply.
 */
import { describe, expect, it } from 'vitest';
import { createChatEngine } from '../../src/chat/engine';
import { ruleCheck } from '../../src/chat/safety';
import { AFTER_CRISIS_NO_PLAN_REPLIES, AFTER_CRISIS_NO_REPLIES, AFTER_CRISIS_YES_REPLIES, PHONE_FEAR_REPLIES, SAFETY_HOW_REPLIES, WARNING_SIGN_NO_REPLIES } from '../../src/chat/safety-check';
import { showsWarningSigns, WARNING_SIGN_REPLIES } from '../../src/chat/warning-signs';
import { fakeAnalyze, fakeIndex, talkThrough } from './helpers';
import { loadCorpus } from '../../scripts/dialogue/corpus';

const engine = () => createChatEngine({ analyze: fakeAnalyze, index: fakeIndex(), seed: 2 });
const talk = (lines: string[]) => talkThrough(engine(), lines);

describe('warning signs', () => {
  it('are seen when two of them come together, this turn bringing one', () => {
    expect(showsWarningSigns('물건들도 다 정리하고 친구들한테 고마웠다고 연락 다 돌렸어', ['오래 고민하던거 결정했거든'])).toBe(true);
    expect(showsWarningSigns('친구들한테 고마웠다고 문자 다 보냈어', ['요즘 마음이 엄청 편해졌어'])).toBe(true);
    expect(showsWarningSigns('마지막으로 좋아하는 노래나 듣고 싶다', ['아끼던 옷이랑 책 다 나눠줬어'])).toBe(true);
    expect(showsWarningSigns('아끼던 물건 다 나눠줬어'.normalize('NFD'), ['마음 정했어'])).toBe(true);
    // A second helper's round (session 31): each of these had got joy or small talk.
    expect(showsWarningSigns('다들 잘 지내 그동안 고마웠어', [])).toBe(true);
    expect(showsWarningSigns('엄마 아빠한테 그동안 미안했다고 편지 써놨어', [])).toBe(true);
    expect(showsWarningSigns('이제 아무 걱정 없어', ['친구한테 우리 고양이 좀 맡아달라고 했어', '통장이랑 비번 같은것도 다 적어서 책상에 놔뒀고'])).toBe(true);
    expect(showsWarningSigns('이제 필요 없을 것 같아서요', ['방도 치우고 아끼던 기타도 친구한테 줬어요'])).toBe(true);
  });

  it('are not seen in one sign alone, in a calm decision, or in everyday life', () => {
    expect(showsWarningSigns('친구들한테 고마웠다고 연락 돌렸어', [])).toBe(false);
    expect(showsWarningSigns('결정했더니 마음이 편해졌어', [])).toBe(false);
    expect(showsWarningSigns('마지막으로 치킨 먹고 싶다', [])).toBe(false);
    expect(showsWarningSigns('친구들한테 그동안 고마웠다고 인사했어', ['이사 가려고 물건 다 정리했어'])).toBe(false);
    expect(showsWarningSigns('졸업식 끝나고 교수님들께 그동안 고마웠다고 인사 다 했어', ['마음이 편해졌어'])).toBe(false);
    expect(showsWarningSigns('퇴사하면서 짐 다 정리했어', ['오래 고민하던거 결정했거든'])).toBe(false);
    // Everyday life anywhere in the window: a last day at work (it had got the check-in).
    expect(showsWarningSigns('팀 사람들한테 그동안 고마웠다고 인사 다 하고 나왔어요', ['오늘이 마지막 출근날이었어요', '책상에 있던 물건들 다 정리했고요'])).toBe(false);
    expect(showsWarningSigns('여행 가는 동안 고양이 친구한테 맡겼어', ['마음이 편해졌어'])).toBe(false);
  });

  it('get the direct question and the help line, then relief when the answer is no', async () => {
    const [calm, decided, signs, no] = await talk(['요즘 마음이 엄청 편해졌어', '오래 고민하던거 결정했거든', '물건들도 다 정리하고 친구들한테 고마웠다고 연락 다 돌렸어', '아니 그런건 아니야']);
    expect(calm!.safety).toBeNull();
    expect(decided!.safety).toBeNull();
    expect(signs!.kind).toBe('safety');
    expect(signs!.safety).toBe('suicide');
    expect(WARNING_SIGN_REPLIES).toContain(signs!.reply);
    expect(signs!.reply).toContain('109');
    expect(WARNING_SIGN_NO_REPLIES).toContain(no!.reply);
  });
});

describe('after the crisis reply', () => {
  it('stays with the risk when the user says yes, and still takes the thoughts seriously when they say no plan', async () => {
    const [crisis, yes] = await talk(['요즘 죽고 싶다는 생각이 자꾸 들어', 'ㅇㅇ 자주']);
    expect(crisis!.kind).toBe('safety');
    expect(AFTER_CRISIS_YES_REPLIES).toContain(yes!.reply);
    expect(yes!.safety).toBe('suicide');
    // No plan, the thoughts still there: taken seriously.
    const [, noPlan] = await talk(['요즘 죽고 싶다는 생각이 자꾸 들어', '아니 뭐 진짜 그러겠다는건 아니고요.. 그냥 그런 생각이 든다고요']);
    expect(AFTER_CRISIS_NO_PLAN_REPLIES).toContain(noPlan!.reply);
    expect(noPlan!.reply).toContain('109');
    // A plain no: believed, and 109 left for later.
    const [, no] = await talk(['요즘 죽고 싶다는 생각이 자꾸 들어', '아니 그런건 아니고']);
    expect(AFTER_CRISIS_NO_REPLIES).toContain(no!.reply);
    expect(no!.reply).toContain('109');
  });

  it('answers "어떻게 해야 돼" with what helps and where to turn', async () => {
    const turns = await talk(['요즘 죽고 싶다는 생각이 자꾸 들어', '모르겠어 그냥 다 귀찮아', '그럼 어떻게 해야 돼']);
    expect(SAFETY_HOW_REPLIES).toContain(turns[2]!.reply);
    expect(turns[2]!.reply).not.toMatch(/종이에 적어|하룻밤/u);
    // Fear of calling gets another way in, not a task-sorting template (session 31).
    const [, , fear] = await talk(['요즘 죽고 싶다는 생각이 자꾸 들어', '네..', '전화는 좀 무서워요']);
    expect(PHONE_FEAR_REPLIES).toContain(fear!.reply);
    // Right after a new story an intent took up, "어떻게 해야 돼?" is that story's.
    const story = loadCorpus().intents.find((i) => i.id === 'work_boss_yelled_public')!.examples[0]!;
    const later = await talk(['요즘 죽고 싶다는 생각이 자꾸 들어', '아니 그런건 아니고', story, '어떻게 해야 돼?']);
    expect(later[2]!.kind).toBe('retrieval');
    expect(SAFETY_HOW_REPLIES).not.toContain(later[3]!.reply);
    // A no does not presume the thoughts ("생각이 드는 것만으로도…" had answered "아니 그런건 아니고").
    for (const r of AFTER_CRISIS_NO_REPLIES) expect(r).not.toMatch(/생각이 드는 것만으로도|그런 생각은 주로/u);
    // Not in a conversation where nothing of the kind was told.
    const [plain] = await talk(['그럼 어떻게 해야 돼']);
    expect(SAFETY_HOW_REPLIES).not.toContain(plain!.reply);
  });
});

describe('asking for a way out', () => {
  it('is not read as hopelessness, while having none still is', () => {
    const suicideHits = (t: string) => ruleCheck(t).hits.filter((h) => h.category === 'suicide');
    for (const t of ['방법이 없을까요', '다른 방법이 없나', '답이 없을까']) expect(suicideHits(t), t).toEqual([]);
    for (const t of ['방법이 없어', '이젠 답이 없다']) expect(suicideHits(t).length, t).toBeGreaterThan(0);
  });
});
