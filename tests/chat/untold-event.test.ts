import { describe, expect, it } from 'vitest';
import { announcesWorry, detectUntoldEvent, missesSomeone, MISSING_REPLIES, UNTOLD_EVENT_REPLIES, WORRY_REPLIES } from '../../src/chat/untold-event';
import { loadCorpus } from '../../scripts/dialogue/corpus';

describe('untold events: something happened, told only by its feeling', () => {
  it('finds the opener and the mood of its feeling word', () => {
    const cases: Array<[string, string]> = [
      ['오늘 안 좋은 일이 있었어', 'sadness'],
      ['오늘 힘든 일 있었어요', 'sadness'],
      ['나 오늘 진짜 속상한 일 있었어', 'sadness'],
      ['속상한 일 있었는데 들어줄래?', 'sadness'],
      ['회사에서 속상한 일이 있었어요 ㅠㅠ', 'sadness'],
      ['가족 일로 힘든 일이 좀 생겼어요', 'sadness'],
      ['오늘 너무 서운한 일이 있었어', 'hurt'],
      ['친구 때문에 상처받은 일이 있었어요', 'hurt'],
      ['오늘 진짜 짜증나는 일 있었어', 'anger'],
      ['기분 나쁜 일이 있었어요', 'anger'],
      ['아까 완전 어이없는 일 당했어', 'anger'],
      ['걱정되는 일이 생겼어', 'anxiety'],
      ['아까 진짜 창피한 일 있었어 ㅋㅋ', 'embarrassment'],
      // The feeling alone, when it always follows something that happened.
      ['오늘 너무 속상했어', 'sadness'],
      ['속상해ㅠㅠ', 'sadness'],
      ['진짜 서운하다', 'hurt'],
      ['너무 억울해요', 'hurt'],
      ['아 열받아', 'anger'],
      ['오늘 진짜 화났어', 'anger'],
      // NFD Hangul reads the same.
      ['오늘 안 좋은 일이 있었어'.normalize('NFD'), 'sadness'],
    ];
    for (const [text, mood] of cases) expect(detectUntoldEvent(text), text).toBe(mood);
  });

  it('leaves alone good news, a told event, one that has ended, and other frames', () => {
    for (const text of [
      '오늘 좋은 일이 있었어',
      '나 기쁜 일 생겼어!',
      '팀장님이 소리 질러서 기분 나쁜 일이 있었어',
      '속상한 일이 있었는데 친구가 위로해줘서 괜찮아졌어',
      '힘든 일 있었던 거 이제 괜찮아',
      '힘든 일 있으면 언제든 말해',
      '요즘 힘든 일이 많아',
      '안 좋은 일이 있었지만 잘 해결됐어요',
      '오늘은 별일 없었어',
      '시험 망쳐서 속상해',
      '그렇게 말하면 좀 서운하다',
      '화가 나서 잠이 안 와',
      '너 혹시 속상한 일 있었어?',
      '요즘 너무 힘들어',
      '',
    ]) {
      expect(detectUntoldEvent(text), text).toBeNull();
    }
  });

  it('is not set off by any example or held-out line of the intent corpus', () => {
    // Each of them tells its situation, or asks the bot something; none is only a feeling.
    const hits = loadCorpus().intents.flatMap((it) => [...it.examples, ...it.heldout].filter((t) => detectUntoldEvent(t) !== null).map((t) => `${it.id}: ${t}`));
    expect(hits).toEqual([]);
  });

  // "고민이 있어요" had got "아, 그런 일이 있었군요. 오늘 남은 시간은 어떻게 보내고 싶어요?" (session 27).
  it('finds a worry or a wish to be counselled announced before it is told, and nothing else', () => {
    // "나 할말 있는데" had got "네, 무슨 말인지 알 것 같아요", "있잖아 나 얘기 하나 해도 돼?" an anger reflection (session 32).
    for (const t of ['고민이 있어요', '나 고민 있어', '요즘 고민이 하나 있는데', '상담 좀 해도 될까요?', '고민 상담 좀 해줘', '상담하고 싶어요', '나 할말 있는데', '있잖아 나 얘기 하나 해도 돼?', '하소연 좀 해도 될까요', '사실 할 얘기가 있어요']) {
      expect(announcesWorry(t), t).toBe(true);
    }
    for (const t of ['이혼을 고민해요', '고민 중이야', '한국어 잘 못해도 상담해 줄 수 있어요?', '아빠가 상담 한번 받아보자고 했어', '엄마한테 할 말이 있는데 못 하겠어', '그 얘기 해도 소용없어', '']) {
      expect(announcesWorry(t), t).toBe(false);
    }
    const hits = loadCorpus().intents.flatMap((it) => [...it.examples, ...it.heldout].filter(announcesWorry).map((t) => `${it.id}: ${t}`));
    expect(hits).toEqual([]);
    for (const r of WORRY_REPLIES) expect(r).toMatch(/\?$/u);
  });

  // "할머니가 보고 싶어" had got condolences ("아직 떠나보낼 준비가 안 된 마음…", session 28).
  it('finds someone missed, told in a few words, and leaves alone a turn that says more', () => {
    for (const t of ['할머니가 보고 싶어', '엄마 보고 싶다ㅠㅠ', '오늘따라 아빠가 너무 보고 싶네', '할아버지 보고싶다', '가족이 그리워요', '우리 엄마 생각나']) {
      expect(missesSomeone(t), t).toBe(true);
    }
    for (const t of ['돌아가신 할머니가 보고 싶어', '이사 오고 나서 엄마가 보고 싶어', '손주가 할머니 보고 싶다고 전화했어', '엄마가 보고 싶어하셔', '남자친구 보고 싶다', '']) {
      expect(missesSomeone(t), t).toBe(false);
    }
    // One example of the corpus is such a turn; homesickness is one of the two readings the reply asks between.
    const hits = loadCorpus().intents.flatMap((it) => [...it.examples, ...it.heldout].filter(missesSomeone).map((t) => `${it.id}: ${t}`));
    expect(hits).toEqual(['move_homesick: 엄마 보고 싶어']);
    // The replies presume neither a death nor a distance.
    for (const r of MISSING_REPLIES) {
      expect(r).toMatch(/\?$/u);
      expect(r).not.toMatch(/떠나|돌아가|멀리|고향|하늘/u);
    }
  });

  it('has replies for every mood that ask what happened and name no feeling word the user may not have said', () => {
    for (const replies of Object.values(UNTOLD_EVENT_REPLIES)) {
      expect(replies.length).toBeGreaterThanOrEqual(2);
      for (const r of replies) {
        expect(r).toMatch(/(일|무슨|어떤)[^.]*\?/u);
        expect(r).not.toMatch(/속상|우울|슬픈|힘든 일/u);
      }
    }
  });
});
