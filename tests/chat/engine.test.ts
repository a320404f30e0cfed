import { describe, expect, it } from 'vitest';
import { tiredLeads } from '../../src/chat/tiredness';
import { SMALL_RELIEF_REFLECTIONS } from '../../src/chat/relief';
import { asksReassurance } from '../../src/chat/asks-reassurance';
import { showsAnger } from '../../src/chat/feeling-words';
import { createChatEngine, DEFAULT_GAUGE_THRESHOLD, echoes, FEELING_TOPICS, INTENT_HINT_PROB, REQUEST_MIN_GAUGE, SHORT_HINT_MIN_CHARS, SHORT_HINT_PROB, THREAD_SWITCH_PROB, TURNED_MIN_PROB, WEAK_READING_PROB } from '../../src/chat/engine';
import { IntentSearch } from '../../src/chat/retrieval';
import { UNSURE_QUESTIONS, UNSURE_REFLECTIONS } from '../../src/chat/unsure';
import { EMOTIONS, mixFromArray } from '../../src/ml/emotions';
import { loadCorpus } from '../../scripts/dialogue/corpus';
import type { ConversationState, TurnResult } from '../../src/chat/types';
import { meaningfulLength, MAX_MESSAGE_CHARS } from '../../src/ml/text';
import { fakeAnalyze, fakeEmotions, fakeIndex } from './helpers';
import { askedTopics, presumesSomeone, toldTopics } from '../../src/chat/topics';
import { WORDLESS_REFLECTIONS } from '../../src/chat/wordless';
import { GUILT_QUESTIONS, GUILT_REFLECTIONS, speaksGuilt } from '../../src/chat/guilt';
import { FOREIGN_GREETING_REPLIES, FOREIGN_LANGUAGE_REPLIES } from '../../src/chat/language';
import {
  answerToCheckIn,
  CHECK_IN_LONELY_NO_REPLIES,
  CHECK_IN_LONELY_REPLIES,
  CHECK_IN_NO_REPLIES,
  CHECK_IN_REPLIES,
  CHECK_IN_UNSURE_REPLIES,
  OTHERS_AT_RISK_REPLIES,
  SUICIDE_LOSS_REPLIES,
  toldOthersAtRisk,
  toldSuicideLoss,
} from '../../src/chat/safety-check';
import type { EmotionId } from '../../src/ml/emotions';
import { notToldTonight, presumesTonight } from '../../src/chat/topics';
import { UNTOLD_EVENT_REPLIES } from '../../src/chat/untold-event';

const index = fakeIndex();
const engine = (opts: { gaugeThreshold?: number; seed?: number } = {}) => createChatEngine({ analyze: fakeAnalyze, index, seed: 7, ...opts });

async function talk(lines: string[], e = engine()): Promise<TurnResult[]> {
  let state = e.newConversation();
  const out: TurnResult[] = [];
  for (const line of lines) {
    const r = await e.reply(state, line);
    state = r.state;
    out.push(r);
  }
  return out;
}

const HELP_SUICIDE = ['109', '1577-0199'];
const HELP_VIOLENCE = ['112', '1366'];

describe('chat engine', () => {
  it('answers an example utterance from its intent (retrieval) and a greeting as meta', async () => {
    const [a, b] = await talk(['잠이 안 와', '안녕하세요']);
    expect(a!.kind).toBe('retrieval');
    expect(a!.intent).toBe('life_sleep_insomnia');
    expect(index.intents.find((i) => i.id === 'life_sleep_insomnia')!.replies).toContain(a!.reply);
    expect(b!.kind).toBe('meta');
    expect(b!.intent).toMatch(/^meta_greeting/);
  });

  // "오늘 좀 힘들었어" got "그 이야기 더 궁금해지네요. 그 이야기 조금 더 들려줄래요?" (session 19).
  it('does not follow a reflection with a question that echoes its phrase', async () => {
    expect(echoes('그 이야기 더 궁금해지네요.', '그 이야기 조금 더 들려줄래요?')).toBe(true);
    expect(echoes('그 이야기, 잘 들었어요.', '그 이야기를 하면서 어떤 기분이 들어요?')).toBe(true);
    expect(echoes('그 이야기 더 궁금해지네요.', '오늘 하루는 어떻게 보내고 있어요?')).toBe(false);
    const lines = Array.from({ length: 30 }, (_, i) => `음 그러니까 ${'뭐랄까 '.repeat(i % 3)}말로 하기 어려운 그런 거 ${i}`);
    for (const seed of [1, 2, 3, 4, 5]) {
      for (const r of await talk(lines, engine({ seed }))) {
        if (r.kind !== 'followup') continue;
        const [reflection, question] = r.reply.split(/(?<=[.!])\s+(?=[^\s]+[^.!]*\?$)/u);
        if (question) expect(echoes(reflection!, question), r.reply).toBe(false);
      }
    }
  });

  it('never repeats a reply within a conversation, even when the same thing is said again and again', async () => {
    const results = await talk(Array.from({ length: 40 }, () => '잠이 안 와'));
    const replies = results.map((r) => r.reply);
    expect(new Set(replies).size).toBe(replies.length);
    // The intent's replies are used first, then reflection + follow-up.
    expect(results[0]!.kind).toBe('retrieval');
    expect(results.at(-1)!.kind).toBe('followup');
  });

  it('reflects and asks a follow-up below the threshold, never the same question twice', async () => {
    const lines = Array.from({ length: 30 }, (_, i) => `음 그러니까 ${'뭐랄까 '.repeat(i % 3)}말로 하기 어려운 그런 거 ${i}`);
    const results = await talk(lines);
    const followups = results.filter((r) => r.kind === 'followup');
    expect(followups.length).toBeGreaterThan(20);
    const asked = results.at(-1)!.state.askedFollowups;
    expect(new Set(asked).size).toBe(asked.length);
    expect(new Set(followups.map((r) => r.reply)).size).toBe(followups.length);
    for (const r of followups) expect(r.reply).toMatch(/\?$/u);
  });

  it('does not ask the same question twice in other words, across emotions (src/chat/topics.ts)', async () => {
    const feelings = ['슬퍼', '불안', '서운', '화나', '창피', '우울', '걱정'];
    for (let seed = 1; seed <= 20; seed++) {
      const lines = feelings.flatMap((f, i) => [0, 1].map((j) => `음 그러니까 ${f} ${'뭐랄까 '.repeat((i + j) % 3)}말로 하기 어려운 그런 거 ${i}${j}`));
      const results = await talk(lines, engine({ seed }));
      const followups = results.filter((r) => r.kind === 'followup');
      expect(followups.length).toBeGreaterThanOrEqual(8);
      const seen = new Map<string, string>();
      for (const r of results) {
        for (const t of askedTopics(r.reply)) {
          expect(seen.get(t), `seed ${seed}: "${r.reply}" asks again what "${seen.get(t)}" asked (${t})`).toBeUndefined();
          seen.set(t, r.reply);
        }
      }
    }
  });

  it('does not ask about what the user has just told (sleep, confiding)', async () => {
    for (let seed = 1; seed <= 20; seed++) {
      const lines = [
        '음 그러니까 걱정 때문에 요즘 밤에 잠이 안 와서 말로 하기 어려운 그런 거',
        '음 그러니까 친구한테 말하기도 좀 그래서 슬퍼 말로 하기 어려운 그런 거',
        ...Array.from({ length: 8 }, (_, i) => `음 그러니까 ${i % 2 ? '불안' : '우울'} ${'뭐랄까 '.repeat(i % 3)}말로 하기 어려운 그런 거 ${i}`),
      ];
      const results = await talk(lines, engine({ seed }));
      results.forEach((r, i) => {
        if (r.kind !== 'followup') return;
        expect(askedTopics(r.reply), `seed ${seed}: "${r.reply}"`).not.toContain('sleep');
        if (i >= 1) expect(askedTopics(r.reply), `seed ${seed}: "${r.reply}"`).not.toContain('confided');
      });
      expect(results.at(-1)!.state.coveredTopics).toEqual(expect.arrayContaining(['sleep', 'confided']));
    }
  });

  it('asks about "그 사람" only once the user has brought someone in', async () => {
    const hurtLines = (tag: string) => Array.from({ length: 8 }, (_, i) => `음 그러니까 서운 ${'뭐랄까 '.repeat(i % 3)}말로 하기 어려운 그런 거 ${tag}${i}`);
    let presumed = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const alone = await talk(hurtLines('a'), engine({ seed }));
      for (const r of alone) if (r.kind === 'followup') expect(presumesSomeone(r.reply), `seed ${seed}: "${r.reply}"`).toBe(false);
      // Once a friend is in the story, those questions are back in the pool.
      const withFriend = await talk(['음 그러니까 친구가 약속을 또 잊어서 서운 말로 하기 어려운 그런 거', ...hurtLines('b')], engine({ seed }));
      presumed += withFriend.filter((r) => r.kind === 'followup' && presumesSomeone(r.reply)).length;
    }
    expect(presumed).toBeGreaterThan(20);
  });

  // "부모님이 내 진로를 반대하셔" was asked "그 일 이후로 그 사람과는 어떻게 지내고 있어요?" (session 20).
  it('does not call a parent "그 사람", while a friend still may be', async () => {
    const hurtLines = (who: string) => [`음 그러니까 ${who} 약속을 또 잊어서 서운 말로 하기 어려운 그런 거`, ...Array.from({ length: 8 }, (_, i) => `음 그러니까 서운 ${'뭐랄까 '.repeat(i % 3)}말로 하기 어려운 그런 거 b${i}`)];
    let stranger = 0;
    for (let seed = 1; seed <= 20; seed++) {
      for (const r of await talk(hurtLines('엄마가'), engine({ seed }))) {
        if (r.kind === 'followup') expect(r.reply, `seed ${seed}`).not.toMatch(/그\s?사람/u);
      }
      stranger += (await talk(hurtLines('친구가'), engine({ seed }))).filter((r) => r.kind === 'followup' && /그\s?사람/u.test(r.reply)).length;
    }
    expect(stranger).toBeGreaterThan(5);
  });

  it('meets a word-less turn in its tone: a laugh is not a hard feeling (src/chat/wordless.ts)', async () => {
    const cases: Array<[string, keyof typeof WORDLESS_REFLECTIONS, EmotionId]> = [
      ['ㅎㅎ', 'warm', 'joy'],
      ['😂😂', 'warm', 'joy'],
      ['👍', 'warm', 'joy'],
      ['ㅠㅠ', 'heavy', 'sadness'],
      ['😭', 'heavy', 'sadness'],
      ['😡😡', 'angry', 'anger'],
    ];
    // An engine that answers nothing from an intent, so every turn reaches the reflection.
    const closed = createChatEngine({ analyze: fakeAnalyze, index: { ...index, settings: { ...index.settings, threshold: 2 } }, seed: 7 });
    for (const [text, tone, emotion] of cases) {
      const [r] = await talk([text], closed);
      expect(r!.kind, text).toBe('followup');
      const line = WORDLESS_REFLECTIONS[tone].find((x) => r!.reply.startsWith(`${x} `));
      expect(line, `${text}: ${r!.reply}`).toBeDefined();
      expect(index.followups[emotion], `${text}: ${r!.reply}`).toContain(r!.reply.slice(line!.length + 1));
    }
  });

  // "화내고 나서 엄마 얼굴 보면 미안해서 눈물 나" read embarrassment (the taxonomy files guilt there) and
  // got "민망한 마음을 털어놔 줘서 고마워요. 시간이 지나면 이 일을 웃으며 이야기할 수 있을 것 같아요?".
  it('answers self-reproach as guilt, not as a mishap before others (src/chat/guilt.ts)', async () => {
    const closed = createChatEngine({ analyze: fakeAnalyze, index: { ...index, settings: { ...index.settings, threshold: 2 } }, seed: 7 });
    for (const text of ['화내고 나서 엄마 얼굴 보면 미안해서 눈물 나', '친구 생일 까먹은 게 너무 미안하고 창피해']) {
      const [r] = await talk([text], closed);
      expect(r!.kind, text).toBe('followup');
      const line = GUILT_REFLECTIONS.find((x) => r!.reply.startsWith(`${x} `));
      expect(line, `${text}: ${r!.reply}`).toBeDefined();
      expect(GUILT_QUESTIONS, `${text}: ${r!.reply}`).toContain(r!.reply.slice(line!.length + 1));
    }
    // A mishap is still a mishap, and joy is not reproach.
    const [mishap] = await talk(['회의에서 발표하다 말이 꼬여서 너무 창피했어'], closed);
    expect(index.reflections.embarrassment.some((x) => mishap!.reply.startsWith(`${x} `)), mishap!.reply).toBe(true);
    expect(speaksGuilt('동생이 나 때문에 힘이 난대', 'hurt')).toBe(false);
    expect(speaksGuilt('네 탓 아니야 너무 자책하지 마', 'sadness')).toBe(false);
    expect(speaksGuilt('누나 때문에 짜증나', 'anger')).toBe(false);
    expect(speaksGuilt('문제 탓에 늦었어', 'anxiety')).toBe(false);
    expect(speaksGuilt('강아지 아픈 걸 늦게 알아챈 게 다 내 탓 같아', 'embarrassment')).toBe(true);
    expect(speaksGuilt('강아지 아픈 걸 늦게 알아챈 게 다 내 탓 같아', 'anger')).toBe(false);
    // Someone else blaming the user is not guilt; nor is an e-book (전자책).
    expect(speaksGuilt('우리 엄마는 싸우기만 하면 왜 맨날 내 탓만 해', 'hurt')).toBe(false);
    expect(speaksGuilt('고객이 자기 실수를 내 탓으로 돌려서 억울하고 화나요', 'hurt')).toBe(false);
    expect(speaksGuilt('출근길에 전자책 읽으면서 가는 중인데 우울해', 'sadness')).toBe(false);
    expect(speaksGuilt('차이고 나서 자꾸 거울 보면서 내 탓만 하게 돼', 'sadness')).toBe(true);
    expect(speaksGuilt('결혼한 게 후회돼', 'sadness')).toBe(false);
    // "나 때문에 팀 프로젝트 망한 것 같아" got sadness's "지금 느끼는 슬픔을 억지로 밀어내지 않아도 괜찮아요" (session 24).
    expect(speaksGuilt('나 때문에 팀 프로젝트 망한 것 같아', 'sadness')).toBe(true);
    expect(speaksGuilt('이번에 떨어진 거 다 나 때문인 것 같아', 'sadness')).toBe(true);
    expect(speaksGuilt('팀장님이 이번 일 다 나 때문이래', 'hurt')).toBe(false);
  });

  // "오늘 기분 안 좋아" read sadness 0.87 but, seven letters short and its feeling word negated, got
  // "아, 그런 일이 있었군요" (session 23): the set phrase names the feeling (src/chat/feeling-words.ts).
  it('hears "기분 안 좋아" as naming a low mood, however short the turn', async () => {
    const low = ['오늘 기분 안 좋아', '맘이 좀 안 좋네'];
    const analyze: typeof fakeAnalyze = async (texts) =>
      (await fakeAnalyze(texts)).map((a) =>
        low.includes(a.text) ? { ...a, label: 'sadness' as const, emotions: mixFromArray([0.01, 0.87, 0.02, 0.02, 0.01, 0.01, 0.06]) } : a,
      );
    const closed = createChatEngine({ analyze, index: { ...index, settings: { ...index.settings, threshold: 2 } }, seed: 7 });
    for (const text of low) {
      const [r] = await talk([text], closed);
      expect(r!.kind, text).toBe('followup');
      expect(index.reflections.sadness.some((x) => r!.reply.startsWith(`${x} `)), `${text}: ${r!.reply}`).toBe(true);
    }
    // "오늘 너무안좋아" (sadness 0.58, neutral 0.34) got "아하, 그런 거였군요. 평소에는 이런 시간에 주로 뭘 해요?"
    // (session 24): a time and "안 좋아" with nothing named between is the mood too; the weather is not.
    const unsure = ['오늘 너무안좋아', '요즘 진짜 안 좋아요', '오늘 날씨 안 좋아'];
    const lowish: typeof fakeAnalyze = async (texts) =>
      (await fakeAnalyze(texts)).map((a) =>
        unsure.includes(a.text) ? { ...a, label: 'sadness' as const, emotions: mixFromArray([0.03, 0.58, 0.01, 0.02, 0.01, 0.01, 0.34]) } : a,
      );
    const closed2 = createChatEngine({ analyze: lowish, index: { ...index, settings: { ...index.settings, threshold: 2 } }, seed: 7 });
    for (const text of unsure) {
      const [r] = await talk([text], closed2);
      const named = index.reflections.sadness.some((x) => r!.reply.startsWith(`${x} `));
      expect(named, `${text}: ${r!.reply}`).toBe(text !== '오늘 날씨 안 좋아');
    }
  });

  it('reflects the detected emotion', async () => {
    const [r] = await talk(['음 뭔가 계속 불안하고 걱정만 돼']);
    expect(r!.turn!.label).toBe('anxiety');
    if (r!.kind === 'followup') {
      const reflection = index.reflections.anxiety.find((x) => r!.reply.startsWith(x));
      expect(reflection).toBeDefined();
    }
  });

  it('below the threshold, takes the emotion of a probable intent when the emotion model is unsure', async () => {
    const strict = createChatEngine({ analyze: fakeAnalyze, index: fakeIndex({ threshold: 2 }), seed: 7 });
    const anger = index.intents.filter((it) => it.emotion === 'anger' && it.kind === 'retrieval');
    const corpus = loadCorpus();
    const line = anger
      .flatMap((it) => corpus.intents.find((c) => c.id === it.id)!.examples)
      .find((t) => fakeEmotions(t)[EMOTIONS.indexOf('neutral')]! > 0.5 && meaningfulLength(t) >= 12);
    expect(line).toBeDefined();
    const r = await strict.reply(strict.newConversation(), line!);
    expect(r.kind).toBe('followup');
    expect(r.score).toBeGreaterThanOrEqual(INTENT_HINT_PROB);
    expect(index.reflections.anger.some((x) => r.reply.startsWith(x))).toBe(true);
    // An unrelated, uncertain turn keeps the neutral reflection.
    const other = await strict.reply(strict.newConversation(), 'ㅁㄴㅇㄹ ㅁㄴㅇㄹ');
    expect(index.reflections.anger.some((x) => other.reply.startsWith(x))).toBe(false);
  });

  it('lets a short, unsure turn go on in the mood of the thread, but not small talk or a change of subject', async () => {
    // Readings by text: a clearly sad opening, a clearly neutral one, and short turns the model is
    // unsure of (no emotion above 0.3, neutral low) or reads as small talk (neutral high).
    const readings: Record<string, number[]> = {
      '할머니가 돌아가셔서 마음이 너무 아파': [0.02, 0.88, 0.02, 0.02, 0.02, 0.02, 0.02],
      '오늘 점심으로 김밥을 먹었어요': [0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.88],
      '자주 만났는데': [0.1, 0.3, 0.15, 0.1, 0.25, 0.05, 0.05],
      '참 자주 만났는데': [0.1, 0.3, 0.15, 0.1, 0.25, 0.05, 0.05],
      '내일은 출근해': [0.05, 0.05, 0.05, 0.05, 0.05, 0.05, 0.7],
    };
    const analyze = async (texts: string[]) =>
      (await fakeAnalyze(texts)).map((a) => {
        const p = readings[a.text];
        if (!p) return a;
        const best = p.indexOf(Math.max(...p));
        return { ...a, emotions: mixFromArray(p), label: EMOTIONS[best]! };
      });
    // (Not "3년 만났는데": a length of time told in a story has a reflection of its own, told-duration.ts.)
    const strictIndex = fakeIndex({ threshold: 2 });
    const strict = () => createChatEngine({ analyze, index: strictIndex, seed: 7 });
    const sad = (reply: string) => index.reflections.sadness.some((x) => reply.startsWith(x));
    // No feeling named: the neutral reflection, or (short news with a probable intent, session 29) an unsure one.
    const neutral = (reply: string) => [...index.reflections.neutral, ...UNSURE_REFLECTIONS].some((x) => reply.startsWith(x));
    const second = async (first: string, then: string) => {
      const e = strict();
      const a = await e.reply(e.newConversation(), first);
      return (await e.reply(a.state, then)).reply;
    };
    expect(sad(await second('할머니가 돌아가셔서 마음이 너무 아파', '자주 만났는데'))).toBe(true);
    // Alone, or after small talk, the same turn gets the neutral reflection.
    const alone = strict();
    expect(neutral((await alone.reply(alone.newConversation(), '자주 만났는데')).reply)).toBe(true);
    expect(neutral(await second('오늘 점심으로 김밥을 먹었어요', '자주 만났는데'))).toBe(true);
    // A change of subject, or a turn the model reads as small talk, does not carry the mood.
    expect(neutral(await second('할머니가 돌아가셔서 마음이 너무 아파', '참 자주 만났는데'))).toBe(true);
    expect(neutral(await second('할머니가 돌아가셔서 마음이 너무 아파', '내일은 출근해'))).toBe(true);
  });

  it('fills the gauge at 100 meaningful characters (the original rule) and respects a custom threshold', async () => {
    expect(DEFAULT_GAUGE_THRESHOLD).toBe(100);
    const line = '오늘은 회사에서 하루 종일 회의만 했어'; // 17 meaningful characters
    const n = meaningfulLength(line);
    const results = await talk(Array.from({ length: 8 }, () => line));
    results.forEach((r, i) => expect(r.gauge).toBeCloseTo(Math.min(1, ((i + 1) * n) / 100), 6));
    const firstFull = results.findIndex((r) => r.gaugeFull);
    expect(firstFull).toBe(Math.ceil(100 / n) - 1);
    expect(results[firstFull - 1]!.gaugeFull).toBe(false);
    const custom = await talk([line, line], engine({ gaugeThreshold: 20 }));
    expect(custom[0]!.gauge).toBeCloseTo(n / 20, 6);
    expect(custom[1]!.gauge).toBe(1);
    expect(custom[1]!.gaugeFull).toBe(true);
  });

  it('does not let greetings and song requests fill the gauge or colour the mood', async () => {
    const long = '요즘 친구랑 사이가 안 좋아서 매일 마음이 불편하고 신경이 쓰여 정말로';
    const [hello, story, ask] = await talk(['안녕하세요', long, '노래 추천해줘']);
    expect(hello!.kind).toBe('meta');
    expect(hello!.gauge).toBe(0);
    expect(hello!.state.sharedChars).toBe(0);
    expect(story!.state.sharedChars).toBe(meaningfulLength(long));
    expect(ask!.kind).toBe('meta');
    expect(ask!.state.sharedChars).toBe(meaningfulLength(long));
    // A story of a sentence or more opens the songs (one threshold since session 37: REQUEST_MIN_GAUGE).
    expect(ask!.action).toBe('open_recommendations');
    expect(ask!.reply).not.toMatch(/\d+%/u);
    // The mood is the story's alone: the greeting and the request add nothing.
    const alone = (await talk([long]))[0]!;
    for (const e of EMOTIONS) expect(ask!.emotions[e]).toBeCloseTo(alone.emotions[e], 9);
  });

  it('asks for more before recommending songs, then opens the recommendations once the gauge is full', async () => {
    const early = await talk(['노래 추천해줘']);
    expect(early[0]!.action).toBe('need_more');
    expect(early[0]!.kind).toBe('meta');
    // The reply names no figure (session 30: "0%쯤 채워졌어요" read oddly; session 37: "29%쯤" read as a quota).
    expect(early[0]!.reply).not.toMatch(/\d+%/u);
    const midway = await talk(['그냥 그래', '노래 추천해줘']);
    expect(midway[0]!.state.lastSuggestedSongs).toBeUndefined();
    expect(midway[1]!.gauge).toBeLessThan(REQUEST_MIN_GAUGE);
    expect(midway[1]!.action).toBe('need_more');
    expect(midway[1]!.reply).not.toMatch(/\d+%/u);
    // Once two or three sentences are told (REQUEST_MIN_GAUGE), a request opens the songs before
    // the gauge is full: 26 of 30 requests had been turned away, some at 93 % (session 31).
    const told = ['요즘 회사 일이 너무 많아서 매일 늦게 퇴근하고 주말에도 쉬지 못해서 몸도 마음도 지쳐 있어', '그래서 오늘은 일찍 들어와서 좀 쉬려고 해요'];
    const near = await talk([...told, '노래 추천해줘']);
    expect(near[1]!.gauge).toBeGreaterThanOrEqual(REQUEST_MIN_GAUGE);
    expect(near[1]!.gauge).toBeLessThan(1);
    expect(near[2]!.action).toBe('open_recommendations');
    expect(near[2]!.gaugeFull).toBe(false);
    expect(near[2]!.reply).not.toMatch(/\d+%/u);
    const long = '요즘 회사 일이 너무 많아서 매일 늦게 퇴근하고 주말에도 쉬지 못해서 몸도 마음도 많이 지쳐 있는 상태야 정말로';
    const later = await talk([long, long, long, '노래 추천해줘']);
    expect(later[2]!.gaugeFull).toBe(true);
    expect(later[3]!.action).toBe('open_recommendations');
    expect(later[3]!.suppressRecommendations).toBe(false);
  });

  it('puts safety first: help lines, a sticky banner, no recommendations in that turn', async () => {
    const [a, b, c] = await talk(['요즘 그냥 죽고 싶다는 생각만 들어', '노래 추천해줘', '오늘 날씨 좋다']);
    expect(a!.kind).toBe('safety');
    expect(a!.safety).toBe('suicide');
    expect(a!.suppressRecommendations).toBe(true);
    expect(a!.action).toBeUndefined();
    for (const n of HELP_SUICIDE) expect(a!.reply).toContain(n);
    expect(a!.banner).toBe('suicide');
    expect(b!.banner).toBe('suicide');
    expect(c!.banner).toBe('suicide');
    expect(c!.safety).toBeNull();
    const [v] = await talk(['남편이 술만 마시면 저를 때려요']);
    expect(v!.safety).toBe('violence');
    for (const n of HELP_VIOLENCE) expect(v!.reply).toContain(n);
    expect(v!.suppressRecommendations).toBe(true);
    // Bullying, the user's own or their child's: school and work help lines, not the women's line.
    const [w] = await talk(['아들이 학교에서 왕따를 당하는 것 같아요']);
    expect(w!.safety).toBe('violence');
    expect(index.safetyReplies.bullying).toContain(w!.reply);
    expect(w!.reply).toContain('117');
    expect(w!.reply).not.toContain('1366');
  });

  // "친구가 자살했어" got "지금 많이 위태로운 마음인 것 같아서 걱정돼요", as if the user were the one at risk (session 28).
  it('receives the loss first when someone close died by suicide, keeping the flag and the help line', async () => {
    const [r] = await talk(['친구가 자살했어']);
    expect(r!.kind).toBe('safety');
    expect(r!.safety).toBe('suicide');
    expect(r!.suppressRecommendations).toBe(true);
    expect(SUICIDE_LOSS_REPLIES).toContain(r!.reply);
    expect(r!.reply).toContain('109');
    // Speaking of one's own wish to die as well: the crisis reply.
    const [own] = await talk(['친구가 자살했어 나도 죽고 싶어']);
    expect(own!.safety).toBe('suicide');
    expect(SUICIDE_LOSS_REPLIES).not.toContain(own!.reply);
    expect(index.safetyReplies.suicide).toContain(own!.reply);
    for (const t of ['엄마가 스스로 목숨을 끊으셨어요', '동료가 극단적 선택을 했대요']) expect(toldSuicideLoss(t), t).toBe(true);
    for (const t of ['자살하고 싶어', '죽고 싶어']) expect(toldSuicideLoss(t), t).toBe(false);
    for (const r of SUICIDE_LOSS_REPLIES) expect(r).toMatch(/109.*\?$/u);
  });

  // Session 29: "딸이 자해를 한 것 같아요" got the crisis reply spoken as if the parent hurt themselves.
  it('speaks to the one who worries when someone close is at risk, keeping the flag and the help line', async () => {
    const [r] = await talk(['딸이 자해를 한 것 같아요']);
    expect(r!.kind).toBe('safety');
    expect(r!.safety).toBe('suicide');
    expect(OTHERS_AT_RISK_REPLIES).toContain(r!.reply);
    const [own] = await talk(['친구가 죽고 싶다고 했는데 나도 죽고 싶어']);
    expect(own!.safety).toBe('suicide');
    expect(OTHERS_AT_RISK_REPLIES).not.toContain(own!.reply);
    for (const t of ['친구가 죽고 싶다고 했어', '아들 손목에 자해 흔적이 있어요']) expect(toldOthersAtRisk(t), t).toBe(true);
    for (const t of ['죽고 싶어', '자해하고 싶어', '친구가 자살했어']) expect(toldOthersAtRisk(t), t).toBe(false);
    for (const x of OTHERS_AT_RISK_REPLIES) expect(x).toMatch(/109/u);
  });

  it('asks before assuming: an indirect wish to give up gets a direct question with the help line, and the answer decides', async () => {
    const checkIn = (r: TurnResult) => {
      expect(r.kind).toBe('safety');
      expect(r.safety).toBe('suicide');
      expect(r.banner).toBe('suicide');
      expect(r.suppressRecommendations).toBe(true);
      expect(CHECK_IN_REPLIES).toContain(r.reply);
      expect(r.reply).toContain('109');
    };
    // No: relief, back to the story, no new alarm.
    const [, a, b] = await talk(['회사에서 팀장님이 자꾸 저한테만 뭐라고 하세요', '그냥 다 그만두고 싶어요', '아니요 그런 건 아니고 회사 얘기예요']);
    checkIn(a!);
    expect(b!.kind).toBe('followup');
    expect(b!.safety).toBeNull();
    expect(CHECK_IN_NO_REPLIES).toContain(b!.reply);
    // Yes: the full crisis reply, although "응 가끔 그런 생각 해" alone trips no rule.
    const [c, d] = await talk(['다 포기하고 싶다', '응 가끔 그런 생각 해']);
    checkIn(c!);
    expect(d!.kind).toBe('safety');
    expect(index.safetyReplies.suicide).toContain(d!.reply);
    // Unsure: the help line again; a second indirect cue then gets the full reply, not a second question.
    const [e, f, g] = await talk(['다 포기하고 싶다', '모르겠어', '그냥 다 그만하고 싶어']);
    checkIn(e!);
    expect(f!.kind).toBe('safety');
    expect(CHECK_IN_UNSURE_REPLIES).toContain(f!.reply);
    expect(f!.reply).toContain('109');
    expect(index.safetyReplies.suicide).toContain(g!.reply);
    // An explicit disclosure never gets a question first.
    const [h] = await talk(['죽고 싶어']);
    expect(index.safetyReplies.suicide).toContain(h!.reply);
    // Something else after the check-in goes on as usual; "응" then means nothing special.
    const [, i, j] = await talk(['다 포기하고 싶다', '오늘 비가 많이 왔어', '응']);
    expect(i!.kind).not.toBe('safety');
    expect(j!.kind).not.toBe('safety');
  });

  // "어제 잠을 못 자서 그런가 봐" could be told "이 늦은 시간까지 깨어 있느라 많이 지쳤겠어요" (session 20),
  // and "요즘 잠을 잘 못 자요", told at noon, was (session 27).
  it('does not answer a sleepless night told as past, or sleeplessness told as lasting, as if the user were awake late now', async () => {
    const replies = index.intents.find((i) => i.id === 'life_sleep_insomnia')!.replies;
    expect(replies.some(presumesTonight)).toBe(true);
    // Session 29: the past told by the verb alone ("잠 설쳤어" got "이 늦은 시간까지 깨어 있느라…").
    for (const t of ['어제 잠을 못 자서 그런가 봐', '요즘 잠을 잘 못 자요', '며칠째 잠을 설쳐', '잠 설쳤어', '잠은 8시간 자는데도 그래']) expect(notToldTonight(t), t).toBe(true);
    // Sleep told as enough is told all the same: no question about it follows.
    expect(toldTopics('잠은 8시간 자는데도 그래')).toContain('sleep');
    for (const t of ['어제도 그렇고 지금도 잠이 안 와', '요즘 계속 이래 지금도 잠이 안 와', '잠이 안 와']) expect(notToldTonight(t), t).toBe(false);
    for (const line of ['어제 잠을 한숨도 못 잤어', '요즘 잠을 잘 못 자요']) {
      let answered = 0;
      for (let seed = 1; seed <= 12; seed++) {
        const [r] = await talk([line], engine({ seed }));
        if (r!.intent !== 'life_sleep_insomnia') continue;
        answered++;
        expect(presumesTonight(r!.reply), r!.reply).toBe(false);
      }
      expect(answered, line).toBeGreaterThan(0);
    }
  });

  // "오늘 안 좋은 일이 있었어" (read sadness) matched the good-news intent and was cheered (session 27).
  it('does not answer a turn read as hurting from a joy intent', async () => {
    const text = '나 좋은 일 생겼어!';
    const joyIntent = index.intents.find((i) => i.id === 'life_joy_good_news_general')!;
    expect(joyIntent.emotion).toBe('joy');
    // As the fake model reads it (neutral), the good-news intent answers it.
    const [plain] = await talk([text]);
    expect(plain!.intent).toBe(joyIntent.id);
    // Read as sadness 0.88, it gets a reflection and a question instead of cheer.
    const readSad = async (texts: string[]) =>
      (await fakeAnalyze(texts)).map((a) => (a.text === text ? { ...a, emotions: mixFromArray([0.02, 0.88, 0.02, 0.02, 0.02, 0.02, 0.02]), label: 'sadness' as const } : a));
    const [sad] = await talk([text], createChatEngine({ analyze: readSad, index, seed: 7 }));
    expect(sad!.intent).not.toBe(joyIntent.id);
    expect(joyIntent.replies).not.toContain(sad!.reply);
    expect(sad!.kind).toBe('followup');
  });

  // "오늘 안 좋은 일이 있었어" was cheered as good news (session 27): told only by its feeling, an
  // event is asked about in that feeling's mood, a second one with another reply.
  it('asks what happened when told only that something bad happened, in the mood of its feeling word', async () => {
    const [a, b, c] = await talk(['오늘 안 좋은 일이 있었어', '회사에서 또 속상한 일 있었어요', '짜증나는 일이 있었어']);
    expect(a!.intent).toBe('untold:sadness');
    expect(UNTOLD_EVENT_REPLIES.sadness).toContain(a!.reply);
    expect(b!.intent).toBe('untold:sadness');
    expect(b!.reply).not.toBe(a!.reply);
    expect(c!.intent).toBe('untold:anger');
    expect(UNTOLD_EVENT_REPLIES.anger).toContain(c!.reply);
    // A told event is read as usual.
    const [d] = await talk(['팀장님이 소리 질러서 기분 나쁜 일이 있었어']);
    expect(d!.intent ?? '').not.toMatch(/^untold:/u);
    // A bare feeling opens a conversation as such an event, but within a story it is about the story.
    const [e] = await talk(['오늘 너무 속상했어']);
    expect(e!.intent).toBe('untold:sadness');
    const [, f] = await talk(['오늘 안 좋은 일이 있었어', '진짜 속상해']);
    expect(f!.intent ?? '').not.toMatch(/^untold:/u);
  });

  // "세상에 나 혼자 남은 기분이야" was asked about and then told "많이 지쳐 있는 건 분명해 보여요"
  // (session 20): loneliness gets a check-in and a "no" reply of its own.
  it('asks about loneliness without speaking of tiredness, and answers "no" in kind', async () => {
    const [a, b] = await talk(['세상에 나 혼자 남은 기분이야', '아니 그런 건 아니야']);
    expect(a!.kind).toBe('safety');
    expect(CHECK_IN_LONELY_REPLIES).toContain(a!.reply);
    expect(a!.reply).toContain('109');
    expect(b!.kind).toBe('followup');
    expect(CHECK_IN_LONELY_NO_REPLIES).toContain(b!.reply);
    for (const r of [a!, b!]) expect(r.reply).not.toMatch(/지쳐|지친/u);
    // Weariness keeps the weary check-in.
    const [c] = await talk(['사는 게 너무 버거워']);
    expect(CHECK_IN_REPLIES).toContain(c!.reply);
  });

  it('reads answers to the check-in: yes, no, unsure, or none', () => {
    const cases: [string, ReturnType<typeof answerToCheckIn>][] = [
      ['응 가끔', 'yes'],
      ['네', 'yes'],
      ['ㅇㅇ', 'yes'],
      ['솔직히 그런 생각 들어요', 'yes'],
      ['요즘 매일 그런 생각해요', 'yes'],
      ['아니요 회사 얘기예요', 'no'],
      ['그런 생각은 안 들어요', 'no'],
      ['죽고 싶은 건 아니고 그냥 지쳤어', 'no'],
      ['ㄴㄴ', 'no'],
      ['회사 그만두고 싶다는 거예요', 'no'],
      ['모르겠어요', 'unsure'],
      ['어떻게 해야 할지 모르겠어요', 'unsure'],
      ['응 그냥 회사 얘기야', 'unsure'],
      ['오늘 비가 많이 왔어', null],
      ['\u1106\u1169\u1105\u1173\u1100\u1166\u11BB\u110B\u1165', 'unsure'],
    ];
    for (const [text, want] of cases) expect(answerToCheckIn(text), text).toBe(want);
  });

  it('does not raise a safety alarm on hyperbole', async () => {
    const results = await talk(['배고파 죽겠다', '웃겨 죽는 줄 ㅋㅋㅋ', '이 집 떡볶이 죽이는 맛이야', '더워 죽겠네 진짜']);
    for (const r of results) {
      expect(r.safety).toBeNull();
      expect(r.kind).not.toBe('safety');
    }
  });

  it('handles empty, huge, emoji-only, English, NFD and HTML input', async () => {
    const e = engine();
    const s0 = e.newConversation();
    const empty = await e.reply(s0, '   \n ');
    expect(empty.kind).toBe('meta');
    expect(empty.turn).toBeNull();
    expect(empty.reply.length).toBeGreaterThan(5);
    expect(empty.state.turns).toHaveLength(0);
    const huge = await e.reply(s0, '가'.repeat(MAX_MESSAGE_CHARS + 1));
    expect(huge.kind).toBe('meta');
    expect(huge.turn).toBeNull();
    expect(huge.reply).toContain('2,000자');
    expect(huge.gauge).toBe(0);
    const emoji = await e.reply(s0, '😭😭😭');
    expect(emoji.turn).not.toBeNull();
    expect(emoji.state.sharedChars).toBe(0);
    // No letter or digit: never matched to an intent (it could only be matched for being short),
    // even by an engine that answers every other turn from an intent (threshold 0).
    const open = createChatEngine({ analyze: fakeAnalyze, index: { ...index, settings: { ...index.settings, threshold: 0, margin: 0 } }, seed: 7 });
    expect((await open.reply(open.newConversation(), '음 그러니까')).kind).not.toBe('followup');
    for (const wordless of ['😭😭😭', '👍', '🍕🍕🍕', '!!!']) {
      const r = await open.reply(open.newConversation(), wordless);
      expect(r.kind, wordless).toBe('followup');
      expect(r.intent, wordless).toBeNull();
    }
    // Another language: the bot says it reads Korean; the model's reading of it does not count.
    const english = await e.reply(s0, 'I feel tired today');
    expect(english.kind).toBe('meta');
    expect(FOREIGN_LANGUAGE_REPLIES).toContain(english.reply);
    expect(english.state.sharedChars).toBe(0);
    expect(english.gauge).toBe(0);
    // A greeting in English is greeted back (in Korean), and does not count either.
    const hi = await e.reply(s0, 'hi');
    expect(hi.kind).toBe('meta');
    expect(FOREIGN_GREETING_REPLIES).toContain(hi.reply);
    expect(hi.state.sharedChars).toBe(0);
    const nfc = '잠이 안 와';
    const nfd = await e.reply(s0, nfc.normalize('NFD'));
    const plain = await e.reply(s0, nfc);
    expect(nfd.intent).toBe(plain.intent);
    expect(nfd.state.sharedChars).toBe(meaningfulLength(nfc));
    const html = await e.reply(s0, '<img src=x onerror=alert(1)> <b>오늘 힘들었어</b>');
    expect(html.reply).not.toContain('<');
    for (const r of [emoji, english, nfd, html]) expect(r.reply.trim()).not.toBe('');
  });

  it('keeps the state plain JSON: a restored conversation continues exactly the same', async () => {
    const e = engine();
    let state: ConversationState = e.newConversation();
    for (const line of ['안녕', '잠이 안 와', '요즘 너무 불안해']) state = (await e.reply(state, line)).state;
    const restored = JSON.parse(JSON.stringify(state)) as ConversationState;
    const a = await e.reply(state, '회사 가기 싫다');
    const b = await e.reply(restored, '회사 가기 싫다');
    expect(b.reply).toBe(a.reply);
    expect(b.state).toEqual(a.state);
    expect(e.gauge(restored)).toBeCloseTo(a.state.sharedChars / 100 - 6 / 100, 6);
  });

  it('does not modify the state it is given and returns every turn\'s analysis', async () => {
    const e = engine();
    const s0 = e.newConversation();
    const copy = JSON.stringify(s0);
    const r = await e.reply(s0, '오늘 시험 합격했어!');
    expect(JSON.stringify(s0)).toBe(copy);
    expect(r.turn!.embedding).toBeInstanceOf(Float32Array);
    expect(r.turn!.label).toBe('joy');
    expect(Object.values(r.turn!.emotions).reduce((x, y) => x + y, 0)).toBeCloseTo(1, 4);
    expect(Object.values(r.emotions).reduce((x, y) => x + y, 0)).toBeCloseTo(1, 6);
  });
});

describe('chat engine: a short turn goes on with the thread', () => {
  // "회사 일 때문에요" after "아직도 마음이 무거워요" reads neutral 0.93 and was asked about small
  // joys lately (session 19). Since session 20 work stress has an intent of its own, which answers
  // it; with no intent answering (a floor of 2), the mood of the thread must still carry.
  it('keeps the mood of what was just told when a short turn gives its cause', async () => {
    const strict = createChatEngine({ analyze: fakeAnalyze, index: fakeIndex({ threshold: 2 }), seed: 7 });
    const [first, cause] = await talk(['요즘 너무 슬퍼', '회사 일 때문에요'], strict);
    const mood = first!.state.turns[0]!.mood;
    expect(mood).toBeDefined();
    expect(['neutral', 'joy']).not.toContain(mood);
    expect(cause!.kind).toBe('followup');
    expect(cause!.state.turns[1]!.mood).toBe(mood);
  });

  const search = new IntentSearch(index);
  const top = async (text: string) => {
    const [a] = await fakeAnalyze([text]);
    const [best] = search.rank(a!.embedding, a!.text);
    return { id: index.intents[best!.intent]!.id, score: best!.score };
  };
  const startsWith = (pool: readonly string[], reply: string) => pool.some((x) => reply.startsWith(x));
  /** Engine whose analyze returns fixed readings for some texts (fake ones for the rest). */
  const withReadings = (readings: Record<string, number[]>, idx = index) =>
    createChatEngine({
      index: idx,
      seed: 7,
      analyze: async (texts) =>
        (await fakeAnalyze(texts)).map((a) => {
          const p = readings[a.text];
          if (!p) return a;
          return { ...a, emotions: mixFromArray(p), label: EMOTIONS[p.indexOf(Math.max(...p))]! };
        }),
    });

  it('does not answer a detail of the story from another situation\'s intent', async () => {
    // With the test encoder: the first line is about a friend talking behind one's back; the
    // second, alone, matches a fight with a best friend, but read with the first it is still the
    // first story. (Checked here, so that the test says what it tests.)
    const told = '친구가 뒤에서 내 욕 했대요';
    const detail = '제일 친한 친구가 나한테 화가 나서 답장을 안 해요';
    expect(await top(told)).toMatchObject({ id: 'friends_talked_behind_back' });
    const alone = await top(detail);
    expect(alone.id).toBe('friends_fight_with_best_friend');
    expect(alone.score).toBeGreaterThanOrEqual(index.settings.threshold);
    expect((await top(`${told} ${detail}`)).id).toBe('friends_talked_behind_back');

    const [a, b] = await talk([told, detail]);
    expect(a!.intent).toBe('friends_talked_behind_back');
    expect(b!.kind).toBe('followup');
    // The follow-up takes the story's mood (the intent's emotion), not the test encoder's neutral.
    expect(startsWith(index.reflections.hurt, b!.reply)).toBe(true);
    expect(b!.state.turns.map((t) => t.mood)).toEqual(['hurt', 'hurt']);

    // Alone, after another story, or opening with "근데", the same words are answered from their intent.
    expect((await talk([detail]))[0]!.intent).toBe('friends_fight_with_best_friend');
    expect((await talk(['잠이 안 와', detail]))[1]!.intent).toBe('friends_fight_with_best_friend');
    expect((await top(`근데 ${detail}`)).id).toBe('friends_fight_with_best_friend');
    expect((await talk([told, `근데 ${detail}`]))[1]!.intent).toBe('friends_fight_with_best_friend');
  });

  it('does not answer a short turn from an intent of the other valence than the thread', async () => {
    const happy = '합격해서 너무 기뻐';
    const line = '시험 망쳤어';
    const intent = await top(line);
    expect(index.intents.find((i) => i.id === intent.id)!.emotion).toBe('sadness');
    expect(intent.score).toBeGreaterThanOrEqual(index.settings.threshold);
    const [, b] = await talk([happy, line]);
    expect(b!.kind).toBe('followup');
    // Joy or sadness might each be wrong: the bot names neither and asks.
    expect(startsWith(UNSURE_REFLECTIONS, b!.reply)).toBe(true);
    expect(UNSURE_QUESTIONS.some((q) => b!.reply.endsWith(q))).toBe(true);
    expect((await talk([line]))[0]!.intent).toBe(intent.id);
    expect((await talk(['너무 슬퍼', line]))[1]!.intent).toBe(intent.id);
  });

  it('answers an intent about a feeling of the other valence: the user says the mood turned', async () => {
    const line = '시원섭섭하네요';
    const intent = await top(line);
    const info = index.intents.find((i) => i.id === intent.id)!;
    expect(FEELING_TOPICS.has(info.topic)).toBe(true);
    expect(info.emotion).toBe('sadness');
    expect(intent.score).toBeGreaterThanOrEqual(index.settings.threshold);
    const [, b] = await talk(['합격해서 너무 기뻐', line]);
    expect(b!.kind).toBe('retrieval');
    expect(b!.intent).toBe(intent.id);
  });

  it('names no feeling when the reading and the thread disagree, unless the model is sure or the turn says the mood turned', async () => {
    const strict = fakeIndex({ threshold: 2 });
    const sad = '할머니가 돌아가셔서 마음이 너무 아파';
    const readings: Record<string, number[]> = {
      [sad]: [0.02, 0.88, 0.02, 0.02, 0.02, 0.02, 0.02],
      // Above JOY_MIN_PROB, so that alone the reading is reflected.
      '음 그냥 그랬다는 거야': [0.64, 0.21, 0.05, 0.04, 0.02, 0.02, 0.02],
      '그래도 그냥 그랬다는 거야': [0.64, 0.21, 0.05, 0.04, 0.02, 0.02, 0.02],
      '오늘 친구가 꽃을 줬어': [0.85, 0.05, 0.02, 0.02, 0.02, 0.02, 0.02],
      '친구가 꽃을 보냈어': [0.85, 0.05, 0.02, 0.02, 0.02, 0.02, 0.02],
      '친구가 꽃을 보냈어 눈물이 나': [0.10, 0.80, 0.02, 0.02, 0.02, 0.02, 0.02],
      // The story read as a whole: the sure joy of the first turns it; the second stays sad.
      [`${sad} 오늘 친구가 꽃을 줬어`]: [0.60, 0.30, 0.02, 0.02, 0.02, 0.02, 0.02],
      [`${sad} 친구가 꽃을 보냈어`]: [0.10, 0.80, 0.02, 0.02, 0.02, 0.02, 0.02],
    };
    const second = async (then: string) => {
      const e = withReadings(readings, strict);
      const a = await e.reply(e.newConversation(), sad);
      return (await e.reply(a.state, then)).reply;
    };
    // No intent is probable for these words, so only the thread disagrees with the reading. (The
    // fake index's classifier reads character n-grams, so a vague line that shares function words
    // with a new intent's examples can turn probable there: session 26's corpus additions did
    // that to "음 그게 좀 그랬던 거야", hence this line; the precondition below catches it.)
    const alone = withReadings(readings, strict);
    const first = await alone.reply(alone.newConversation(), '음 그냥 그랬다는 거야');
    expect(first.score).toBeLessThan(INTENT_HINT_PROB);
    expect(startsWith(index.reflections.joy, first.reply)).toBe(true);
    expect(startsWith(UNSURE_REFLECTIONS, await second('음 그냥 그랬다는 거야'))).toBe(true);
    expect(startsWith(index.reflections.joy, await second('그래도 그냥 그랬다는 거야'))).toBe(true);
    expect(startsWith(index.reflections.joy, await second('오늘 친구가 꽃을 줬어'))).toBe(true);
    // A sure reading of the other valence is the turn read out of its story when the story, read
    // as a whole, keeps the thread's valence (src/chat/engine.ts, storyKeepsValence).
    expect(startsWith(UNSURE_REFLECTIONS, await second('친구가 꽃을 보냈어'))).toBe(true);
  });

  it('names no feeling for a sure reading of the other valence that the story read as a whole does not share', async () => {
    const strict = fakeIndex({ threshold: 2 });
    const news = '나 오늘 합격했어!!!';
    const readings: Record<string, number[]> = {
      [news]: [0.95, 0.01, 0.01, 0.01, 0.01, 0.005, 0.005],
      '아빠가 아무 말도 못 하시더라': [0.02, 0.91, 0.01, 0.01, 0.03, 0.01, 0.01],
      [`${news} 아빠가 아무 말도 못 하시더라`]: [0.90, 0.05, 0.01, 0.01, 0.01, 0.01, 0.01],
      '소식 듣고 다들 눈물 흘리더라': [0.02, 0.91, 0.01, 0.01, 0.03, 0.01, 0.01],
      [`${news} 소식 듣고 다들 눈물 흘리더라`]: [0.90, 0.05, 0.01, 0.01, 0.01, 0.01, 0.01],
      '갑자기 슬퍼졌어': [0.02, 0.91, 0.01, 0.01, 0.03, 0.01, 0.01],
      [`${news} 갑자기 슬퍼졌어`]: [0.90, 0.05, 0.01, 0.01, 0.01, 0.01, 0.01],
      '아빠가 전화로 한참 우셨어': [0.02, 0.91, 0.01, 0.01, 0.03, 0.01, 0.01],
      [`${news} 아빠가 전화로 한참 우셨어`]: [0.10, 0.85, 0.01, 0.01, 0.01, 0.01, 0.01],
      '지금도 떨려서 말이 안 나와': [0.01, 0.02, 0.01, 0.93, 0.01, 0.01, 0.01],
      [`${news} 지금도 떨려서 말이 안 나와`]: [0.90, 0.02, 0.01, 0.05, 0.01, 0.005, 0.005],
    };
    const second = async (then: string) => {
      const e = withReadings(readings, strict);
      const a = await e.reply(e.newConversation(), news);
      return (await e.reply(a.state, then)).reply;
    };
    expect(startsWith(UNSURE_REFLECTIONS, await second('아빠가 아무 말도 못 하시더라'))).toBe(true);
    // Tears may be tears of joy: they do not count as naming sadness here.
    expect(startsWith(UNSURE_REFLECTIONS, await second('소식 듣고 다들 눈물 흘리더라'))).toBe(true);
    // So may trembling be: it does not count as naming nerves.
    expect(startsWith(UNSURE_REFLECTIONS, await second('지금도 떨려서 말이 안 나와'))).toBe(true);
    // A turn that names its feeling keeps it, and so does one the story read as a whole turns.
    expect(startsWith(index.reflections.sadness, await second('갑자기 슬퍼졌어'))).toBe(true);
    expect(startsWith(index.reflections.sadness, await second('아빠가 전화로 한참 우셨어'))).toBe(true);
  });

  it('gives a detail of the story the story\'s mood unless its own reading is of the same valence or sure', async () => {
    const told = '친구가 뒤에서 내 욕 했대요';
    const detail = '제일 친한 친구가 나한테 화가 나서 답장을 안 해요';
    const reply = async (p: number[]) => {
      const e = withReadings({ [detail]: p });
      const a = await e.reply(e.newConversation(), told);
      const b = await e.reply(a.state, detail);
      expect(b.kind).toBe('followup');
      return b.reply;
    };
    // The story (a friend talking behind one's back) is hurt; a neutral or joyful reading gives way.
    expect(startsWith(index.reflections.hurt, await reply([0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.88]))).toBe(true);
    expect(startsWith(index.reflections.hurt, await reply([0.6, 0.02, 0.02, 0.02, 0.02, 0.02, 0.3]))).toBe(true);
    expect(startsWith(index.reflections.anger, await reply([0.02, 0.02, 0.6, 0.02, 0.02, 0.02, 0.3]))).toBe(true);
    // Of the story's valence but only a lean below THREAD_SWITCH_PROB: the story's mood.
    expect(startsWith(index.reflections.hurt, await reply([0.02, 0.02, 0.45, 0.02, 0.02, 0.2, 0.29]))).toBe(true);
    // A sure joy reading is not reflected right after misfortune told (욕 했대요) either: the model
    // reads "카드론까지 받았어요 와이프는 몰라요" joy 0.83 (session 31, src/chat/misfortune.ts).
    expect(startsWith(UNSURE_REFLECTIONS, await reply([0.85, 0.02, 0.02, 0.02, 0.02, 0.02, 0.07]))).toBe(true);
  });

  it('keeps the thread\'s mood for a short turn read as another emotion of its valence, unless the model leans to it', async () => {
    const strict = fakeIndex({ threshold: 2 });
    const sad = '할머니가 돌아가셔서 마음이 너무 아파';
    const then = '음 그냥 그랬다는 거야';
    const second = async (p: number[]) => {
      const e = withReadings({ [sad]: [0.02, 0.88, 0.02, 0.02, 0.02, 0.02, 0.02], [then]: p }, strict);
      const a = await e.reply(e.newConversation(), sad);
      const b = await e.reply(a.state, then);
      expect(b.score).toBeLessThan(INTENT_HINT_PROB);
      return b;
    };
    const lean = await second([0.02, 0.15, 0.1, 0.45, 0.1, 0.05, 0.13]);
    expect(startsWith(index.reflections.sadness, lean.reply)).toBe(true);
    expect(lean.state.turns.at(-1)!.mood).toBe('sadness');
    expect(startsWith(index.reflections.anxiety, (await second([0.02, 0.1, 0.05, THREAD_SWITCH_PROB + 0.05, 0.05, 0.05, 0.08])).reply)).toBe(true);
    // Alone, the lean is reflected as it is.
    const alone = withReadings({ [then]: [0.02, 0.15, 0.1, 0.05, 0.1, 0.45, 0.13] }, strict);
    expect(startsWith(index.reflections.embarrassment, (await alone.reply(alone.newConversation(), then)).reply)).toBe(true);
    // Embarrassment presumes a scene before others: in the thread it takes over only when named,
    // even from a sure reading.
    for (const p of [[0.02, 0.1, 0.05, 0.05, 0.05, THREAD_SWITCH_PROB + 0.05, 0.08], [0.01, 0.04, 0.01, 0.01, 0.02, 0.9, 0.01]]) {
      expect(startsWith(index.reflections.sadness, (await second(p)).reply), String(p)).toBe(true);
    }
    // A lean below THREAD_SWITCH_PROB that the turn names itself ("창피") is the turn's own.
    const named = '그게 좀 창피했던 거야';
    const e = withReadings({ [sad]: [0.02, 0.88, 0.02, 0.02, 0.02, 0.02, 0.02], [named]: [0.02, 0.15, 0.1, 0.05, 0.1, 0.45, 0.13] }, strict);
    const a = await e.reply(e.newConversation(), sad);
    expect(startsWith(index.reflections.embarrassment, (await e.reply(a.state, named)).reply)).toBe(true);
    // …also when it is only the second reading, from TURNED_MIN_PROB on.
    const second2 = async (p: number[]) => {
      const e2 = withReadings({ [sad]: [0.02, 0.88, 0.02, 0.02, 0.02, 0.02, 0.02], [named]: p }, strict);
      const a2 = await e2.reply(e2.newConversation(), sad);
      return (await e2.reply(a2.state, named)).reply;
    };
    expect(startsWith(index.reflections.embarrassment, await second2([0.02, 0.1, 0.02, 0.02, 0.45, TURNED_MIN_PROB + 0.05, 0.04]))).toBe(true);
    expect(startsWith(index.reflections.sadness, await second2([0.02, 0.1, 0.02, 0.02, 0.55, TURNED_MIN_PROB - 0.25, 0.2]))).toBe(true);
  });

  it('lets a neutral-read turn that says the mood turned take its leading feeling, not the thread\'s', async () => {
    const strict = fakeIndex({ threshold: 2 });
    const worry = '책임이 커져서 부담돼요';
    const second = async (then: string, p: number[]) => {
      const e = withReadings({ [worry]: [0.02, 0.02, 0.02, 0.86, 0.02, 0.02, 0.04], [then]: p }, strict);
      const a = await e.reply(e.newConversation(), worry);
      return (await e.reply(a.state, then)).reply;
    };
    const reading = [TURNED_MIN_PROB + 0.1, 0.06, 0.02, 0.02, 0.02, 0.02, 0.46];
    expect(startsWith(index.reflections.joy, await second('그래도 오늘은 즐길래요', reading))).toBe(true);
    // Without a word that says so, the unsure turn goes on in the worry.
    expect(startsWith(index.reflections.anxiety, await second('오늘은 즐길래요', reading))).toBe(true);
  });

  it('answers disbelief as indignation only in a story with someone to blame, or when the turn reads as anger', async () => {
    const loss = '할머니가 돌아가셨어';
    const line = '기가 막혀서 말이 안 나와';
    expect(await top(loss)).toMatchObject({ id: 'grief_grandparent_died' });
    const intent = await top(line);
    expect(intent.id).toBe('conv_cant_believe_it');
    expect(intent.score).toBeGreaterThanOrEqual(index.settings.threshold);
    const second = async (first: string, p: number[]) => {
      const e = withReadings({ [line]: p });
      const a = await e.reply(e.newConversation(), first);
      return e.reply(a.state, line);
    };
    const sadReading = [0.02, 0.5, 0.1, 0.1, 0.1, 0.1, 0.08];
    const angryReading = [0.02, 0.1, 0.7, 0.05, 0.05, 0.05, 0.03];
    const afterLoss = await second(loss, sadReading);
    expect(afterLoss.kind).toBe('followup');
    expect(startsWith(index.reflections.sadness, afterLoss.reply)).toBe(true);
    expect((await second(loss, angryReading)).intent).toBe('conv_cant_believe_it');
    // Where someone is to blame (a story of anger), and with no story, it is answered.
    const rude = index.intents.find((i) => i.id === 'anger_rude_staff')!;
    expect(rude.emotion).toBe('anger');
    let rudeLine = '';
    for (const t of loadCorpus().intents.find((i) => i.id === rude.id)!.examples) {
      const best = await top(t);
      if (best.id === rude.id && best.score >= index.settings.threshold) {
        rudeLine = t;
        break;
      }
    }
    expect(rudeLine).not.toBe('');
    expect((await second(rudeLine, sadReading)).intent).toBe('conv_cant_believe_it');
    const alone = withReadings({ [line]: sadReading });
    expect((await alone.reply(alone.newConversation(), line)).intent).toBe('conv_cant_believe_it');
  });

  it('reflects a very short turn that names the feeling the model reads', async () => {
    const strict = fakeIndex({ threshold: 2 });
    const lonely = [0.02, 0.82, 0.02, 0.02, 0.02, 0.02, 0.08];
    const e = withReadings({ '요즘 너무 외로워': lonely, '요즘 안 외로워': lonely, '요즘 그냥 그래': lonely, '지친다': lonely, '힘들다': lonely }, strict);
    const first = async (text: string) => (await e.reply(e.newConversation(), text)).reply;
    expect(startsWith(index.reflections.sadness, await first('요즘 너무 외로워'))).toBe(true);
    // Session 28: "지친다" (sadness 0.77) got "아하, 그런 거였군요": 지친 was not a named feeling.
    // Session 40 (daily): said back as tiredness itself ("많이 지쳤군요"), not a sadness reflection such as «많이 속상했겠어요».
    expect(startsWith(tiredLeads('지친다'), await first('지친다'))).toBe(true);
    expect(startsWith(index.reflections.sadness, await first('힘들다'))).toBe(true);
    // Negated, or not named: a short turn needs a sure reading (REFLECT_SHORT_PROB), and names no feeling.
    const plain = [...index.reflections.neutral, ...UNSURE_REFLECTIONS];
    expect(startsWith(plain, await first('요즘 안 외로워'))).toBe(true);
    expect(startsWith(plain, await first('요즘 그냥 그래'))).toBe(true);
  });

  // Session 29: "안심이 돼요" reads anxiety 0.66 (the 돼요 of 걱정돼요) and joy 0.31; relief is named.
  it('reflects a very short turn in the one feeling it names, when the model gives that feeling some weight', async () => {
    const strict = fakeIndex({ threshold: 2 });
    const e = withReadings({ '안심이 돼요': [0.31, 0.0, 0.01, 0.66, 0.0, 0.0, 0.02], '다행이다 ㅎ': [0.05, 0.0, 0.01, 0.9, 0.0, 0.0, 0.04], '걱정했는데 다행': [0.3, 0.0, 0.0, 0.68, 0.0, 0.0, 0.02] }, strict);
    const first = async (text: string) => (await e.reply(e.newConversation(), text)).reply;
    // Relief is joy reflected as a small relief, not a celebration (src/chat/relief.ts).
    expect(startsWith(SMALL_RELIEF_REFLECTIONS, await first('안심이 돼요'))).toBe(true);
    // A sure reading wins; below NAMED_MIN_PROB the named feeling is not enough.
    expect(startsWith(index.reflections.anxiety, await first('다행이다 ㅎ'))).toBe(true);
    // Two feelings named: the model's unsure reading is not overruled.
    expect(startsWith(index.reflections.joy, await first('걱정했는데 다행'))).toBe(false);
  });

  // Session 29: "지갑 잃어버렸어" (money trouble, 0.82) got "요즘 즐겨 듣는 노래가 있어요?".
  it('answers short news with a probable intent by asking how the user feels, not with small talk', async () => {
    const strictIndex = fakeIndex({ threshold: 2 });
    const strict = createChatEngine({ analyze: fakeAnalyze, index: strictIndex, seed: 7 });
    const corpus = loadCorpus();
    const hurting = index.intents.filter((it) => it.kind === 'retrieval' && it.emotion !== 'neutral' && it.emotion !== 'joy');
    let tried = 0;
    for (const t of hurting.flatMap((it) => corpus.intents.find((c) => c.id === it.id)!.examples)) {
      const n = meaningfulLength(t);
      if (n < SHORT_HINT_MIN_CHARS || n >= 8 || fakeEmotions(t)[EMOTIONS.indexOf('neutral')]! < 0.5 || /[ㅋㅠㅜ?]/.test(t)) continue;
      const r = await strict.reply(strict.newConversation(), t);
      if (r.score < SHORT_HINT_PROB || r.intent) continue;
      tried++;
      expect(startsWith(UNSURE_REFLECTIONS, r.reply), `${t}: ${r.reply}`).toBe(true);
      if (tried >= 5) break;
    }
    expect(tried).toBeGreaterThan(0);
  });

  it('does not take laughter in a short turn for joy unless joy is named', async () => {
    const strict = fakeIndex({ threshold: 2 });
    const laughing = [0.95, 0.01, 0.01, 0.01, 0.01, 0.005, 0.005];
    const e = withReadings({ '배고파 죽겠다 ㅋㅋ': laughing, '너무 행복해 ㅋㅋ': laughing, '배고파 죽겠다': laughing }, strict);
    const first = async (text: string) => (await e.reply(e.newConversation(), text)).reply;
    expect(startsWith(index.reflections.joy, await first('배고파 죽겠다 ㅋㅋ'))).toBe(false);
    expect(startsWith(index.reflections.joy, await first('너무 행복해 ㅋㅋ'))).toBe(true);
    // Without laughter a sure reading still counts (REFLECT_SHORT_PROB).
    expect(startsWith(index.reflections.joy, await first('배고파 죽겠다'))).toBe(true);
  });

  it('names no feeling when a probable intent and an unsure reading disagree in valence', async () => {
    const strictIndex = fakeIndex({ threshold: 2 });
    const strict = createChatEngine({ analyze: fakeAnalyze, index: strictIndex, seed: 7 });
    const corpus = loadCorpus();
    const anger = index.intents.filter((it) => it.emotion === 'anger' && it.kind === 'retrieval');
    const line = anger
      .flatMap((it) => corpus.intents.find((c) => c.id === it.id)!.examples)
      .find((t) => fakeEmotions(t)[EMOTIONS.indexOf('neutral')]! > 0.5 && meaningfulLength(t) >= 12);
    expect(line).toBeDefined();
    // The intent (anger) is probable but below the threshold: the turn gets a follow-up.
    const plain = await strict.reply(strict.newConversation(), line!);
    expect(plain.score).toBeGreaterThanOrEqual(INTENT_HINT_PROB);
    const reply = async (joy: number) => {
      const e = withReadings({ [line!]: [joy, 0.05, 0.05, 0.05, 0.05, 0.05, 0.95 - joy] }, strictIndex);
      return (await e.reply(e.newConversation(), line!)).reply;
    };
    expect(startsWith(UNSURE_REFLECTIONS, await reply(0.5))).toBe(true);
    expect(startsWith(index.reflections.joy, await reply(0.85))).toBe(true);
  });

  it('lets a weak reading give way to a probable intent of the same valence', async () => {
    const strictIndex = fakeIndex({ threshold: 2 });
    const strict = createChatEngine({ analyze: fakeAnalyze, index: strictIndex, seed: 7 });
    const corpus = loadCorpus();
    const search = new IntentSearch(strictIndex);
    // A line whose best intent (below the threshold) is a sad one, at least WEAK_READING_PROB, and
    // that shows some sign of anger (anger with none is never named, feeling-words.ts showsAnger).
    let line: string | undefined;
    for (const t of corpus.intents.filter((c) => c.emotion === 'sadness' && c.kind === 'retrieval').flatMap((c) => c.examples)) {
      if (meaningfulLength(t) < 12 || !showsAnger(t)) continue;
      const [a] = await fakeAnalyze([t]);
      const top = search.rank(a!.embedding, a!.text)[0]!;
      if (top.score >= WEAK_READING_PROB && strictIndex.intents[top.intent]!.emotion === 'sadness' && (await strict.reply(strict.newConversation(), t)).kind === 'followup') {
        line = t;
        break;
      }
    }
    expect(line).toBeDefined();
    const reply = async (anger: number) => {
      const e = withReadings({ [line!]: [0.02, 0.1, anger, 0.05, 0.05, 0.05, 0.73 - anger] }, strictIndex);
      return (await e.reply(e.newConversation(), line!)).reply;
    };
    expect(startsWith(index.reflections.sadness, await reply(WEAK_READING_PROB - 0.05))).toBe(true);
    expect(startsWith(index.reflections.anger, await reply(WEAK_READING_PROB + 0.05))).toBe(true);
  });

  it('takes a probable intent of another story as a hint for a detail only when the story read together agrees', async () => {
    const strictIndex = fakeIndex({ threshold: 2 });
    const strict = createChatEngine({ analyze: fakeAnalyze, index: strictIndex, seed: 7 });
    const corpus = loadCorpus();
    const told = '단톡방에 상사 욕을 잘못 보냈어요';
    const search = new IntentSearch(strictIndex);
    // A short line the fake model reads as neutral whose best intent is a hurt one.
    let detail: string | undefined;
    for (const t of corpus.intents.filter((c) => c.emotion === 'hurt' && c.kind === 'retrieval').flatMap((c) => c.examples)) {
      const n = meaningfulLength(t);
      // A question about oneself has an answer of its own (asks-reassurance.ts), not a reflection.
      if (n < 8 || n > 30 || fakeEmotions(t)[EMOTIONS.indexOf('neutral')]! < 0.5 || asksReassurance(t)) continue;
      const [a] = await fakeAnalyze([t]);
      const top = search.rank(a!.embedding, a!.text)[0]!;
      if (top.score >= INTENT_HINT_PROB && strictIndex.intents[top.intent]!.emotion === 'hurt' && (await strict.reply(strict.newConversation(), t)).kind === 'followup') {
        detail = t;
        break;
      }
    }
    expect(detail).toBeDefined();
    const second = async (together: number[]) => {
      const e = withReadings({ [told]: [0.01, 0.01, 0.01, 0.02, 0.02, 0.9, 0.03], [`${told} ${detail!}`]: together }, strictIndex);
      const a = await e.reply(e.newConversation(), told);
      return (await e.reply(a.state, detail!)).reply;
    };
    expect(startsWith(index.reflections.embarrassment, await second([0.01, 0.01, 0.01, 0.02, 0.05, 0.87, 0.03]))).toBe(true);
    expect(startsWith(index.reflections.hurt, await second([0.01, 0.01, 0.01, 0.02, 0.87, 0.05, 0.03]))).toBe(true);
  });

  it('takes no thread mood from short talk about the conversation', async () => {
    const thanks = '얘기 들어줘서 정말 고마워요';
    const e = withReadings({ [thanks]: [0.9, 0.02, 0.02, 0.02, 0.02, 0.01, 0.01] });
    const a = await e.reply(e.newConversation(), thanks);
    expect(a.kind).toBe('meta');
    const corpus = loadCorpus();
    // A short line of a hurting intent that the fake index answers when it opens a conversation.
    let line: string | undefined;
    for (const it of corpus.intents.filter((c) => c.kind === 'retrieval' && ['sadness', 'anger', 'hurt'].includes(c.emotion))) {
      line = it.examples.find((t) => meaningfulLength(t) <= 20);
      if (!line) continue;
      const alone = await e.reply(e.newConversation(), line);
      if (alone.kind === 'retrieval' && alone.intent === it.id) break;
      line = undefined;
    }
    expect(line).toBeDefined();
    const b = await e.reply(a.state, line!);
    expect(b.kind).toBe('retrieval');
  });

  it('does not carry a hurting thread\'s mood to a light turn with laughter', async () => {
    const strict = fakeIndex({ threshold: 2 });
    const sad = '할머니가 돌아가셔서 마음이 너무 아파';
    const plain = [0.05, 0.1, 0.05, 0.3, 0.05, 0.05, 0.4];
    const second = async (then: string) => {
      const e = withReadings({ [sad]: [0.02, 0.88, 0.02, 0.02, 0.02, 0.02, 0.02], [then]: plain }, strict);
      const a = await e.reply(e.newConversation(), sad);
      return (await e.reply(a.state, then)).reply;
    };
    expect(startsWith(index.reflections.sadness, await second('음 내일부터 뭐 하지'))).toBe(true);
    expect(startsWith(UNSURE_REFLECTIONS, await second('음 내일부터 뭐 하지 ㅋㅋ'))).toBe(true);
  });

  it('names only topics of the corpus as feeling topics', () => {
    const topics = new Set(index.intents.map((i) => i.topic));
    for (const t of FEELING_TOPICS) expect(topics.has(t)).toBe(true);
  });
});
