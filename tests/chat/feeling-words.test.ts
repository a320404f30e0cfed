/**
 * Words that name a feeling (src/chat/feeling-words.ts): one feeling put before another.
 */
import { describe, expect, it } from 'vitest';
import { namesFeeling, ratherFeeling } from '../../src/chat/feeling-words';
import { createChatEngine } from '../../src/chat/engine';
import { fakeAnalyze, fakeIndex } from './helpers';

describe('one feeling put before another', () => {
  it('takes the feeling after 보다, and leaves comparisons of days or people alone', () => {
    expect(ratherFeeling('기쁘기보다 무서워요')).toBe('anxiety');
    expect(ratherFeeling('좋다기보다는 부담돼'.normalize('NFD'))).toBe('anxiety');
    expect(ratherFeeling('화가 난다기보다 서운해')).toBe('hurt');
    for (const t of ['생각보다 괜찮아', '어제보다 오늘이 더 힘들어', '친구보다 더 슬퍼']) expect(ratherFeeling(t), t).toBeNull();
  });

  // Session 30: a new team lead's "기쁘기보다 무서워요" got "좋은 기운이 여기까지 전해지는 것 같아요".
  it('is reflected in the engine, not the joy the turn also names', async () => {
    const index = fakeIndex({ threshold: 2 });
    const e = createChatEngine({ analyze: fakeAnalyze, index, seed: 6 });
    // (The fake encoder reads 합격 as joy, as the model read the team lead's line.)
    const r = await e.reply(e.newConversation(), '합격했는데 기쁘기보다 걱정돼요');
    expect(r.state.turns[0]!.mood).toBe('anxiety');
    expect(index.reflections.joy.some((x) => r.reply.startsWith(x))).toBe(false);
  });
});

describe('good news named outright', () => {
  // Session 31: "오늘 ㅈㄴ 좋은날이었음" and "코테는 붙었거든" read as joy below the bar for unnamed joy.
  it('names joy, and not in a wish or a negation', () => {
    for (const t of ['오늘 ㅈㄴ 좋은날이었음', '근데 사실 오늘 좋은 일도 있었어 코테는 붙었거든', '기분 진짜 좋다']) expect(namesFeeling(t, 'joy'), t).toBe(true);
    for (const t of ['붙었으면 좋겠다', '기분 안 좋아', '합격했으면']) expect(namesFeeling(t, 'joy'), t).toBe(false);
  });
});
