/**
 * Session 40 (elder): a tester in their 60s, writing short polite turns, was told what they had not
 * said: exhaustion after work read as living alone, a wife's worry as caring for a sick spouse, a
 * grown son's silence as vague worry, a friend's long friendship as a stock line, a quarrel with
 * one's wife as joy, a retirement last year as a ceremony today; and corpus replies switched to
 * subject honorifics toward the user mid-conversation (later-life.ts, intent-guards.ts, the corpus).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createChatEngine } from '../../src/chat/engine';
import {
  childSilentTurn,
  friendGriefTurn,
  kinMemoryTurn,
  laterLifeTurn,
  retirementDayTurn,
  spouseQuarrelTurn,
  spouseWorries,
  wornAfterWork,
} from '../../src/chat/later-life';
import { presumesUnsaid } from '../../src/chat/intent-guards';
import { fakeAnalyze, fakeIndex, realModelPresent, talkThrough, useShippedChat } from './helpers';

const engine = () => createChatEngine({ analyze: fakeAnalyze, index: fakeIndex(), seed: 3, gaugeThreshold: 60 });

describe('worn out after work is no life alone', () => {
  it('guards the living-alone intent when the turn names tiredness and no solitude', () => {
    expect(presumesUnsaid('lonely_living_alone', '퇴근하고 집에 오면 아무것도 하기 싫어요')).toBe(true);
    expect(presumesUnsaid('lonely_living_alone', '요즘 너무 지쳐서 집에 오면 누워만 있어요')).toBe(true);
    // Near misses: solitude said, the intent stays.
    expect(presumesUnsaid('lonely_living_alone', '혼자 사니까 퇴근하고 아무것도 하기 싫어요')).toBe(false);
    expect(presumesUnsaid('lonely_living_alone', '퇴근하고 빈집 들어가면 한숨부터 나와')).toBe(false);
    expect(presumesUnsaid('lonely_living_alone', '집에 오면 아무도 없어서 쓸쓸해')).toBe(false);
  });

  it('wornAfterWork: after work, nothing to be done, no solitude', () => {
    expect(wornAfterWork('퇴근하고 집에 오면 아무것도 하기 싫어요')).toBe(true);
    expect(wornAfterWork('일 끝나고 집에 오면 손 하나 까딱하기 싫어')).toBe(true);
    expect(wornAfterWork('퇴근하고 집에 오면 혼자라 아무것도 하기 싫어')).toBe(false);
    expect(wornAfterWork('아무것도 하기 싫어요')).toBe(false);
    expect(wornAfterWork('퇴근하고 운동 갔어요')).toBe(false);
  });
});

describe('a spouse who worries about the user', () => {
  it('spouseWorries: the spouse does the worrying', () => {
    expect(spouseWorries('아내가 걱정을 많이 해요')).toBe(true);
    expect(spouseWorries('남편이 저를 많이 걱정해요')).toBe(true);
    expect(spouseWorries('집사람이 걱정해요')).toBe(true);
    // Near misses: the user's worry about the spouse, kept from the spouse, or reassurance.
    expect(spouseWorries('아내가 걱정돼요')).toBe(false);
    expect(spouseWorries('아내가 걱정이에요')).toBe(false);
    expect(spouseWorries('아내 걱정을 많이 해요')).toBe(false);
    expect(spouseWorries('아내가 걱정할까 봐 말을 못 했어요')).toBe(false);
    expect(spouseWorries('남편이 걱정하지 말래요')).toBe(false);
  });

  it('takes the worry up as the spouse’s, after tiredness as a sign the user looked worn', () => {
    const worn = laterLifeTurn('아내가 걱정을 많이 해요', ['퇴근하고 집에 오면 아무것도 하기 싫어요']);
    expect(worn?.kind).toBe('spouse_worries');
    expect(worn?.replies[0]).toMatch(/아내분이 걱정하실 만큼 요즘 많이 지쳐 보였나 봐요/u);
    expect(worn?.replies[0]).not.toMatch(/돌보|당신/u);
    expect(laterLifeTurn('남편이 걱정을 많이 해요')?.replies[0]).toMatch(/^남편분이 곁에서 많이 걱정하시는군요/u);
  });
});

describe('a friend’s death: closeness and one’s own turn', () => {
  const story = ['오늘 친구 장례식에 다녀왔어요', '마음이 너무 허전하고 눈물이 나요'];

  it('friendGriefTurn reads closeness or duration in a friend’s death', () => {
    expect(friendGriefTurn('오래된 친구였거든요', story)).toBe('closeness');
    expect(friendGriefTurn('40년 지기예요', story)).toBe('closeness');
    expect(friendGriefTurn('어릴 때부터 알던 사이예요', story)).toBe('closeness');
    expect(friendGriefTurn('나도 언제 갈지 모르겠다는 생각이 들어요', ['고등학교 동창이 갑자기 세상을 떠났어요'])).toBe('own_turn');
    // Near misses: no death told, a parent's death (not a friend's), nothing about closeness.
    expect(friendGriefTurn('40년 지기예요', ['친구랑 여행 왔어요'])).toBeNull();
    expect(friendGriefTurn('어릴 때부터 그랬어요', ['어머니가 돌아가셨어요'])).toBeNull();
    expect(friendGriefTurn('내일 발인이에요', story)).toBeNull();
  });

  it('names the years said and asks about the friend', () => {
    expect(laterLifeTurn('40년 지기예요', story)?.replies[0]).toMatch(/^40년을 함께한 친구라 빈자리가 더 크게 느껴지겠어요.*그 친구는 어떤 사람이었어요\?$/u);
    expect(laterLifeTurn('오래된 친구였거든요', story)?.replies[0]).toMatch(/^오래 함께한 친구라/u);
  });
});

describe('a grown child who does not call', () => {
  const opener = '아들이 또 연락을 안 해요';

  it('childSilentTurn: the news, the feelings named, self-blame', () => {
    expect(childSilentTurn(opener)).toBe('opener');
    expect(childSilentTurn('딸이 요즘 전화를 통 안 해요')).toBe('opener');
    expect(childSilentTurn('화가 나고 서운해요', [opener])).toBe('feelings');
    expect(childSilentTurn('내가 뭘 잘못했나 싶어요', [opener, '화가 나고 서운해요'])).toBe('self_blame');
    // Near misses: a boyfriend's silence, a son who called, feelings with no such story.
    expect(childSilentTurn('남자친구가 연락을 안 해요')).toBeNull();
    expect(childSilentTurn('아들이 어제 연락했어요')).toBeNull();
    expect(childSilentTurn('화가 나고 서운해요', ['친구가 약속을 어겼어요'])).toBeNull();
  });

  it('names anger and 서운함 as they were said (no 안도), and answers self-blame gently', () => {
    const feelings = laterLifeTurn('화가 나고 서운해요', [opener]);
    expect(feelings?.replies[0]).toMatch(/^화가 나는 마음도, 서운한 마음도 다 당연해요/u);
    expect(feelings?.replies[0]).not.toMatch(/안도/u);
    expect(laterLifeTurn('섭섭해요', [opener])?.replies[0]).toMatch(/^섭섭한 마음이 드는 게 당연해요/u);
    const blame = laterLifeTurn('내가 뭘 잘못했나 싶어요', [opener, '화가 나고 서운해요']);
    expect(blame?.replies[0]).toMatch(/잘못 키웠다는 뜻은 아니에요/u);
  });
});

describe('a quarrel with one’s spouse, and a retirement told plainly', () => {
  it('spouseQuarrelTurn', () => {
    expect(spouseQuarrelTurn('아내랑 요즘 자주 다퉈요')).toBe('opener');
    expect(spouseQuarrelTurn('남편하고 매일 싸워요')).toBe('opener');
    expect(spouseQuarrelTurn('퇴직하고 집에 같이 있으니 부딪혀요', ['아내랑 요즘 자주 다퉈요'])).toBe('retired_clash');
    expect(spouseQuarrelTurn('서로 말을 안 하고 지내요', ['아내랑 요즘 자주 다퉈요'])).toBe('silence');
    // Near misses: no quarrel, a friend's, silence with no quarrel told.
    expect(spouseQuarrelTurn('아내랑 싸운 적이 없어요')).toBeNull();
    expect(spouseQuarrelTurn('아내랑 산책했어요')).toBeNull();
    expect(spouseQuarrelTurn('친구랑 싸웠어요')).toBeNull();
    expect(spouseQuarrelTurn('서로 말을 안 하고 지내요', ['친구랑 싸웠어요'])).toBeNull();
  });

  it('a quarrel is taken up as one, never as joy', () => {
    const r = laterLifeTurn('아내랑 요즘 자주 다퉈요');
    expect(r?.replies[0]).toMatch(/^아내분과 요즘 자주 다투게 되는군요/u);
    expect(r?.mood).toBe('anger');
  });

  it('"작년에 정년퇴직했어요" is news, no ceremony today; the long days after it are heard', () => {
    expect(retirementDayTurn('작년에 정년퇴직했어요')).toBe('news');
    expect(retirementDayTurn('정년퇴임식 했어요 오늘')).toBe('ceremony');
    expect(retirementDayTurn('오늘 정년퇴직했어요')).toBe('ceremony');
    expect(retirementDayTurn('아버지가 작년에 정년퇴직했어요')).toBeNull();
    expect(retirementDayTurn('요즘은 하루가 너무 길어요', ['작년에 정년퇴직했어요'])).toBe('long_days');
    expect(retirementDayTurn('요즘은 하루가 너무 길어요')).toBeNull();
    expect(retirementDayTurn('아내가 나가서 뭐라도 하라고 해요', ['작년에 정년퇴직했어요'])).toBe('spouse_pushes');
    expect(laterLifeTurn('작년에 정년퇴직했어요')?.replies[0]).not.toMatch(/퇴임식|오늘/u);
  });
});

describe('a spouse or parent who forgets', () => {
  const opener = '남편이 요즘 자꾸 깜빡깜빡해요';

  it('kinMemoryTurn: the forgetting, the fear of dementia, the refusal to see a doctor', () => {
    expect(kinMemoryTurn(opener)).toBe('opener');
    expect(kinMemoryTurn('엄마가 요즘 같은 말을 자꾸 해요')).toBe('opener');
    expect(kinMemoryTurn('치매일까 봐 겁나요', [opener])).toBe('fear');
    expect(kinMemoryTurn('병원에 가자고 하면 화를 내요', [opener, '치매일까 봐 겁나요'])).toBe('refuses');
    // Near misses: a forgotten birthday is hurt, the user's own forgetting, a fear with no such story.
    expect(kinMemoryTurn('남편이 또 내 생일을 까먹었어요')).toBeNull();
    expect(kinMemoryTurn('제가 요즘 자꾸 깜빡해요')).toBeNull();
    expect(kinMemoryTurn('치매일까 봐 겁나요', ['요즘 잠을 못 자요'])).toBeNull();
  });

  it('says back what was told and where a screening can be had', () => {
    expect(laterLifeTurn(opener)?.replies[0]).toMatch(/^남편분이 자꾸 깜빡하시면/u);
    expect(laterLifeTurn('엄마가 요즘 같은 말을 자꾸 해요')?.replies[0]).toMatch(/^어머님이 같은 말을 자꾸 하시면/u);
    expect(laterLifeTurn('치매일까 봐 겁나요', [opener])?.replies[0]).toMatch(/겁이 나는 게 당연해요.*치매안심센터/u);
    expect(laterLifeTurn('치매 초기 아닐까 걱정돼요', [opener])?.replies[0]).toMatch(/^치매일까 봐 걱정되는 게/u);
  });
});

describe('session 40 replies speak to the user without subject honorifics', () => {
  it('in the new later-life replies', () => {
    const turns: Array<[string, string[]]> = [
      ['퇴근하고 집에 오면 아무것도 하기 싫어요', []],
      ['오래된 친구였거든요', ['오늘 친구 장례식에 다녀왔어요']],
      ['나도 언제 갈지 모르겠다는 생각이 들어요', ['오늘 친구 장례식에 다녀왔어요']],
      ['아들이 또 연락을 안 해요', []],
      ['화가 나고 서운해요', ['아들이 또 연락을 안 해요']],
      ['내가 뭘 잘못했나 싶어요', ['아들이 또 연락을 안 해요']],
      ['아내랑 요즘 자주 다퉈요', []],
      ['서로 말을 안 하고 지내요', ['아내랑 요즘 자주 다퉈요']],
      ['작년에 정년퇴직했어요', []],
      ['요즘은 하루가 너무 길어요', ['작년에 정년퇴직했어요']],
    ];
    for (const [t, earlier] of turns) {
      const reply = laterLifeTurn(t, earlier)?.replies[0] ?? '';
      expect(reply, t).not.toBe('');
      expect(reply, t).not.toMatch(/계세요|으세요|셨겠|시겠|하시죠|당신/u);
    }
  });

  it('in the corpus replies the tester met (later-life intents and others)', () => {
    const dir = path.join(__dirname, '..', '..', 'data', 'dialogue', 'intents');
    const replies = readdirSync(dir).flatMap((f) => (JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Array<{ id: string; replies: string[] }>).flatMap((it) => it.replies.map((r) => `${it.id}: ${r}`)));
    const toUser = /서운하시죠|주고받고 계세요|달래고 계세요|무거우셨겠어요|외로우셨|답답하셨겠어요|닳으셨겠어요|어떠세요\?|싶으세요\?|느끼셨어요\?|해 주셨어요\?|드세요\?|민망하시겠어요|좋으시겠어요|오셨군요|오셨네요/u;
    expect(replies.filter((r) => toUser.test(r))).toEqual([]);
  });
});

describe('engine: the tester’s turns with the fake model', () => {
  it('a son’s silence, the feelings, the self-blame', async () => {
    const rs = await talkThrough(engine(), ['아들이 또 연락을 안 해요', '화가 나고 서운해요', '내가 뭘 잘못했나 싶어요']);
    expect(rs[0]!.reply).toMatch(/아드님한테서 또 연락이 없군요/u);
    expect(rs[1]!.reply).toMatch(/화가 나는 마음도, 서운한 마음도/u);
    expect(rs[2]!.reply).toMatch(/잘못 키웠다는 뜻은 아니에요/u);
  });
});

describe.skipIf(!realModelPresent())('session 40 elder turns with the shipped model', () => {
  const shipped = useShippedChat();

  it('tiredness after work is no life alone; the wife’s worry no caregiving', async () => {
    const rs = await talkThrough(shipped().engine, ['퇴근하고 집에 오면 아무것도 하기 싫어요', '아내가 걱정을 많이 해요']);
    expect(rs[0]!.intent).not.toBe('lonely_living_alone');
    expect(rs[0]!.reply).not.toMatch(/혼자 사는/u);
    expect(rs[1]!.intent).not.toBe('later_spouse_care');
    expect(rs[1]!.reply).toMatch(/아내분이 걱정하실 만큼/u);
  }, 60_000);

  it('a long friendship in grief gets its own reflection', async () => {
    const rs = await talkThrough(shipped().engine, ['오늘 친구 장례식에 다녀왔어요', '마음이 너무 허전하고 눈물이 나요', '오래된 친구였거든요']);
    expect(rs[2]!.reply).toMatch(/오래 함께한 친구라 빈자리가/u);
  }, 60_000);

  it('a son’s silence: no 안도, no vague worry', async () => {
    const rs = await talkThrough(shipped().engine, ['아들이 또 연락을 안 해요', '화가 나고 서운해요', '내가 뭘 잘못했나 싶어요']);
    expect(rs[0]!.reply).not.toMatch(/이런저런 생각이 겹쳐서/u);
    expect(rs[1]!.intent).not.toBe('mood_mixed_up_feelings');
    expect(rs[1]!.reply).not.toMatch(/안도/u);
    expect(rs[2]!.reply).toMatch(/잘못 키웠다는 뜻은 아니에요/u);
  }, 60_000);

  it('a quarrel with one’s wife is not met with joy', async () => {
    const rs = await talkThrough(shipped().engine, ['아내랑 요즘 자주 다퉈요', '퇴직하고 집에 같이 있으니 부딪혀요']);
    expect(rs[0]!.reply).not.toMatch(/좋네요|기쁨|환해지/u);
    expect(rs[1]!.reply).toMatch(/퇴직하고 하루 종일 같이/u);
  }, 60_000);
});
