/**
 * Session 43 (answers): the turn right after the bot asked something, or a short turn that adds one
 * concrete detail, is said back instead of met with a stock line (answer-echo.ts `answerCause`,
 * situation-turns.ts `detailTurn`; intent-guards.ts `storyLacks`).
 */
import { describe, expect, it } from 'vitest';
import { answerCause, causeLine } from '../../src/chat/answer-echo';
import { storyLacks } from '../../src/chat/intent-guards';
import { detailTurn, expectationTold, notHeard, onlookersSilent, partMissed, pastFailureAhead, preparedButUnsure, situationTurn } from '../../src/chat/situation-turns';
import { loadCorpus } from '../../scripts/dialogue/corpus';
import { realModelPresent, talkThrough, useShippedChat } from './helpers';

const ASKED_WHAT = '가장 가까운 사이라 다툼이 이어지면 집 안 공기부터 무거워지지요. 주로 어떤 일로 부딪혀요?';
const ASKED_WHY = '떠나고 싶은 마음과 현실적인 걱정 사이에서 줄다리기하는 게 정말 지치죠. 지금 발목을 잡는 가장 큰 이유는 뭐예요?';
const ASKED_OTHER = '오늘 하루는 어떻게 흘러가고 있어요?';
const ctx = (story: string[], lastReply = '', used: string[] = []) => ({ story, glad: false, heavy: true, lastReply, used });

describe('a cause told in answer to the bot’s why or what (answerCause)', () => {
  it('finds the cause, how it was marked and whether it holds the user back', () => {
    const cases: Array<[string, string, string, string, boolean]> = [
      ['애 교육 문제로', ASKED_WHAT, '애 교육', 'problem', false],
      ['시댁 문제로요', ASKED_WHAT, '시댁', 'problem', false],
      ['돈 문제 때문에요', ASKED_WHAT, '돈', 'problem', false],
      ['주로 돈 때문에', ASKED_WHAT, '돈', 'because', false],
      ['회사 일로', ASKED_WHAT, '회사', 'problem', false],
      ['돈 문제지 뭐', ASKED_WHAT, '돈', 'problem', false],
      ['성적 때문인 것 같아', ASKED_WHY, '성적', 'because', false],
      ['근데 대출 때문에 그만둘 수도 없어', ASKED_WHY, '대출', 'because', true],
      ['애들 때문에 이혼도 못 해', ASKED_WHY, '애들', 'because', true],
      ['장남이라서', ASKED_WHY, '장남', 'being', false],
      ['막내라서요', ASKED_WHY, '막내', 'being', false],
    ];
    for (const [text, asked, cause, marker, blocked] of cases) {
      const told = answerCause(text, asked);
      expect(told, text).not.toBeNull();
      expect([told!.cause, told!.marker, told!.blocked], text).toEqual([cause, marker, blocked]);
    }
  });

  it('says it back in plain 해요체', () => {
    expect(causeLine(answerCause('애 교육 문제로', ASKED_WHAT)!)).toBe('아, 애 교육 문제였군요.');
    expect(causeLine(answerCause('대출 때문에', ASKED_WHY)!)).toBe('아, 대출 때문이었군요.');
    expect(causeLine(answerCause('회사 일로', ASKED_WHAT)!)).toBe('아, 회사 일이었군요.');
    expect(causeLine(answerCause('장남이라서', ASKED_WHY)!)).toBe('아, 장남이라서 그랬군요.');
  });

  it('is no cause: the user or the bot, vague words, a clause, a verb, no question asked, a sentence after another question', () => {
    const none: Array<[string, string]> = [
      ['나 때문에', ASKED_WHAT],
      ['너 때문에', ASKED_WHAT],
      ['그냥 여러 가지 때문에', ASKED_WHAT],
      ['그냥 사소한 거 때문에', ASKED_WHAT],
      ['일이 많아서', ASKED_WHY],
      ['몰라서', ASKED_WHY],
      ['아니라서', ASKED_WHY],
      ['애 교육 문제로', '그랬군요. 많이 힘들었겠어요.'],
      ['시험 때문에', '그랬군요. 오늘은 푹 쉬어요.'],
      ['대출 때문에 그만둘 수도 없어', ASKED_OTHER],
      ['돈 때문에 그만두고 싶어', ASKED_WHY],
      ['시험 때문에 잘 수 있을까?', ASKED_WHY],
    ];
    for (const [text, asked] of none) expect(answerCause(text, asked), text).toBeNull();
  });
});

describe('a cause said back with a question that goes on (detailTurn)', () => {
  it('in a quarrel: what they clash over, not asked again what it was', () => {
    const turn = detailTurn('애 교육 문제로', ctx(['남편이랑 또 싸웠어'], ASKED_WHAT));
    expect(turn?.reply).toMatch(/^아, 애 교육 문제였군요\./u);
    expect(turn?.reply).toMatch(/생각이 엇갈려요\?$/u);
    expect(turn?.reply).not.toMatch(/어떤 일로|이유/u);
  });
  it('held back by it: the bind is said back, not asked again what holds them', () => {
    for (const text of ['근데 대출 때문에 그만둘 수도 없어', '애들 때문에 그만두지도 못해', '빚 때문에 어쩔 수가 없어']) {
      const turn = detailTurn(text, ctx(['회사 그만두고 싶다 진짜'], ASKED_WHY));
      expect(turn?.reply, text).toMatch(/때문에 쉽게 움직일 수가 없는 거군요/u);
      expect(turn?.reply, text).not.toMatch(/가장 걱정되는|발목을 잡는|이유는/u);
    }
  });
  it('an everyday reason in a story with no weight is left to the other replies', () => {
    expect(detailTurn('과제 마감이라서요', { story: ['어제 밤을 새웠어요'], glad: false, heavy: false, lastReply: '밤을 새운 다음 날은 몸이 먼저 알아요. 오늘 밤엔 몇 시쯤 잘 수 있을 것 같아요?', used: [] })).toBeNull();
    expect(detailTurn('과제 마감이라서요', { story: ['어제 밤을 새웠어요'], glad: false, heavy: false, lastReply: '왜 밤을 새웠어요?', used: [] })).toBeNull();
  });
  it('elsewhere: said back, then whether they carry it alone', () => {
    const turn = detailTurn('성적 때문에요', ctx(['요즘 잠이 안 와'], '잠이 안 오는 밤은 길죠. 뭐 때문에 그런 것 같아요?'));
    expect(turn?.reply).toMatch(/^아, 성적 때문이었군요\./u);
    expect(turn?.reply).toMatch(/혼자 지고 있어요/u);
  });
});

describe('the part of a failure named (partMissed)', () => {
  it('finds the part after a failure told', () => {
    const cases: Array<[string[], string, string]> = [
      [['시험 망쳤어'], '수학을 완전 망함', '수학'],
      [['모의고사 또 망했어'], '영어가 특히 망했어', '영어'],
      [['기말 망했다'], '특히 과학 다 틀렸어', '과학'],
      [['중간고사 완전 망함 ㅠㅠ'], '국어는 아예 말아먹음', '국어'],
      [['오늘 면접 완전 망했어'], '마지막 질문에서 망했어', '마지막 질문'],
    ];
    for (const [story, text, part] of cases) expect(partMissed(text, story), text).toBe(part);
  });
  it('is no part: the whole named again, no failure before, a subject that went well, a worry, a question', () => {
    const none: Array<[string[], string]> = [
      [['시험 망쳤어'], '시험 완전 망함'],
      [['오늘 면접 떨어졌어'], '면접 완전 망함'],
      [['오늘 학교 갔다 왔어'], '수학을 완전 망함'],
      [['시험 망쳤어'], '국어는 잘 봤어'],
      [['시험 망쳤어'], '수학 망하면 어떡하지'],
      [['시험 망쳤어'], '수학 망했을까?'],
      [['시험 망쳤어'], '오늘 완전 망함'],
    ];
    for (const [story, text] of none) expect(partMissed(text, story), text).toBeNull();
  });
  it('says the part back, and asks about it', () => {
    const turn = detailTurn('수학을 완전 망함', ctx(['시험 망쳤어'], '시험 끝나고 오늘은 어떻게 보내고 있어요?'));
    expect(turn?.reply).toMatch(/^특히 수학이 아쉽게 됐군요\./u);
    expect(turn?.reply).toMatch(/수학은 평소에도 어려웠던 과목이에요/u);
  });
});

describe('someone’s expectation told (expectationTold)', () => {
  it('finds who expected, with honorifics for parents and teachers', () => {
    const cases: Array<[string, string, boolean]> = [
      ['엄마가 기대 엄청 하셨거든', '엄마가', true],
      ['부모님 기대가 커서', '부모님이', true],
      ['아빠가 나한테 기대가 크셔', '아빠가', true],
      ['선생님이 기대 많이 하셨는데', '선생님이', true],
      ['다들 나한테 기대하는데', '주변에서', false],
      ['친구들이 기대를 많이 했어', '친구들이', false],
    ];
    for (const [text, subj, hon] of cases) {
      const who = expectationTold(text);
      expect(who, text).not.toBeNull();
      expect([who!.subj, who!.hon], text).toEqual([subj, hon]);
    }
  });
  it('is none: no expectation, one’s own excitement, leaning on someone, one’s own hope of another, a question', () => {
    for (const text of ['엄마는 기대도 안 하셨어', '내일 여행 기대돼', '엄마가 기대된대', '친구한테 기대했는데 실망했어', '남편한테 기대고 싶어', '엄마가 기대하실까?', '기대 안 해'])
      expect(expectationTold(text), text).toBeNull();
  });
  it('after a failure: the weight of letting them down, in the tense it was told', () => {
    const past = detailTurn('엄마가 기대 엄청 하셨거든', ctx(['시험 망쳤어', '수학을 완전 망함'], '말했을 때 어떤 반응이 제일 걱정돼요?'));
    expect(past?.reply).toMatch(/^엄마가 기대를 많이 하셨던 만큼, 결과 자체보다 실망하실까 봐/u);
    const now = detailTurn('아빠가 나한테 기대가 크셔', ctx(['모의고사 또 망했어']));
    expect(now?.reply).toMatch(/^아빠가 기대를 많이 하시는 만큼/u);
  });
  it('does not ask for the words wished for twice', () => {
    const turn = detailTurn('엄마가 기대 엄청 하셨거든', ctx(['시험 망쳤어'], '마음이 정말 무겁게 느껴졌겠어요. 요즘 누군가에게 가장 듣고 싶은 말이 있다면 뭐예요?'));
    expect(turn?.reply).not.toMatch(/듣고 싶은 말/u);
  });
  it('before anything went wrong: the weight of it, not a failure presumed', () => {
    const turn = detailTurn('부모님 기대가 커서 부담돼', ctx(['다음주에 수능이야']));
    expect(turn?.reply).toMatch(/^부모님의 기대가 큰 만큼/u);
    expect(turn?.reply).not.toMatch(/실망|채우지 못했/u);
  });
});

describe('a past failure of the same kind before an event ahead (pastFailureAhead)', () => {
  it('finds when and what went wrong, and the event ahead', () => {
    const cases: Array<[string[], string, string, string, string]> = [
      [['내일 면접인데 너무 떨려', '준비는 했는데 자신이 없어'], '작년에도 면접에서 떨어졌거든', '작년에 떨어진', '내일', '면접'],
      [['다음주에 발표 있어'], '지난번 발표 때 머리가 하얘졌었거든', '지난번에 머리가 하얘진', '다음 주', '발표'],
      [['모레 운전면허 시험 봐'], '전에도 한 번 떨어졌어', '전에 떨어진', '모레', '운전면허'],
      [['내일 오디션이야'], '재작년에 오디션 망쳤었어', '재작년에 망친', '내일', '오디션'],
    ];
    for (const [story, text, said, ahead, event] of cases) {
      const p = pastFailureAhead(text, story);
      expect(p, text).not.toBeNull();
      const reply = detailTurn(text, ctx(story))!.reply;
      expect(reply, text).toContain(`${said} 적이 있으니, ${ahead} ${event}`);
      expect(reply, text).toMatch(/이번에는 뭐가 달라졌어요\?$/u);
    }
  });
  it('is none: it went well then, no event ahead, a failure just now, a question', () => {
    const none: Array<[string[], string]> = [
      [['내일 면접이야'], '작년엔 붙었었어'],
      [['내일 면접이야'], '작년에 떨어질 뻔했는데 결국 합격했어'],
      [['오늘 날씨 좋다'], '작년에도 면접에서 떨어졌거든'],
      [['내일 면접이야'], '오늘 서류 떨어졌어'],
      [['내일 면접이야'], '작년에도 떨어지면 어쩌지?'],
    ];
    for (const [story, text] of none) expect(pastFailureAhead(text, story), text).toBeNull();
  });
});

describe('prepared but unsure before an event ahead (preparedButUnsure)', () => {
  it('names what was prepared when an event ahead was told', () => {
    const cases: Array<[string[], string, string]> = [
      [['내일 면접인데 너무 떨려'], '준비는 했는데 자신이 없어', '준비'],
      [['다음 주 발표야'], '연습 많이 했는데도 확신이 안 서', '연습'],
      [['모레 시험이야'], '공부는 나름 열심히 했지만 불안해', '공부'],
      [[], '내일 시험인데 공부는 할 만큼 했는데 막상 자신이 없네', '공부'],
      [['이번 주말에 대회 나가'], '연습은 해 뒀는데 여전히 떨려', '연습'],
    ];
    for (const [story, text, kind] of cases) expect(preparedButUnsure(text, story), text).toBe(kind);
  });
  it('is none without an event ahead, when sure, or as a question', () => {
    const cases: Array<[string[], string]> = [
      [[], '준비는 했는데 자신이 없어'],
      [['요즘 회사 일이 많아'], '준비는 했는데 자신이 없어'],
      [['내일 면접이야'], '준비 다 했어 자신 있어'],
      [['내일 면접이야'], '준비는 했는데 자신이 없으면 어떡해?'],
      [['어제 시험 봤어'], '공부는 했는데 망했어'],
    ];
    for (const [story, text] of cases) expect(preparedButUnsure(text, story), text).toBeNull();
  });
  it('the reply says back what was prepared, with the right particle', () => {
    expect(detailTurn('준비는 했는데 자신이 없어', ctx(['내일 면접인데 너무 떨려']))?.reply).toMatch(/^준비는 해 뒀는데도/u);
    expect(detailTurn('연습 많이 했는데도 확신이 안 서', ctx(['다음 주 발표야']))?.reply).toMatch(/^연습은 해 뒀는데도/u);
  });
});

describe('others who saw and said nothing (onlookersSilent)', () => {
  it('finds the silent onlookers of a wrong', () => {
    const cases: Array<[string[], string]> = [
      [['팀장님이 회의에서 내 아이디어를 자기 거처럼 발표했어'], '동료들은 다 알면서 아무 말도 안 해'],
      [['반에서 애들이 나 놀렸어'], '친구들도 다 보고도 모른 척했어'],
      [['선배한테 회의 때 욕먹었어'], '옆에 있던 사람들도 가만히 있었어'],
      [['부장님이 나한테만 소리 질렀어'], '아무도 편 안 들어줬어'],
      [['오늘 회사에서 억울한 일 있었어'], '다들 뻔히 알면서 모른 척해'],
    ];
    for (const [story, text] of cases) expect(onlookersSilent(text, story), text).not.toBeNull();
  });
  it('is none: a kind silence, the user’s own silence, no wrong and no witness, a restless child, a question', () => {
    const none: Array<[string[], string]> = [
      [['오늘 너무 힘들었어'], '친구들은 아무 말 없이 안아줬어'],
      [['팀장님한테 혼났어'], '동료들은 아무 말 없이 들어줬어'],
      [['팀장님이 소리 질렀어'], '나도 아무 말도 못 했어'],
      [['오늘 단톡방 조용하네'], '친구들이 아무 말도 안 해'],
      [['애들 데리고 마트 갔어'], '사람들 앞에서 애들이 가만히 있질 않아'],
      [['팀장님이 소리 질렀어'], '다들 왜 아무 말도 안 할까?'],
    ];
    for (const [story, text] of none) expect(onlookersSilent(text, story), text).toBeNull();
  });
  it('says back being alone in it', () => {
    const turn = detailTurn('동료들은 다 알면서 아무 말도 안 해', ctx(['팀장님이 회의에서 내 아이디어를 자기 거처럼 발표했어', '너무 억울해']));
    expect(turn?.reply).toMatch(/^동료들이 다 알면서도 아무 말 하지 않으니, 그 자리에 나 혼자/u);
    expect(turn?.mood).toBe('hurt');
  });
});

describe('a grown-up who does not listen (notHeard)', () => {
  it('finds who', () => {
    for (const [text, who] of [
      ['남편은 내 말을 하나도 안 들어', '남편'],
      ['아내는 제 말을 전혀 안 들어요', '아내'],
      ['엄마는 내 얘기를 듣지도 않아', '엄마'],
      ['팀장님은 내 말을 귓등으로 들어', '팀장님'],
    ] as const)
      expect(notHeard(text), text).toBe(who);
  });
  it('is none: a child who does not do as told, a question, the user not listening', () => {
    for (const text of ['애가 말을 안 들어', '우리 애는 내 말을 하나도 안 들어', '남편은 왜 내 말을 안 들을까?', '나는 남편 말을 안 들어']) expect(notHeard(text), text).toBeNull();
  });
  it('in a story of in-laws the intent written for it answers instead', () => {
    expect(detailTurn('남편은 내 말을 하나도 안 들어', ctx(['시어머니가 또 살림에 간섭하셔']))).toBeNull();
    expect(detailTurn('남편은 내 말을 하나도 안 들어', ctx(['남편이랑 또 싸웠어', '애 교육 문제로']))?.reply).toMatch(/^남편분이 내 말을 들어 주지 않으면/u);
  });
});

describe('a detail is said back once', () => {
  it('the same reply is not given twice', () => {
    const first = situationTurn('동료들은 다 알면서 아무 말도 안 해', ctx(['팀장님이 내 아이디어를 가로챘어']));
    expect(first).not.toBeNull();
    expect(situationTurn('동료들은 다 알면서 아무 말도 안 해', ctx(['팀장님이 내 아이디어를 가로챘어'], '', [first!.id]))).toBeNull();
  });
});

describe('the spouse who sides with the parents waits for a parent or an in-law (storyLacks)', () => {
  const id = 'marriage_spouse_sides_with_parents';
  it('held back when neither the turn nor the story names one', () => {
    expect(storyLacks(id, '남편은 내 말을 하나도 안 들어', ['남편이랑 또 싸웠어', '애 교육 문제로'])).toBe(true);
    expect(storyLacks(id, '아내가 내 말을 무시해', ['요즘 아내랑 자주 다퉈'])).toBe(true);
  });
  it('answers when the story told one, or a side not taken', () => {
    expect(storyLacks(id, '남편은 내 말을 하나도 안 들어', ['시어머니가 또 간섭하셔'])).toBe(false);
    expect(storyLacks(id, '남편은 늘 시댁 편', [])).toBe(false);
    expect(storyLacks(id, '와이프가 장모님 말만 들어', [])).toBe(false);
    expect(storyLacks(id, '남편은 한 번도 내 편을 안 들어줘', [])).toBe(false);
    expect(storyLacks('marriage_money_fight', '남편은 내 말을 하나도 안 들어', [])).toBe(false);
  });
  it('holds back no example or held-out line of the intent', () => {
    const it_ = loadCorpus().intents.find((i) => i.id === id)!;
    expect([...it_.examples, ...it_.heldout].filter((t) => storyLacks(id, t, []))).toEqual([]);
  });
});

describe.skipIf(!realModelPresent())('short answers said back (shipped model)', () => {
  const shipped = useShippedChat();
  const STOCK = /마음이 정말 무겁게 느껴졌겠어요|참느라 정말 힘들었겠어요|이런저런 생각이 겹쳐서|이야기해 줘서 고마워요\. 지금은|그 마음, 충분히 이해돼요|많이 속상했겠어요\. 지금 곁에/u;
  const play = async (lines: string[]) => (await talkThrough(shipped().engine, lines)).map((r) => r.reply);

  it('the probes of the brief', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['남편이랑 또 싸웠어', '애 교육 문제로'], /애 교육/u],
      [['회사 그만두고 싶다 진짜', '근데 대출 때문에 그만둘 수도 없어'], /대출 때문에/u],
      [['시험 망쳤어', '수학을 완전 망함'], /수학/u],
      [['시험 망쳤어', '수학을 완전 망함', '엄마한테 뭐라고 말하지', '엄마가 기대 엄청 하셨거든'], /엄마가 기대를 많이 하셨던/u],
      [['내일 면접인데 너무 떨려', '준비는 했는데 자신이 없어', '작년에도 면접에서 떨어졌거든'], /작년에 떨어진 적이 있으니, 내일 면접/u],
      [['팀장님이 회의에서 내 아이디어를 자기 거처럼 발표했어', '너무 억울해', '동료들은 다 알면서 아무 말도 안 해'], /동료들이 다 알면서도 아무 말 하지 않으니/u],
    ];
    for (const [lines, said] of cases) {
      const last = (await play(lines)).at(-1)!;
      expect(last, lines.at(-1)).toMatch(said);
      expect(last, lines.at(-1)).not.toMatch(STOCK);
    }
  }, 180_000);

  it('other phrasings', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['요즘 아내랑 자주 다퉈', '돈 문제 때문에요'], /^아, 돈 문제였군요/u],
      [['회사 다니기 너무 싫다', '애들 때문에 그만두지도 못해'], /애들 때문에 쉽게 움직일 수가 없는/u],
      [['모의고사 또 망했어', '영어가 특히 망했어'], /특히 영어가/u],
      [['다음주에 발표 있어', '지난번 발표 때 머리가 하얘졌었거든'], /지난번에 머리가 하얘진 적이 있으니/u],
      [['반에서 애들이 나 놀렸어', '친구들도 다 보고도 모른 척했어'], /친구들이 다 보고도/u],
      [['내일 면접인데 너무 떨려', '준비는 했는데 자신이 없어'], /^준비는 해 뒀는데도 마음이 놓이지 않는군요/u],
      [['다음 주에 피아노 대회 나가', '연습은 많이 했는데 막상 자신이 없어'], /^연습은 해 뒀는데도/u],
    ];
    for (const [lines, said] of cases) expect((await play(lines)).at(-1), lines.at(-1)).toMatch(said);
  }, 180_000);

  it('no in-law intent for a husband who does not listen when no in-law was named', async () => {
    const turns = await talkThrough(shipped().engine, ['남편이랑 또 싸웠어', '애 교육 문제로', '남편은 내 말을 하나도 안 들어']);
    expect(turns.at(-1)!.intent).not.toBe('marriage_spouse_sides_with_parents');
    expect(turns.at(-1)!.reply).not.toMatch(/조율|배우자/u);
    const inLaws = await talkThrough(shipped().engine, ['시어머니가 우리 집 살림에 자꾸 간섭하셔', '남편은 시어머니 편만 들어']);
    expect(inLaws.at(-1)!.intent).toBe('marriage_spouse_sides_with_parents');
  }, 120_000);
});
