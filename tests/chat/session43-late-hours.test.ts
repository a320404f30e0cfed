/**
 * Session 43 (late-hours.ts): a small hour of the night told ("새벽 4시까지 뒤척였어", "새벽 2시에
 * 퇴근했어") is taken up by the hour, not met with a stock line for the model's mood.
 */
import { describe, expect, it } from 'vitest';
import { lateHourReply, toldLateHour } from '../../src/chat/late-hours';
import { realModelPresent, talkThrough, useShippedChat } from './helpers';

describe('toldLateHour', () => {
  it('awake or working till a small hour', () => {
    const cases: Array<[string, string, 'awake' | 'worked']> = [
      ['새벽 4시까지 뒤척였어', '4', 'awake'],
      ['새벽 세 시에야 잠들었어', '3', 'awake'],
      ['새벽 5시 넘어서 겨우 잤어', '5', 'awake'],
      ['어제도 새벽 2시에 퇴근했어', '2', 'worked'],
      ['새벽 세 시까지 과제함 ㅠㅠ', '3', 'worked'],
      ['새벽 1시까지 야근했어요', '1', 'worked'],
    ];
    for (const [t, hour, what] of cases) expect(toldLateHour(t), t).toEqual({ hour, what });
  });
  it('not a plan, a question, someone else, a glad night, an early rising, or no hour', () => {
    for (const t of ['내일 새벽 4시까지 해야 돼', '새벽 4시까지 안 자면 어떡해?', '남편이 새벽 2시에 퇴근했어', '새벽 2시에 잠들었는데 꿀잠 잤어', '새벽 3시까지 친구들이랑 놀았어 ㅋㅋ', '새벽 5시에 일어났어', '새벽까지 뒤척였어', '오후 3시에 퇴근했어', '새벽 4시까지 게임했어'])
      expect(toldLateHour(t), t).toBeNull();
  });
  it('the question fits whether such nights were told as many', () => {
    expect(lateHourReply({ hour: '4', what: 'awake' }, '새벽 4시까지 뒤척였어', ['요즘 잠이 안 와'])).toMatch(/낮에는 좀 어떻게 지내요\?$/u);
    expect(lateHourReply({ hour: '4', what: 'awake' }, '새벽 4시까지 뒤척였어', ['시험 끝났어'])).toMatch(/요즘 자주 있어요\?$/u);
    expect(lateHourReply({ hour: '2', what: 'worked' }, '어제도 새벽 2시에 퇴근했어')).toMatch(/얼마나 이어지고 있어요\?$/u);
  });
});

describe.skipIf(!realModelPresent())('a small hour told in the chat (shipped model)', () => {
  const shipped = useShippedChat();
  it('is said back by the hour', async () => {
    const rs = await talkThrough(shipped().engine, ['요즘 잠이 안 와', '누우면 자꾸 이런저런 생각이 나', '새벽 4시까지 뒤척였어']);
    expect(rs[2]!.reply).toMatch(/^새벽 4시가 되도록 잠들지 못했으면/u);
    const work = await talkThrough(shipped().engine, ['요즘 회사 너무 힘들어', '어제도 새벽 2시에 퇴근했어']);
    expect(work[1]!.reply).toMatch(/^새벽 2시까지라니/u);
  }, 60_000);
});
