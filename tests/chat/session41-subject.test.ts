/**
 * Session 41 (subject): a school subject told with its mark is no remark about the user's Korean
 * (the meta_language guard in intent-guards.ts), and one that went well is said back by name
 * (subject-marks.ts).
 */
import { describe, expect, it } from 'vitest';
import { examWentBadly, subjectWellReply, subjectWentWell } from '../../src/chat/subject-marks';
import { realModelPresent, talkThrough, useShippedChat } from './helpers';

describe('subjectWentWell', () => {
  it('hears a subject that went well', () => {
    expect(subjectWentWell('근데 국어는 잘봄')).toBe('국어');
    expect(subjectWentWell('영어는 1등급 나옴')).toBe('영어');
    expect(subjectWentWell('수학 100점 받았어!!')).toBe('수학');
    expect(subjectWentWell('과학은 만점')).toBe('과학');
    expect(subjectWentWell('한국사 시험은 진짜 잘 봤어요')).toBe('한국사');
  });
  it('not a hope, a miss, a question, the language, or a subject gone badly', () => {
    for (const t of ['국어 잘 봐야 하는데', '국어는 잘 본 줄 알았는데 망함', '수학 잘 봤으면 좋겠다', '영어 잘 봤어?', '한국어 잘 봤어요', '수학 진짜 개못봄 ㅠㅠ', '국어 시험 망했어', '영어 공부 시작했어', '과학 선생님이 잘해 주셔'])
      expect(subjectWentWell(t), t).toBeNull();
  });
  it('tells a bad exam earlier in the story', () => {
    expect(examWentBadly('모의고사 망함ㅋㅋ')).toBe(true);
    expect(examWentBadly('수학 진짜 개못봄 ㅠㅠ')).toBe(true);
    expect(examWentBadly('오늘 모의고사 봤어')).toBe(false);
  });
  it('uses the right particle and never the same reply twice', () => {
    const a = subjectWellReply('수학', new Set(), true)!;
    expect(a.text).toMatch(/^수학은 /u);
    const b = subjectWellReply('수학', new Set([a.id]), true)!;
    expect(b.text).not.toBe(a.text);
    expect(subjectWellReply('수학', new Set([a.id, b.id]), true)).toBeNull();
    expect(subjectWellReply('국어', new Set(), false)!.text).toMatch(/국어는 잘 봤다니/u);
  });
});

describe.skipIf(!realModelPresent)('with the shipped model', () => {
  const chat = useShippedChat();
  it('a mock exam: the good subject is said back, never the reply about writing in Korean', async () => {
    const rs = await talkThrough(chat().engine, ['모의고사 망함ㅋㅋ', '수학 진짜 개못봄 ㅠㅠ', '근데 국어는 잘봄', '영어도 2등급 나옴']);
    expect(rs[2]!.intent).not.toBe('meta_language');
    expect(rs[2]!.reply).toMatch(/국어는 잘 봤다니/u);
    expect(rs[3]!.reply).toMatch(/영어는 잘 나왔/u);
    for (const r of rs) expect(r.reply).not.toMatch(/한국어/u);
  });
  it('a subject with a mark is no remark on one\'s Korean; the language still is', async () => {
    for (const t of ['국어 점수가 제일 낮아', '국어는 3등급이야', '영어 듣기 다 틀렸어']) {
      const [r] = await talkThrough(chat().engine, [t]);
      expect(r!.intent, t).not.toBe('meta_language');
    }
    // 국어 inside 모국어 or 외국어 is the language, not the subject.
    for (const t of ['한국어를 잘 못해요', '외국인이라 한국말이 어려워요', '한국어가 모국어가 아니라서요', '너 외국어도 돼?']) {
      const [r] = await talkThrough(chat().engine, [t]);
      expect(r!.intent, t).toBe('meta_language');
    }
  });
});
