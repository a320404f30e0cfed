import { describe, expect, it } from 'vitest';
import { conversationFileName, conversationText } from './conversationFile';

const at = (h: number, m: number) => new Date(2026, 10, 24, h, m).getTime();

describe('a conversation as a text file', () => {
  const messages = [
    { role: 'user' as const, text: '오늘 발표를 망쳤어요.\n계속 생각나요.', createdAt: at(20, 15) },
    { role: 'bot' as const, text: '많이 속상하셨겠어요. ', createdAt: at(20, 16) },
    { role: 'user' as const, text: '<b>그래도</b> 내일은 괜찮겠죠', createdAt: at(21, 2) },
  ];

  it('says who spoke when, every message in order, the text as it was written', () => {
    const text = conversationText(messages, at(22, 0));
    expect(text).toBe(
      [
        '음악 쉼표 · 대화',
        '11월 24일 (화) 저녁 8:15부터',
        '',
        '나 (저녁 8:15)',
        '오늘 발표를 망쳤어요.\n계속 생각나요.',
        '',
        '음악 쉼표 (저녁 8:16)',
        '많이 속상하셨겠어요.',
        '',
        '나 (밤 9:02)',
        '<b>그래도</b> 내일은 괜찮겠죠',
        '',
      ].join('\n'),
    );
  });

  it('is named after the day the conversation began', () => {
    expect(conversationFileName(messages, at(23, 0))).toBe('음악쉼표-대화-2026-11-24.txt');
    expect(conversationFileName([], at(9, 0))).toBe('음악쉼표-대화-2026-11-24.txt');
  });
});
