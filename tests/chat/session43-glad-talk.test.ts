/**
 * Session 43 (glad-talk.ts): thanks at the end of a glad talk shares the joy back; a line that
 * presumes the user came in heavy («처음보다 조금 가벼워졌어요?», «이야기를 꺼내는 것도 용기인데») is kept
 * for talks that had weight.
 */
import { describe, expect, it } from 'vitest';
import { gladTalk, presumesHeavyTalk } from '../../src/chat/glad-talk';
import type { TurnSummary } from '../../src/chat/types';
import { realModelPresent, talkThrough, useShippedChat } from './helpers';

const turn = (mood: TurnSummary['mood'], extra: Partial<TurnSummary> = {}): TurnSummary => ({
  emotions: [0, 0, 0, 0, 0, 0, 1],
  chars: 12,
  kind: 'followup',
  intent: null,
  safety: null,
  ...(mood ? { mood } : {}),
  ...extra,
});

describe('gladTalk', () => {
  it('joy and neutral story turns: glad', () => {
    expect(gladTalk([turn('joy'), turn('neutral'), turn('joy', { kind: 'retrieval' })])).toBe(true);
  });
  it('any heavy turn, a safety turn, or no joy at all: not glad', () => {
    expect(gladTalk([turn('joy'), turn('sadness')])).toBe(false);
    expect(gladTalk([turn('joy'), turn('anxiety', { kind: 'retrieval' })])).toBe(false);
    expect(gladTalk([turn('joy'), turn(undefined, { kind: 'safety', safety: 'suicide' })])).toBe(false);
    expect(gladTalk([turn('neutral'), turn('neutral')])).toBe(false);
    expect(gladTalk([])).toBe(false);
  });
  it('meta turns and turns too short to count are not the story', () => {
    expect(gladTalk([turn('joy'), turn('sadness', { kind: 'meta' })])).toBe(true);
    expect(gladTalk([turn('joy'), turn('hurt', { chars: 2 })])).toBe(true);
  });
});

describe('presumesHeavyTalk', () => {
  it('lines that presume a heavy heart', () => {
    for (const t of ['그렇게 말해 주니 저도 힘이 나요. 지금 마음은 처음보다 조금 가벼워졌어요?', '이야기를 꺼내는 것도 용기인데, 그 용기를 내 줘서 고마워요.', '좀 편해졌어요, 아니면 아직이에요?', '털어놓는 거도 용기예요.'])
      expect(presumesHeavyTalk(t), t).toBe(true);
  });
  it('lines that do not', () => {
    for (const t of ['저야말로 마음을 나눠 줘서 고마워요. 언제든 쉬어 가고 싶을 때 다시 찾아와요.', '기쁜 이야기를 들려줘서 고마워요.', '마음이 가벼워졌다니 다행이에요.', '용기를 내서 고백했다니 멋져요!'])
      expect(presumesHeavyTalk(t), t).toBe(false);
  });
});

describe.skipIf(!realModelPresent())('thanks after a talk (shipped model)', () => {
  const shipped = useShippedChat();
  const thanks = ['고마워 ㅎㅎ', '진짜 고마워', '정말 고마워요'];
  const gladStories = [
    ['오늘 드디어 합격 발표 났어!!', '나 붙었어 ㅠㅠ 진짜 꿈같아', '엄마한테 제일 먼저 말했는데 엄마가 울었어'],
    ['오늘 월급날이라 기분 최고야', '엄마한테 용돈 드렸더니 엄청 좋아하셨어'],
    ['우리 강아지가 오늘 처음으로 앉아를 했어!', '간식으로 훈련했는데 너무 귀여워 ㅋㅋ'],
  ];
  it('a glad talk is not thanked as if it had been heavy', async () => {
    for (const story of gladStories) {
      const turns = await talkThrough(shipped().engine, [...story, ...thanks]);
      const told = turns.slice(story.length);
      for (const r of told) expect(presumesHeavyTalk(r.reply), `${story[0]} → ${r.reply}`).toBe(false);
      expect(told.some((r) => /기쁜|좋은 소식|기분이 좋아/u.test(r.reply)), story[0]).toBe(true);
    }
  }, 120_000);
  it('a heavy talk still gets its own thanks', async () => {
    const story = ['여자친구랑 헤어졌어', '3년 만났는데 문자로 헤어지자고 하더라'];
    const turns = await talkThrough(shipped().engine, [...story, ...thanks]);
    const told = turns.slice(story.length);
    expect(told.some((r) => /좋은 소식|기쁜 이야기/u.test(r.reply))).toBe(false);
    expect(told.some((r) => presumesHeavyTalk(r.reply))).toBe(true);
  }, 120_000);
});
