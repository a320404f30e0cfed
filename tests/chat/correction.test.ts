/**
 * A correction of the feeling named is owned, and the feeling the user names instead is reflected
 * (src/chat/correction.ts).
 */
import { describe, expect, it } from 'vitest';
import { CORRECTION_PREFIXES, correctedFeeling } from '../../src/chat/correction';
import { createChatEngine } from '../../src/chat/engine';
import { fakeAnalyze, fakeIndex } from './helpers';

describe('corrections of the feeling named', () => {
  it('find the feeling named after the correction, none when none is named, and nothing in other negations', () => {
    expect(correctedFeeling('화난건 아니고 그냥 외로워')).toBe('sadness');
    expect(correctedFeeling('슬픈 게 아니라 화가 나는 거야'.normalize('NFD'))).toBe('anger');
    expect(correctedFeeling('아니 좋은 일 아니라고.. 당뇨라고')).toBeNull();
    for (const t of ['이게 좋은 일인지 아닌지 모르겠어', '나쁜 사람은 아니야', '걱정할 일은 아니라고 했어', '화가 나']) expect(correctedFeeling(t), t).toBeUndefined();
  });

  // Session 30: "화난건 아니고 그냥 외로워" got "정말 억울하고 답답했겠어요".
  it('owns the misreading and reflects the feeling the user names', async () => {
    const e = createChatEngine({ analyze: fakeAnalyze, index: fakeIndex({ threshold: 2 }), seed: 4 });
    let s = e.newConversation();
    s = (await e.reply(s, '친구 때문에 너무 화나')).state;
    const r = await e.reply(s, '화난건 아니고 그냥 외로워');
    expect(CORRECTION_PREFIXES.some((p) => r.reply.startsWith(p))).toBe(true);
    expect(r.state.turns.at(-1)!.mood).toBe('sadness');
    expect(r.reply).not.toMatch(/억울|화가|분한/u);
  });

  // A fourth helper's round: "우울한 게 아니라 외로운 거예요" was answered from an intent about feeling down.
  it('owns a correction before any intent answers', async () => {
    const e = createChatEngine({ analyze: fakeAnalyze, index: fakeIndex(), seed: 4 });
    const r = await e.reply(e.newConversation(), '우울한 게 아니라 외로운 거예요');
    expect(CORRECTION_PREFIXES.some((p) => r.reply.startsWith(p))).toBe(true);
  });
});
