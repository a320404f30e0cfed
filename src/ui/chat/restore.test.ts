import { describe, expect, it } from 'vitest';
import type { DialogueIndex } from '../../chat';
import { EMOTIONS, type EmotionId } from '../../ml/emotions';
import type { Conversation, Message, MessageAnalysis } from '../../store';
import { labelOf, rebuildState } from './restore';
import { CHECK_IN_LONELY_REPLIES, CHECK_IN_NO_REPLIES, CHECK_IN_REPLIES } from '../../chat/safety-check';

const perEmotion = (f: (e: EmotionId) => string[]) => Object.fromEntries(EMOTIONS.map((e) => [e, f(e)])) as Record<EmotionId, string[]>;

const index = {
  format: 2,
  modelVersion: 'v',
  dim: 2,
  intents: [
    { id: 'work_stress', kind: 'retrieval', topic: 'work', emotion: 'anxiety', replies: ['일이 많이 버거웠겠어요.', '쉬어 가도 괜찮아요.'] },
  ],
  followups: perEmotion((e) => [`${e} 질문 하나?`, `${e} 질문 둘?`]),
  reflections: perEmotion((e) => [`${e} 마음이 느껴져요.`]),
  safetyReplies: { suicide: ['109에 전화해 주세요.'], violence: ['112에 신고해 주세요.'], bullying: ['117에 연락해 주세요.'] },
  settings: { threshold: 0.5, margin: 0, safetyMargin: 0, note: '' },
  vectors: new Float32Array(2),
  safetyVectors: new Float32Array(),
  safetyLabels: [],
  intentModel: {
    features: new Uint16Array(),
    idf: new Float32Array(),
    offsets: new Uint32Array(1),
    pairIntent: new Uint16Array(),
    pairWeight: new Float32Array(),
    bias: new Float32Array(1),
    cosWeight: 1,
  },
} satisfies DialogueIndex;

const conversation: Conversation = { id: 'c', startedAt: 0, updatedAt: 0, title: '', mix: EMOTIONS.map(() => 0), sharedChars: 0, safety: 'suicide' };
let t = 0;
const msg = (role: 'user' | 'bot', text: string, kind?: Message['kind'], intent?: string | null): Message => ({
  id: `m${++t}`,
  conversationId: 'c',
  role,
  text,
  createdAt: t,
  ...(kind ? { kind } : {}),
  ...(intent !== undefined ? { intent } : {}),
});

describe('rebuildState', () => {
  it('recovers turns, used replies, asked follow-ups and the safety flag from stored messages', () => {
    const messages = [
      msg('user', '회사 일이 너무 많아요'),
      msg('bot', '일이 많이 버거웠겠어요.', 'retrieval', 'work_stress'),
      msg('user', '그냥 그래요'),
      msg('bot', 'sadness 마음이 느껴져요. sadness 질문 둘?', 'followup', null),
      msg('user', '다 그만두고 싶어요'),
      msg('bot', '109에 전화해 주세요.', 'safety', null),
      msg('user', '분석 안 된 메시지'),
    ];
    const analyses: MessageAnalysis[] = messages.slice(0, 6).filter((m) => m.role === 'user').map((m) => ({
      messageId: m.id,
      conversationId: 'c',
      emotions: [0, 0.7, 0, 0.3, 0, 0, 0],
      label: 'sadness',
      createdAt: m.createdAt,
    }));
    const state = rebuildState(index, conversation, messages, analyses, 7);
    expect(state.seed).toBe(7);
    expect(state.turns).toHaveLength(3);
    expect(state.turns.map((x) => x.kind)).toEqual(['retrieval', 'followup', 'safety']);
    expect(state.turns[0]!.intent).toBe('work_stress');
    expect(state.turns[2]!.safety).toBe('suicide');
    expect(state.sharedChars).toBe(9 + 5 + 8);
    expect(state.usedReplies).toEqual(['work_stress#0', 'reflection:sadness#0', 'safety:suicide#0']);
    expect(state.askedFollowups).toEqual(['sadness#1']);
    expect(state.safety).toBe('suicide');
    expect(state.lastEmbedding).toBeNull();
    // The thread's mood and recent texts, as the engine keeps them (src/chat/engine.ts).
    expect(state.turns.map((x) => x.mood)).toEqual(['anxiety', 'sadness', undefined]);
    expect(state.recentTexts).toEqual(['그냥 그래요', '다 그만두고 싶어요']);
  });

  it('recovers a safety check-in, so that a reopened conversation still reads the answer to it', () => {
    const messages = [msg('user', '다 그만두고 싶어요'), msg('bot', CHECK_IN_REPLIES[1]!, 'safety', null)];
    const analyses: MessageAnalysis[] = [{ messageId: messages[0]!.id, conversationId: 'c', emotions: [0, 0.7, 0, 0.3, 0, 0, 0], label: 'sadness', createdAt: 0 }];
    const state = rebuildState(index, conversation, messages, analyses, 7);
    expect(state.usedReplies).toEqual(['safety:check#1']);
    expect(state.turns[0]!.safety).toBe('suicide');
    const relief = rebuildState(index, conversation, [...messages, msg('user', '아니요'), msg('bot', CHECK_IN_NO_REPLIES[0]!, 'followup', null)], [...analyses, { ...analyses[0]!, messageId: `m${t - 1}` }], 7);
    expect(relief.usedReplies).toEqual(['safety:check#1', 'safety:check-no#0']);
    // The loneliness check-in too (session 21), so its answer still gets the reply in kind.
    const lonely = rebuildState(index, conversation, [msg('user', '세상에 나 혼자 남은 기분이야'), msg('bot', CHECK_IN_LONELY_REPLIES[0]!, 'safety', null)], analyses, 7);
    expect(lonely.usedReplies).toEqual(['safety:check-lonely#0']);
  });

  it('recovers a turn answered without naming a feeling as a neutral mood', () => {
    const messages = [msg('user', '수학이 하나도 안 풀렸어'), msg('bot', '그랬군요. 그 얘기를 하면서 마음은 좀 어때요?', 'followup', null)];
    const analyses: MessageAnalysis[] = [{ messageId: messages[0]!.id, conversationId: 'c', emotions: [0.6, 0.3, 0, 0, 0, 0, 0.1], label: 'joy', createdAt: 0 }];
    const state = rebuildState(index, { ...conversation, safety: null }, messages, analyses, 7);
    expect(state.turns[0]!.mood).toBe('neutral');
    expect(state.usedReplies).toEqual(['unsure#0']);
    expect(state.askedFollowups).toEqual(['unsure#1']);
  });

  it('leaves short meta turns out of the gauge, as the engine does', () => {
    const messages = [
      msg('user', '안녕하세요'),
      msg('bot', '반가워요.', 'meta', 'meta_greeting_first'),
      msg('user', '회사 일이 너무 많아요'),
      msg('bot', '일이 많이 버거웠겠어요.', 'retrieval', 'work_stress'),
    ];
    const analyses: MessageAnalysis[] = messages.filter((m) => m.role === 'user').map((m) => ({
      messageId: m.id,
      conversationId: 'c',
      emotions: [0, 0.7, 0, 0.3, 0, 0, 0],
      label: 'sadness',
      createdAt: m.createdAt,
    }));
    const state = rebuildState(index, { ...conversation, safety: null }, messages, analyses, 7);
    expect(state.turns.map((x) => x.kind)).toEqual(['meta', 'retrieval']);
    expect(state.sharedChars).toBe(9);
  });

  it('recovers the covered topics: what the bot asked and what the user told', () => {
    const messages = [
      msg('user', '요즘 밤에 잠이 안 와요'),
      msg('bot', '많이 힘들었겠어요. 이 일을 누군가에게 털어놓은 적이 있어요?', 'followup', null),
      msg('user', '친구한테 말하기도 좀 그래요'),
      msg('bot', '그랬군요. 하루 중 언제 그 마음이 제일 크게 느껴져요?', 'followup', null),
      msg('user', '심장이 두근거려요'), // never analysed (refused or unanswered): not a turn
    ];
    const analyses: MessageAnalysis[] = messages.slice(0, 4).filter((m) => m.role === 'user').map((m) => ({
      messageId: m.id,
      conversationId: 'c',
      emotions: [0, 0.7, 0, 0.3, 0, 0, 0],
      label: 'sadness',
      createdAt: m.createdAt,
    }));
    const state = rebuildState(index, { ...conversation, safety: null }, messages, analyses, 7);
    expect([...(state.coveredTopics ?? [])].sort()).toEqual(['confided', 'sleep', 'someone', 'time_of_day']);
  });

  it('labels a stored vector by its largest emotion', () => {
    expect(labelOf([0.1, 0.2, 0.6, 0, 0, 0, 0.1])).toBe('anger');
  });
});
