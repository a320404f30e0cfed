/**
 * Session 39: a turn a rule reads against the model counts in the conversation's mix as the rule
 * read it (mix.ts rereadEmotions), and "아주 행복하다 행복해 ㅋㅋ" after a scolding is heard as
 * sarcasm (sarcasm.ts).
 */
import { describe, expect, it } from 'vitest';
import { EMOTIONS, topEmotion } from '../../src/ml/emotions';
import { REREAD_WEIGHT, rereadEmotions } from '../../src/chat/mix';
import { saidOtherwise } from '../../src/chat/sarcasm';
import { realModelPresent, talkThrough, useShippedChat } from './helpers';

const reading = (lead: (typeof EMOTIONS)[number], p = 0.8): number[] => EMOTIONS.map((e) => (e === lead ? p : (1 - p) / 6));

describe('rereadEmotions', () => {
  it('a hurting feeling read where the model says joy takes the lead', () => {
    const out = rereadEmotions(reading('joy'), 'anger');
    expect(EMOTIONS[out.indexOf(Math.max(...out))]).toBe('anger');
    expect(out.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    expect(out[EMOTIONS.indexOf('joy')]).toBeCloseTo((1 - REREAD_WEIGHT) * 0.8, 6);
  });
  it('happy tears the model read as sadness become joy', () => {
    const out = rereadEmotions(reading('sadness'), 'joy');
    expect(EMOTIONS[out.indexOf(Math.max(...out))]).toBe('joy');
  });
  it('leaves the reading alone when the rule agrees in valence, says neutral, or says nothing', () => {
    const model = reading('hurt');
    expect(rereadEmotions(model, 'anger')).toEqual(model);
    expect(rereadEmotions(model, 'neutral')).toEqual(model);
    expect(rereadEmotions(model, undefined)).toEqual(model);
    expect(rereadEmotions(reading('neutral'), 'joy')).toEqual(reading('neutral'));
  });
});

describe('saidOtherwise: glowing words after bad news', () => {
  it('hears "행복해" with a laugh as sarcasm', () => {
    expect(saidOtherwise('아주 행복하다 행복해 ㅋㅋ')).toBe('sarcasm');
    expect(saidOtherwise('와 진짜 행복해 ㅋㅋㅋ')).toBe('sarcasm');
  });
  it('believes happiness someone gave, or said without a wink', () => {
    expect(saidOtherwise('친구가 위로해 줘서 행복해 ㅋㅋ')).toBeNull();
    expect(saidOtherwise('언니가 와 줘서 행복해 ㅎㅎ')).toBeNull();
    expect(saidOtherwise('그래도 행복해')).toBeNull();
    expect(saidOtherwise('행복해지고 싶다')).toBeNull();
  });
});

describe.skipIf(!realModelPresent())('the mix of a conversation with sarcasm (shipped model)', () => {
  const shipped = useShippedChat();
  it('does not lead with joy after a ruined day said the other way round', async () => {
    const rs = await talkThrough(shipped().engine, ['오늘 팀플 발표 완전 망했어', '조원 세 명이 자료를 하나도 안 해왔거든', '아 진짜 너무 좋다^^ 최고의 하루야']);
    expect(topEmotion(shipped().engine.mix(rs[2]!.state))).not.toBe('joy');
  }, 60_000);
  it('answers "아주 행복하다 행복해 ㅋㅋ" after a scolding as the sting, not as a good mood', async () => {
    const rs = await talkThrough(shipped().engine, ['오늘 회사에서 부장님한테 또 깨졌어', '아주 행복하다 행복해 ㅋㅋ']);
    expect(rs[1]!.intent).not.toBe('life_mood_feeling_good');
    expect(rs[1]!.reply).not.toMatch(/환해지|좋은 기분/u);
    expect(topEmotion(shipped().engine.mix(rs[1]!.state))).not.toBe('joy');
  }, 60_000);
  it('keeps happy tears after good news as joy', async () => {
    const rs = await talkThrough(shipped().engine, ['합격 문자 왔어요', '너무 기뻐서 엄마랑 같이 펑펑 울었어요']);
    expect(topEmotion(shipped().engine.mix(rs[1]!.state))).toBe('joy');
  }, 60_000);
});

describe('tearsOfJoy: a tired evening is no good news', () => {
  it('does not read "퇴근하고 … 눈물만 나요" after "우울해요" as tears of joy', async () => {
    const { tearsOfJoy, toldGladNews } = await import('../../src/chat/young-talk');
    expect(tearsOfJoy('퇴근하고 집에 오면 아무것도 못 하고 누워만 있어요 눈물만 나요', ['요즘 너무 우울해요 회사 일이 하나도 손에 안 잡혀요'])).toBeNull();
    expect(toldGladNews('퇴근하고 집에 오면 누워만 있어요')).toBe(false);
    expect(toldGladNews('칼퇴 성공!')).toBe(true);
    // Real tears of joy still are.
    expect(tearsOfJoy('엄마 울었음', ['수시 최초합!!!!!'])).not.toBeNull();
  });
});

describe.skipIf(!realModelPresent())('tears in a sad story (shipped model)', () => {
  const shipped = useShippedChat();
  it('are never congratulated', async () => {
    const rs = await talkThrough(shipped().engine, ['요즘 너무 우울해요 회사 일이 하나도 손에 안 잡혀요', '퇴근하고 집에 오면 아무것도 못 하고 누워만 있어요 눈물만 나요']);
    expect(rs[1]!.reply).not.toMatch(/축하|기쁜 눈물|기뻐서/u);
    expect(topEmotion(shipped().engine.mix(rs[1]!.state))).toBe('sadness');
  }, 60_000);
});
