import { describe, expect, it } from 'vitest';
import { afterPleasantry } from '../../src/chat/pleasantry';
import { createChatEngine } from '../../src/chat/engine';
import { fakeAnalyze, fakeIndex } from './helpers';
import type { Analysis } from '../../src/ml/encoder';
import { meaningfulLength } from '../../src/ml/text';

describe('a pleasantry before what the turn is about (src/chat/pleasantry.ts)', () => {
  it.each([
    ['고마워 근데 오늘 너무 피곤해', '오늘 너무 피곤해'],
    ['안녕 나 오늘 회사에서 혼났어', '나 오늘 회사에서 혼났어'],
    ['한국어로 할게요 ㅋㅋ 오늘 너무 피곤해요', '오늘 너무 피곤해요'],
    ['안녕하세요! 요즘 잠을 못 자요', '요즘 잠을 못 자요'],
    ['감사합니다. 그런데 아직도 마음이 무거워요', '아직도 마음이 무거워요'],
    ['안녕하세요'.normalize('NFD') + ' 요즘 잠을 못 자요', '요즘 잠을 못 자요'],
  ])('reads %s as %s', (text, rest) => {
    expect(afterPleasantry(text)).toBe(rest);
  });

  it.each(['안녕하세요', '고마워 ㅎㅎ', '고마워 진짜', '안녕히 주무세요', '고마워하는 마음이 커', '하이볼 마셨어 기분 좋다', '오늘 너무 피곤해', '감사한 하루였어'])(
    'leaves %s whole',
    (text) => {
      expect(afterPleasantry(text)).toBe(text);
    },
  );

  it('has the engine read what follows the pleasantry, and the gauge count only that', async () => {
    const seen: string[] = [];
    const analyze = async (texts: string[]): Promise<Analysis[]> => {
      seen.push(...texts);
      return fakeAnalyze(texts);
    };
    const engine = createChatEngine({ analyze, index: fakeIndex(), seed: 7 });
    const r = await engine.reply(engine.newConversation(), '고마워 근데 오늘 너무 우울해');
    expect(seen[0]).toBe('오늘 너무 우울해');
    expect(r.turn?.label).toBe('sadness');
    expect(r.state.recentTexts?.at(-1)).toBe('오늘 너무 우울해');
    expect(r.state.sharedChars).toBe(meaningfulLength('오늘 너무 우울해'));
  });
});
