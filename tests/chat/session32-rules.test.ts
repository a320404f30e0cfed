/**
 * What three helpers found in session 32 (family stories, short and odd turns, talk about songs)
 * and the rules that answer it: the living not spoken of as the dead, estrangement not a missing
 * person, a death feared not a death, a child hurt at school not abuse at home, short answers
 * right after the crisis reply stayed with, company without questions, giving up on the bot owned.
 */
import { describe, expect, it } from 'vitest';
import { createChatEngine } from '../../src/chat/engine';
import { presumesUnsaid, scoldsTheBot } from '../../src/chat/intent-guards';
import { detectLifeEvent, speaksOfTheLiving } from '../../src/chat/life-events';
import { CRISIS_DETAIL_REPLIES, crisisDetail } from '../../src/chat/safety-check';
import { detectSafety, replyPool } from '../../src/chat/safety';
import { announcesWorry, PRESENCE_REPLIES, wantsPresence } from '../../src/chat/untold-event';
import { loadCorpus } from '../../scripts/dialogue/corpus';
import { fakeAnalyze, fakeIndex, talkThrough } from './helpers';

describe('family stories', () => {
  it('a death feared, or a family cut off, is no death and no missing person; a spouse lost in an accident is a death', () => {
    expect(detectLifeEvent('저는 동생인데 나중에 부모님 돌아가시면 제가 형을 책임져야 할 것 같아요')?.id).not.toBe('bereavement');
    expect(detectLifeEvent('남편이 그만 보자고 해서 연락을 끊었는데')?.id).not.toBe('family_missing');
    expect(detectLifeEvent('엄마랑 연 끊은 지 3년 됐어요')?.id).not.toBe('family_missing');
    expect(detectLifeEvent('남편이 2년 전에 사고로 떠났어요')?.id).toBe('bereavement');
    // Still found: a death told, and a family member really gone.
    expect(detectLifeEvent('작년에 아빠가 돌아가셨어요')?.id).toBe('bereavement');
    expect(detectLifeEvent('아빠가 어제부터 연락이 안 돼요 전화도 꺼져 있어요')?.id).toBe('family_missing');
  });

  it('intents that presume a death, an illness, a pet or a nightmare are held back from turns that say otherwise', () => {
    const held: Array<[string, string]> = [
      ['grief_grandparent_died', '할머니 살아계실때 더 잘해드리고 싶은데'],
      ['family_parent_health_worry', '부모님은 아직 건강하세요'],
      ['pets_adopted', '저 입양됐어요'],
      ['life_sleep_nightmare', '어릴 때 꿈이 가수였어'],
      ['meta_who_are_you', '누구한테 배신당했어'],
      ['life_daily_hangover', '어제'],
      ['meta_complaint_repetitive', '그 말이 계속 머리에 맴돌아'],
      ['friends_wedding_attended', '결혼식이 이번 토요일이야'],
      ['friends_wedding_attended', '친구 결혼식 축가를 부르게 됐어'],
    ];
    for (const [id, t] of held) expect(presumesUnsaid(id, t), `${id}: ${t}`).toBe(true);
    const kept: Array<[string, string]> = [
      ['grief_grandparent_died', '할머니 살아계실 때 더 잘해드릴걸 그랬어요'],
      ['family_parent_health_worry', '아빠가 요즘 자꾸 편찮으셔서 걱정이에요'],
      ['pets_adopted', '유기견 입양됐어요 오늘 데려왔어'],
      ['life_sleep_nightmare', '어젯밤에 무서운 꿈 꿨어'],
      ['life_daily_hangover', '어제 술 너무 마셔서 머리 아파'],
      ['friends_wedding_attended', '친구 결혼식 다녀왔는데 부케 받았어'],
    ];
    for (const [id, t] of kept) expect(presumesUnsaid(id, t), `${id}: ${t}`).toBe(false);
    // No example of these intents is held back from its own intent.
    const ids = new Set(held.map(([id]) => id));
    const lost = loadCorpus()
      .intents.filter((it) => ids.has(it.id))
      .flatMap((it) => it.examples.filter((e) => presumesUnsaid(it.id, e)).map((e) => `${it.id}: ${e}`));
    expect(lost).toEqual([]);
  });

  it("a turn about someone alive is told from one of a death, and a death's questions wait", async () => {
    expect(speaksOfTheLiving('엄마는 지금 혼자 시골집에 사세요')).toBe(true);
    expect(speaksOfTheLiving('전화할 때마다 괜찮다고 하시는데 목소리가 너무 외로워 보여요')).toBe(true);
    expect(speaksOfTheLiving('돌아가신 아빠가 너무 보고 싶어요')).toBe(false);
    const e = createChatEngine({ analyze: fakeAnalyze, index: fakeIndex(), seed: 2 });
    const rs = await talkThrough(e, ['작년에 아빠가 돌아가셨어요', '엄마는 지금 혼자 시골집에 사세요', '전화할 때마다 괜찮다고 하시는데 목소리가 너무 외로워 보여요']);
    for (const r of rs.slice(1)) expect(r.reply, r.reply).not.toMatch(/그분께 미처|그분과 함께한 시간|슬픔이 가장 크게|함께 슬퍼해/u);
  });

  it("a child hurt at school gets the school-violence replies though a parent is named beside", () => {
    const t = '첫째가 학교에서 맞고 왔는데 남편은 별일 아니래';
    const verdict = detectSafety(t);
    expect(verdict.category).toBe('violence');
    expect(replyPool(verdict, t)).toBe('bullying');
    // A parent who hits is still abuse at home.
    const home = '남편이 애를 때렸어요';
    expect(replyPool(detectSafety(home), home)).toBe('violence');
  });
});

describe('short and odd turns', () => {
  it('right after the crisis reply, how long and nobody knowing are stayed with', async () => {
    expect(crisisDetail('몇 주 됐어요')).toBe('duration');
    expect(crisisDetail('아니요 아무한테도')).toBe('nobody');
    expect(crisisDetail('네')).toBeNull();
    const e = createChatEngine({ analyze: fakeAnalyze, index: fakeIndex(), seed: 1 });
    const rs = await talkThrough(e, ['제가 요즘 좀 죽고 싶다는 생각이 들어요', '몇 주 됐어요', '아니요 아무한테도']);
    expect(rs[0]!.kind).toBe('safety');
    expect(CRISIS_DETAIL_REPLIES.duration).toContain(rs[1]!.reply);
    expect(CRISIS_DETAIL_REPLIES.nobody).toContain(rs[2]!.reply);
    for (const r of rs.slice(1)) expect(r.reply).toMatch(/109/u);
    // Far from any crisis, "몇 주 됐어요" is an ordinary answer.
    const calm = await talkThrough(e, ['회사 일이 너무 많아요', '몇 주 됐어요']);
    expect(calm[1]!.kind).not.toBe('safety');
  });

  it('asking leave to tell, in any register, is an announcement', () => {
    for (const t of ['선생님 드릴 말씀이 있습니다', '실례하겠습니다. 말씀 좀 여쭙겠습니다', '혹시 이런 얘기 해도 되나요', '좀 길어질 수도 있어', '저기요']) {
      expect(announcesWorry(t), t).toBe(true);
    }
  });

  it('a wish for company without talk gets no question', async () => {
    for (const t of ['말하기 싫어', '그냥 있어줘', '아무 말도 하기 싫어', '아무것도 묻지 마']) expect(wantsPresence(t), t).toBe(true);
    for (const t of ['엄마한테 말하기 싫어서 숨겼어', '회사에 있어', '같이 있어줄 사람이 없어']) expect(wantsPresence(t), t).toBe(false);
    const e = createChatEngine({ analyze: fakeAnalyze, index: fakeIndex(), seed: 1 });
    const rs = await talkThrough(e, ['ㅠㅠ', '말하기 싫어']);
    expect(PRESENCE_REPLIES).toContain(rs[1]!.reply);
    expect(rs[1]!.reply).not.toMatch(/[?？]/u);
  });

  it('giving up on the bot, or asking it to answer properly, is owned as a reply that missed', () => {
    for (const t of ['제대로 좀 대답해봐', '그래 됐다', '아 됐어', '그게 다야?']) expect(scoldsTheBot(t), t).toBe(true);
    for (const t of ['합격 됐어!', '이제 됐어 다 끝났어', '그게 다예요 별일 없었어요']) expect(scoldsTheBot(t), t).toBe(false);
  });
});
