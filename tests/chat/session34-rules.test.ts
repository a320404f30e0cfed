/**
 * What four helpers found in session 34 (terse and glad users, money and family, loss, talk after
 * the songs) and the rules that answer it: good news told in a few words, someone let go named by
 * a name only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChatEngine } from '../../src/chat/engine';
import { GOOD_NEWS } from '../../src/chat/good-news';
import { detectGoodNews, detectLifeEvent, LIFE_EVENTS } from '../../src/chat/life-events';
import { createNodeChat, type NodeChat } from '../../src/chat/node';
import { loadCorpus } from '../../scripts/dialogue/corpus';
import { fakeAnalyze, fakeIndex, realModelPresent, talkThrough } from './helpers';

const engine = () => createChatEngine({ analyze: fakeAnalyze, index: fakeIndex(), seed: 3, gaugeThreshold: 60 });

describe('good news told in a few words', () => {
  it('is told by its kind, and not when it is someone else’s, wished for, feared or gone wrong', () => {
    const cases: Array<[string, string | null]> = [
      ['합격함 ㅋㅋ', 'passed'],
      ['나 붙었어!!', 'passed'],
      ['서류 붙음', 'passed'],
      ['여친생김', 'new_partner'],
      ['남친 생겼어 ㅎㅎ', 'new_partner'],
      ['기말 끝났다', 'ordeal_over'],
      ['방학이다!!', 'ordeal_over'],
      ['남친이랑 화해함', 'made_up'],
      ['퇴사했다', 'quit_job'],
      ['친구는 합격했는데 나는 떨어졌어', null],
      ['동생 면접 붙었대!!', null],
      ['합격했으면 좋겠다', null],
      ['스티커가 붙었어', null],
      ['전남친 새 여친 생김', null],
      ['짝사랑하던 애 커플됐다 ㅋㅋ 하 씁쓸', null],
      ['기말 끝났는데 망했어', null],
      ['시험 끝나면 뭐하지', null],
      ['퇴사하고 싶다', null],
      ['친한 동료 퇴사함ㅠ', null],
      ['엄마랑 화해하고 싶은데 어떻게 해', null],
    ];
    for (const [t, id] of cases) expect(detectGoodNews(t)?.id ?? null, t).toBe(id);
    // Read apart from the life events: their probe sets count good news as none of theirs.
    for (const [t] of cases) expect(GOOD_NEWS.map((e) => e.id), t).not.toContain(detectLifeEvent(t)?.id);
    expect(LIFE_EVENTS.some((e) => GOOD_NEWS.includes(e))).toBe(false);
  });

  it('rarely takes an example of the intent corpus away from its own intent', () => {
    let examples = 0;
    let taken = 0;
    for (const it of loadCorpus().intents) {
      for (const text of [...it.examples, ...it.heldout]) {
        examples++;
        const e = detectGoodNews(text);
        if (e && !e.fits.includes(it.id)) taken++;
      }
    }
    expect(examples).toBeGreaterThan(20000);
    expect(taken / examples).toBeLessThanOrEqual(0.0005);
  });

  it('each kind has replies and questions, asked as questions', () => {
    for (const e of GOOD_NEWS) {
      expect(e.replies.length).toBeGreaterThanOrEqual(3);
      expect(e.questions.length).toBeGreaterThanOrEqual(2);
      for (const q of [...e.replies, ...e.questions]) expect(q).toMatch(/\?$/u);
    }
  });

});

describe('someone let go, named by a name only', () => {
  it('is a loss, not a parcel or a son sent to the army', () => {
    expect(detectLifeEvent('보리를 보내줬어요')?.id).toBe('let_go');
    expect(detectLifeEvent('오늘 콩이를 떠나보냈어')?.id).toBe('let_go');
    expect(detectLifeEvent('그 사람을 보내줬어요')?.id).toBe('let_go');
    expect(detectLifeEvent('택배를 보내줬어요')).toBeNull();
    expect(detectLifeEvent('아들을 군대에 보냈어')).toBeNull();
    expect(detectLifeEvent('엄마를 보내드렸어요')?.id).not.toBe('let_go');
  });

  it('keeps its story in sadness: the years told after it are a measure of the loss', async () => {
    const rs = await talkThrough(engine(), ['보리를 보내줬어요', '12년 같이 살았는데']);
    expect(rs[0]!.intent).toBe('life:let_go');
    expect(rs[1]!.reply).not.toMatch(/뜻깊|기대되는/u);
  });
});

describe.skipIf(!realModelPresent())('session 34 conversations (shipped model and index)', () => {
  let chat: NodeChat;
  beforeAll(async () => {
    chat = await createNodeChat({ seed: 1 });
  }, 120_000);
  afterAll(async () => {
    await chat?.encoder.dispose();
  });

  it('terse good news is congratulated, not asked how the user feels', async () => {
    for (const line of ['합격함 ㅋㅋ', '여친생김', '기말 끝났다']) {
      const [r] = await talkThrough(chat.engine, [line]);
      expect(r!.reply, line).toMatch(/축하|잘됐|수고|고생/u);
      expect(r!.intent, line).toMatch(/^life:/u);
    }
  }, 60_000);

  it('a pet let go by its name gets no cheer', async () => {
    const rs = await talkThrough(chat.engine, ['보리를 보내줬어요', '12년 같이 살았는데']);
    for (const r of rs) expect(r.reply).not.toMatch(/좋은 기운|뜻깊|기대되는/u);
  }, 60_000);
});
