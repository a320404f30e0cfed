/**
 * Session 39: a protest at unfairness ("내가 왜 사과해야돼") is heard as 억울함, not weighed as a
 * choice (protest.ts); "엄마가 또 나한테만 뭐라고 해" (she scolds me) is not a question of what to say
 * (asks-how.ts).
 */
import { describe, expect, it } from 'vitest';
import { PROTEST_REPLIES, protestsUnfairness } from '../../src/chat/protest';
import { asksHow } from '../../src/chat/asks-how';
import { ADVICE_REPLIES } from '../../src/chat/asks-advice';
import { realModelPresent, talkThrough, useShippedChat } from './helpers';

describe('protestsUnfairness', () => {
  it('hears why-me protests', () => {
    for (const t of ['내가 왜 사과해야돼', '왜 내가 혼나야 되냐고', '동생이 어질러 놓은 건데 왜 내가 혼나야 되냐고', '제가 왜 그걸 책임져야 하나요?', '왜 나만 참아야 돼?', '내가 왜 눈치 봐야 되는데']) {
      expect(protestsUnfairness(t), t).toBe(true);
    }
  });
  it('leaves wondering about oneself, questions about living, and plain why-questions', () => {
    for (const t of ['내가 왜 그랬는지 모르겠어', '내가 왜 그랬을까', '내가 왜 살아야 돼', '왜 나만 이렇게 태어났을까', '왜 그 사람은 사과를 안 해?', '사과해야 할까?', '내가 먼저 사과해야 돼']) {
      expect(protestsUnfairness(t), t).toBe(false);
    }
  });
});

describe('asksHow: someone scolding is not a question of what to say', () => {
  it('reads "나한테만 뭐라고 해" as a statement', () => {
    expect(asksHow('엄마가 또 나한테만 뭐라고 해')).toBeNull();
    expect(asksHow('팀장님이 맨날 뭐라고 해요')).toBeNull();
  });
  it('still hears questions of what to say', () => {
    expect(asksHow('엄마한테 뭐라고 해야 돼?')).not.toBeNull();
    expect(asksHow('또 뭐라고 해야 할지 모르겠어')).not.toBeNull();
  });
});

describe.skipIf(!realModelPresent())('protests in a conversation (shipped model)', () => {
  const shipped = useShippedChat();
  it('answers "내가 왜 사과해야돼" with the 억울함, not advice', async () => {
    const rs = await talkThrough(shipped().engine, ['남자친구랑 싸웠어', '걔가 먼저 약속 어겨놓고 나보고 사과하래', '내가 왜 사과해야돼']);
    expect(PROTEST_REPLIES).toContain(rs[2]!.reply);
    expect(ADVICE_REPLIES).not.toContain(rs[2]!.reply);
  }, 60_000);
  it('does not answer a scolding mother with "그 답을 제가 정해 드릴 수는 없지만"', async () => {
    const rs = await talkThrough(shipped().engine, ['엄마가 또 나한테만 뭐라고 해', '동생이 어질러 놓은 건데 왜 내가 혼나야 되냐고']);
    expect(rs[0]!.reply).not.toMatch(/정해 드릴 수는 없지만/u);
    expect(PROTEST_REPLIES).toContain(rs[1]!.reply);
  }, 60_000);
});
