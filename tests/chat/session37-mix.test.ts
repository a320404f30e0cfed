/**
 * Session 37 (mix): an evening's use end to end (evening.ts): goodbyes, song requests, what is said
 * around the songs, app help, coming home in a hard story and a child finally asleep.
 */
import { describe, expect, it } from 'vitest';
import { createChatEngine } from '../../src/chat/engine';
import {
  AFTER_SONGS_LINES,
  childFinallyAsleep,
  conversationSeed,
  ERA_LINE,
  eveningSongAsk,
  GOODBYE_LINES,
  homeInHardStory,
  INSIST_LINE,
  leavingNow,
  pickBySeed,
} from '../../src/chat/evening';
import { APP_ANSWERS, asksAboutApp } from '../../src/chat/asks-about-app';
import { fakeAnalyze, fakeIndex, realModelPresent, talkThrough, useShippedChat } from './helpers';

const engine = () => createChatEngine({ analyze: fakeAnalyze, index: fakeIndex(), seed: 3, gaugeThreshold: 60 });
const allGoodbyeLines = Object.values(GOODBYE_LINES).flatMap((byMood) => Object.values(byMood).flat());

describe('leaving said short', () => {
  it('reads thanks or a yes with leaving, to sleep, to get off or to go', () => {
    const cases: Array<[string, ReturnType<typeof leavingNow>]> = [
      ['고마워 이제 내려야돼', 'off'],
      ['이제 자볼게요 안녕', 'night'],
      ['ㅇㅇ 잘자', 'night'],
      ['ㄱㅅ 잔다', 'night'],
      ['ㄱㅅ 간다', 'go'],
      ['ㅇㅋ 이제 잘게', 'night'],
      ['고마워요 저도 잘게요', 'night'],
      ['좋다!! 잘자', 'night'],
      ['이제 내릴게요', 'off'],
      // Near misses: sleep told, a question, someone else's words, a decision, going later.
      ['잠을 못 자요', null],
      ['잘 자요?', null],
      ['엄마가 잘 자래', null],
      ['어제 잘 잤어', null],
      ['결정을 내려야 돼', null],
      ['내려야 돼', null],
      ['간다', null],
      ['내일 놀러 간다', null],
      ['이제 자야 하는데 잠이 안 와', null],
      ['오늘도 못 잘 것 같아', null],
    ];
    for (const [text, want] of cases) expect(leavingNow(text), text).toBe(want);
  });

  it('picks different lines for different conversations, never a used one', () => {
    const pool = GOODBYE_LINES.night.plain;
    const picks = new Set([0, 1, 2].map((n) => pickBySeed(pool, 'x', new Set(), conversationSeed('첫 말', n))!.text));
    expect(picks.size).toBe(3);
    expect(pickBySeed(pool, 'x', new Set(['x#0', 'x#1', 'x#2']), 5)).toBeNull();
  });

  it('ends the visit in the engine, glad when the user is glad, with «조심히 내려요» for a train', async () => {
    const rs = await talkThrough(engine(), ['오늘 회사에서 칭찬 받았어', '좋다!! 잘자']);
    expect(GOODBYE_LINES.night.glad).toContain(rs[1]!.reply);
    const off = await talkThrough(engine(), ['퇴근길 지하철인데 피곤하다', '고마워 이제 내려야돼']);
    expect(off[1]!.reply).toMatch(/조심히 내려요/u);
    expect(off[1]!.intent).toBe('meta_goodbye');
    const go = await talkThrough(engine(), ['오늘 발표 망했어', 'ㄱㅅ 간다']);
    expect(allGoodbyeLines).toContain(go[1]!.reply);
  });

  it('after a safety turn the good night is gentle', async () => {
    const rs = await talkThrough(engine(), ['죽고 싶어', '고마워 이제 잘게']);
    expect(GOODBYE_LINES.night.heavy).toContain(rs[1]!.reply);
  });
});

describe('song requests the general detector left', () => {
  const none = { songTalk: false, justAsked: false };
  it('reads quiet listening, tidying up with songs, eras, calmer or other songs, a use and insisting', () => {
    expect(eveningSongAsk('조용히 들을 노래 주세요', none)).toBe('plain');
    expect(eveningSongAsk('노래 들으면서 정리하고 싶어요', none)).toBe('plain');
    expect(eveningSongAsk('옛날 노래도 있나요', none)).toBe('era');
    expect(eveningSongAsk('더 잔잔한 거', none)).toBe('calmer');
    expect(eveningSongAsk('더 잔잔한 거 없어요?', none)).toBe('calmer');
    expect(eveningSongAsk('조용한 거요', none)).toBe('calmer');
    expect(eveningSongAsk('다른 거', { songTalk: true, justAsked: false })).toBe('other');
    expect(eveningSongAsk('드라이브용', { songTalk: true, justAsked: false })).toBe('use');
    expect(eveningSongAsk('아무거나 빨리', { songTalk: true, justAsked: true })).toBe('insist');
  });

  it('leaves near misses: past, someone else, a statement, no song talk, no earlier ask', () => {
    expect(eveningSongAsk('노래 들으면서 정리했어요', none)).toBeNull();
    expect(eveningSongAsk('친구는 노래 들으면서 정리한대', none)).toBeNull();
    expect(eveningSongAsk('옛날 노래 들으면 엄마 생각나', none)).toBeNull();
    expect(eveningSongAsk('다른 사람들은 다 붙었대요', none)).toBeNull();
    expect(eveningSongAsk('드라이브용', none)).toBeNull();
    expect(eveningSongAsk('다른 거 없어?', none)).toBeNull();
    expect(eveningSongAsk('아무거나 빨리', none)).toBeNull();
    expect(eveningSongAsk('우리 집은 조용한 편이야', none)).toBeNull();
  });

  it('a second insistence opens the songs with whatever was told', async () => {
    const rs = await talkThrough(engine(), ['노래 추천', '아무거나 빨리']);
    expect(rs[0]!.action).toBe('need_more');
    expect(rs[1]!.reply).toBe(INSIST_LINE);
    expect(rs[1]!.action).toBe('open_recommendations');
  });

  it('"옛날 노래도 있나요" gets the honest line', async () => {
    const rs = await talkThrough(engine(), ['요즘 혼자 지내서 너무 적적하고 외로워요', '옛날 노래도 있나요']);
    expect(rs[1]!.reply.startsWith(ERA_LINE)).toBe(true);
    expect(rs[1]!.action).toBe('open_recommendations');
  });

  it('"좋네요" right after the ask for a sentence is no glad news', async () => {
    const rs = await talkThrough(engine(), ['노래 추천', '좋네요']);
    expect(rs[1]!.reply).toMatch(/한 줄만/u);
    expect(rs[1]!.reply).not.toMatch(/기쁜|좋은 일|들뜬/u);
  });
});

describe('after the songs', () => {
  it('"더 잔잔한 거" goes calmer, "다른 거" varies, the buttons are said once', async () => {
    const rs = await talkThrough(engine(), ['노래 추천', '아무거나 빨리', '더 잔잔한 거', '다른 거', '좋다', '다른 거', '좋다']);
    expect(AFTER_SONGS_LINES.calmer).toContain(rs[2]!.reply);
    expect(AFTER_SONGS_LINES.other).toContain(rs[3]!.reply);
    expect(rs[4]!.reply).toMatch(/버튼/u);
    expect(rs[5]!.reply).not.toBe(rs[3]!.reply);
    expect(rs[6]!.reply).not.toMatch(/버튼/u);
  });

  it('"다른 거" differs between conversations', async () => {
    const a = await talkThrough(engine(), ['노래 추천', '아무거나 빨리', '다른 거']);
    const b = await talkThrough(engine(), ['노래', '아무거나 빨리', '다른 거']);
    const c = await talkThrough(engine(), ['노래 틀어줘', '아무거나 빨리', '다른 거']);
    expect(new Set([a[2]!.reply, b[2]!.reply, c[2]!.reply]).size).toBeGreaterThan(1);
  });
});

describe('app help, coming home, a child asleep', () => {
  it('"이거 어떻게 쓰는 건가요" is a question about using the app', () => {
    expect(asksAboutApp('안녕하세요 이거 어떻게 쓰는 건가요')).toBe('how_to_use');
    expect(asksAboutApp('이 앱 어떻게 사용하나요')).toBe('how_to_use');
    expect(asksAboutApp('사용법 좀 알려주세요')).toBe('how_to_use');
    expect(asksAboutApp('이거 어떻게 해야 할지 모르겠어요')).toBeNull();
    expect(asksAboutApp('엄마한테 어떻게 말하는 게 좋을까')).toBeNull();
    expect(asksAboutApp('이거 어떻게 하면 돼? 팀장이 또 일을 줬어')).toBeNull();
    expect(asksAboutApp('사랑은 어떻게 하는 거야?')).toBeNull();
    expect(APP_ANSWERS.how_to_use[0]).toMatch(/노래/u);
  });

  it('coming home inside a loss or a fight is no after-work rest', () => {
    const id = 'life_daily_home_after_work';
    expect(homeInHardStory(id, '집에 오니까 너무 조용해', ['우리 강아지가 오늘 무지개다리 건넜어', '15년 같이 살았어'])).toBe(true);
    expect(homeInHardStory(id, '방에 들어와서 문 잠갔어요', ['오늘 엄마랑 싸웠어요'])).toBe(true);
    expect(homeInHardStory(id, '퇴근하고 집에 왔어요', ['오늘 회사에서 칭찬 받았어'])).toBe(false);
    expect(homeInHardStory('other_intent', '집에 오니까 너무 조용해', ['오늘 엄마랑 싸웠어요'])).toBe(false);
  });

  it('a child finally asleep is relief; a child who will not sleep is not', () => {
    expect(childFinallyAsleep('애가 이제야 잠들었어요')).toBe(true);
    expect(childFinallyAsleep('아기 겨우 재웠어요')).toBe(true);
    expect(childFinallyAsleep('애가 잠을 안 자요')).toBe(false);
    expect(childFinallyAsleep('아기가 자꾸 깨서 힘들어요')).toBe(false);
    expect(childFinallyAsleep('애가 이제야 잠들었나?')).toBe(false);
  });
});

describe.skipIf(!realModelPresent())('session 37 (mix) with the shipped model', () => {
  const shipped = useShippedChat();

  it('a worried night ends gently, a train ride with «조심히 내려요»', async () => {
    const rs = await talkThrough(shipped().engine, ['요즘 잠을 못 자요', '이직 준비 중인데 서류에서 계속 떨어져요', '나이도 있고 불안해요', '이제 자볼게요 안녕']);
    expect(GOODBYE_LINES.night.heavy).toContain(rs[3]!.reply);
    const off = await talkThrough(shipped().engine, ['퇴근길 지하철인데 눈물날거같아', '오늘 회의에서 내 기획안 대놓고 까였어', '고마워 이제 내려야돼']);
    expect(off[2]!.reply).toMatch(/조심히 내려요/u);
  }, 60_000);

  it('a tired parent: the child asleep is relief, a quiet request opens the songs', async () => {
    const rs = await talkThrough(shipped().engine, ['육아 너무 힘드네요', '애가 이제야 잠들었어요', '저도 사람인데 쉬고 싶어요', '하루 종일 말할 사람이 애밖에 없어요', '조용히 들을 노래 주세요']);
    expect(rs[1]!.reply).not.toMatch(/환해지|좋은 일/u);
    expect(rs[4]!.action).toBe('open_recommendations');
  }, 60_000);

  it('coming home after a pet died is not the after-work template', async () => {
    const rs = await talkThrough(shipped().engine, ['우리 강아지가 오늘 무지개다리 건넜어', '15년 같이 살았어', '마지막에 옆에 있어주지 못했어', '회사에 있었거든', '집에 오니까 너무 조용해']);
    expect(rs[4]!.intent).not.toBe('life_daily_home_after_work');
    expect(rs[4]!.reply).not.toMatch(/편한 옷/u);
  }, 60_000);

  it('an older user asking how to use the app gets a plain answer', async () => {
    const rs = await talkThrough(shipped().engine, ['안녕하세요 이거 어떻게 쓰는 건가요']);
    expect(rs[0]!.reply).toBe(APP_ANSWERS.how_to_use[0]);
  }, 60_000);
});
