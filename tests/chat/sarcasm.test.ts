/**
 * Glowing words after bad news and a brave face (src/chat/sarcasm.ts), a hurting feeling named
 * outright, and slight feelings not met with the heaviest reflections (session 31).
 */
import { describe, expect, it } from 'vitest';
import { createChatEngine } from '../../src/chat/engine';
import { recentHurt, saidOtherwise, SARCASM_REFLECTIONS, SHRUG_REFLECTIONS } from '../../src/chat/sarcasm';
import type { TurnSummary } from '../../src/chat/types';
import { fakeAnalyze, fakeIndex, talkThrough } from './helpers';

let strictIndex: ReturnType<typeof fakeIndex> | null = null;
const engine = () => createChatEngine({ analyze: fakeAnalyze, index: (strictIndex ??= fakeIndex({ threshold: 2 })), seed: 5 });
const talk = (lines: string[]) => talkThrough(engine(), lines);

describe('said the other way round', () => {
  it('tells sarcasm and a brave face from glad words', () => {
    for (const t of ['최고의 하루였다 ^^', '완벽한 하루 ^^', '아주 잘됐네 ㅋ', '와 진짜 인생 잘 풀린다 ㅋㅋ', '운도 좋지 ㅎㅎ'.normalize('NFD')]) expect(saidOtherwise(t), t).toBe('sarcasm');
    for (const t of ['ㅋㅋ 뭐 기대도 안했음', '뭐 괜찮아요 ㅎㅎ 원래 그런 사람이니까', '상관없어 ㅋ']) expect(saidOtherwise(t), t).toBe('shrug');
    for (const t of ['최고의 하루였다', '그래도 최고였다 ㅋㅋ', '드디어 합격했어 최고다 ㅋㅋ', '오늘 날씨 좋다', '지갑 찾았어 운 좋다 ㅎㅎ']) expect(saidOtherwise(t), t).toBeNull();
  });

  it('reads bad news in the last two turns from their mood or the model', () => {
    const turn = (p: Partial<TurnSummary>): TurnSummary => ({ emotions: [0, 0, 0, 0, 0, 0, 1], chars: 20, kind: 'followup', intent: null, safety: null, ...p });
    expect(recentHurt([turn({ mood: 'hurt' })])).toBe('hurt');
    expect(recentHurt([turn({ emotions: [0.1, 0.6, 0.1, 0, 0.1, 0, 0.1] })])).toBe('sadness');
    expect(recentHurt([turn({ mood: 'joy', emotions: [0.9, 0, 0, 0, 0, 0, 0.1] })])).toBeNull();
    expect(recentHurt([turn({ mood: 'sadness' }), turn({}), turn({})])).toBeNull();
  });

  it('names the sting after bad news, and takes glad words at their word otherwise', async () => {
    const [, sarcastic] = await talk(['팀장이 내 기획안을 지 이름으로 올려서 너무 화나', '최고의 하루였다 ^^']);
    expect(SARCASM_REFLECTIONS.some((r) => sarcastic!.reply.startsWith(r))).toBe(true);
    const [, shrug] = await talk(['생일인데 아무도 연락이 없어서 서운해', 'ㅋㅋ 뭐 기대도 안했음']);
    expect(SHRUG_REFLECTIONS.some((r) => shrug!.reply.startsWith(r))).toBe(true);
    expect(shrug!.state.turns.at(-1)!.mood).toBe('hurt');
    const [, glad] = await talk(['오늘 친구들이랑 맛있는 거 먹어서 좋아', '최고의 하루였다 ^^']);
    expect(SARCASM_REFLECTIONS.some((r) => glad!.reply.startsWith(r))).toBe(false);
    // Bad news resolved in the turn just before: the glad words are meant (session 31).
    const [, , meant] = await talk(['면접 떨어진 줄 알고 엄청 우울했었거든', '근데 오늘 추가합격 연락 왔어 ㅋㅋㅋㅋ', '진짜 최고의 하루였다 ^^']);
    expect(SARCASM_REFLECTIONS.some((r) => meant!.reply.startsWith(r))).toBe(false);
  });
});

describe('feelings named outright and told as slight', () => {
  it('reflects the hurting feeling the user names over another the model reads, and spares a slight one the heaviest words', async () => {
    // A model that reads "좀 서럽긴 하다" as anxiety, as the real one did.
    const analyze: typeof fakeAnalyze = async (texts) =>
      (await fakeAnalyze(texts)).map((a) => (/서럽/u.test(a.text) ? { ...a, label: 'anxiety', emotions: { ...a.emotions, anxiety: 0.5, sadness: 0.35, neutral: 0.05 } } : a));
    const index = fakeIndex({ threshold: 2 });
    for (let seed = 0; seed < 4; seed++) {
      const e = createChatEngine({ analyze, index, seed });
      const first = await e.reply(e.newConversation(), '오늘 생일인데 다들 바빠서 우울해');
      const r = await e.reply(first.state, '근데 좀 서럽긴 하다');
      expect(r.state.turns.at(-1)!.mood).toBe('sadness');
      expect(r.reply).not.toMatch(/무너지|무겁게|가라앉았을|무게를|텅 빈/u);
    }
  });
});
